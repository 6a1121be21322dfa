// Three deeds of the general vocabulary that a verb alone does not carry: envoys called home
// ("withdrew their ambassadors from Chile", not a withdrawal from a body), a name given in
// words ("labelled Peru an enemy"), and a court's sentence on a person.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('ambassadors withdrawn from a country', () => {
  const draft = readFixture('envoys-withdrawn.txt', '2025-03-03');

  it('is a sanction by each state that called its envoy home, on the day told', () => {
    for (const state of ['bolivia', 'peru', 'ecuador']) {
      const recalled = findRelation(draft, 'sanction', state, 'chile');
      expect(recalled?.date).toBe('2025-03-02');
    }
  });

  it('is no rejection of the country, as leaving a body would be', () => {
    expect(draft.relations.filter((p) => p.relation.kind === 'rejection')).toEqual([]);
  });
});

describe('a country labelled an enemy', () => {
  const draft = readFixture('labelled-an-enemy.txt', '2025-03-07');

  it('is a statement of the speaker about it', () => {
    expect(findRelation(draft, 'statement', 'tomas-oak', 'peru')?.date).toBe('2025-03-06');
  });
});

describe('a court sentencing a former leader', () => {
  const draft = readFixture('court-sentence.txt', '2025-03-07');

  it('is a sanction of the court on the person', () => {
    const court = draft.entities.find((e) => e.entity.label === 'Peruvian Supreme Court');
    expect(court).toBeDefined();
    const sentenced = findRelation(draft, 'sanction', court?.entity.id ?? '', 'jo-ruiz');
    expect(sentenced?.date).toBe('2025-03-06');
  });
});
