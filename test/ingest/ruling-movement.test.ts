// The Taliban rule Afghanistan (all of 2025): where an article names both, general knowledge
// ties the movement to the state it governs, as it ties a state's ministries to it.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('a movement that rules a state', () => {
  it('is tied to the state where both are named', () => {
    const draft = readLead(
      'Border clashes',
      'The Taliban said on Sunday that Pakistani forces had shelled border posts in Afghanistan.',
      'KABUL',
    );
    expect(kindsBetweenLabels(draft, 'Taliban', 'Afghanistan').length).toBeGreaterThan(0);
  });

  it('is tied to nothing where the state goes unnamed', () => {
    const draft = readLead(
      'Statement',
      'The Taliban said on Sunday that talks would resume.',
      'DOHA',
    );
    expect(draft.relations.filter((p) => p.relation.kind === 'affiliation')).toEqual([]);
  });
});
