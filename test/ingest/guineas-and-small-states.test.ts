// The three Guineas are three countries ("Guinea" alone is the one whose capital is Conakry), and
// small states the gazetteer lacked (the Central African Republic, the Vatican) are countries too;
// "Equatorial Guinea's" before four name words names its person; a bloc that suspends a member "on Monday until elections are held" sanctions it.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('countries the gazetteer lacked', () => {
  const draft = readFixture('guineas-and-small-states.txt', '2025-03-03');
  const countries = draft.entities
    .filter((p) => p.entity.kind === 'country')
    .map((p) => p.entity.label);

  it('tells the three Guineas apart', () => {
    expect(countries).toEqual(
      expect.arrayContaining(['Guinea', 'Guinea-Bissau', 'Equatorial Guinea']),
    );
  });

  it("reads four name words after a country's possessive as a person acting for it", () => {
    const tie = findRelation(draft, 'affiliation', 'tomas-ela-nguema-obono', 'equatorial-guinea');
    expect(tie).toBeDefined();
  });

  it('knows the Vatican and the Central African Republic', () => {
    const demand = findRelation(draft, 'demand', 'vatican-city', 'central-african-republic');
    expect(demand?.date).toBe('2025-03-03');
  });

  it('reads a suspension until a condition, its day between, as a sanction', () => {
    const id = 'economic-community-of-west-african-states';
    expect(findRelation(draft, 'sanction', id, 'guinea')?.date).toBe('2025-03-03');
  });
});
