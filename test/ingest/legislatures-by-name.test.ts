// Legislatures known by a name of their own ("the Knesset", "the Verkhovna Rada", "the Bundestag")
// are bodies of their state, as "Parliament" or "the National Assembly" are by their cue word.
import { describe, expect, it } from 'vitest';
import { readLead } from './fixture-reading';

const read = (text: string) => readLead('Vote', text, 'KYIV');

describe('legislatures by name', () => {
  it('are organisations', () => {
    const draft = read(
      'The Knesset and the Bundestag voted on Monday, and Israel thanked Germany.',
    );
    const bodies = draft.entities.filter((e) => e.entity.kind === 'organization');
    expect(bodies.map((e) => e.entity.label)).toEqual(['Knesset', 'Bundestag']);
  });

  it('are spoken to', () => {
    const draft = read('Zelensky told the Verkhovna Rada that Russia had rejected the truce.');
    const rada = draft.entities.find((e) => e.entity.label === 'Verkhovna Rada')?.entity.id;
    expect(draft.relations.some((r) => r.relation.target === rada)).toBe(true);
  });
});
