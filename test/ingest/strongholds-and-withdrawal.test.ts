// "The Front captured the Peruvian army's last stronghold", "seized control of Tacna from the
// army": another's stronghold, base or control of a place taken is force on that side; and "the
// army withdraws from Tacna as the Front advances" is no leaving of the Front, a body named in
// another clause.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

const idOf = (draft: ReturnType<typeof readLead>, label: string) =>
  draft.entities.find((e) => e.entity.label === label)?.entity.id ?? 'none';

describe('ground taken and ground left', () => {
  it('reads a stronghold captured as force on the side that held it', () => {
    const draft = readLead(
      'Front advances',
      "The Shining Path captured the Peruvian army's last stronghold on Sunday.",
    );
    const army = idOf(draft, 'Peruvian military');
    expect(findRelation(draft, 'military-action', idOf(draft, 'Shining Path'), army)?.date).toBe(
      '2025-03-02',
    );
  });

  it('reads control seized from a side', () => {
    const draft = readLead(
      'Front advances',
      'The Shining Path seized control of Tacna from the Peruvian army on Sunday.',
    );
    const path = idOf(draft, 'Shining Path');
    expect(
      findRelation(draft, 'military-action', path, idOf(draft, 'Peruvian military')),
    ).toBeDefined();
  });

  it('reads no withdrawal from a body named in a later clause', () => {
    const draft = readLead(
      'Vega: Peruvian Army Withdraws from Tacna as M23 Advances',
      'Peruvian President Rosa Vega said on Sunday that the army was leaving Tacna.',
    );
    expect(kindsBetween(draft, 'peru', idOf(draft, 'M23'))).not.toContain('rejection');
    const left = readLead('Bloc left', 'Peru withdrew from the Andean Community on Sunday.');
    expect(findRelation(left, 'rejection', 'peru', idOf(left, 'Andean Community'))).toBeDefined();
  });
});
