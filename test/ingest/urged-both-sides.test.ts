// "Norway and Finland issued statements urging both sides to avoid escalation and resolve disputes
// through dialogue": "both sides" urged are the story's two sides, not the two who urge; and what
// they are urged to do ("resolve disputes", joined by "and" to "to avoid") has not happened.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('both sides urged by two others', () => {
  const draft = readLead(
    'Border clashes',
    'Latvia and Estonia clashed on the border on Sunday. Norway and Finland issued statements urging both sides to avoid escalation and resolve disputes through dialogue.',
  );

  it('are the story’s two sides', () => {
    for (const urging of ['Norway', 'Finland'])
      for (const side of ['Latvia', 'Estonia'])
        expect(kindsBetweenLabels(draft, urging, side)).toContain('demand');
    expect(kindsBetweenLabels(draft, 'Norway', 'Finland')).toEqual([]);
  });

  it('read no accord from what they are urged to do', () => {
    expect(draft.relations.map((p) => p.relation.kind)).not.toContain('agreement');
  });
});
