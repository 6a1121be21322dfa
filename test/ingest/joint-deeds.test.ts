// A deed named by a noun that several countries' adjectives open is done by each of them
// ("British, French and German sanctions on Iceland"); a verb of force the tagger takes for a
// noun ("fighters target Danish ships") is still read.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('deeds of several countries named by their adjectives', () => {
  const draft = readFixture('joint-deeds.txt', '2025-03-03');

  it('are done by each country, two joined by "and"', () => {
    for (const side of ['norway', 'sweden'])
      expect(findRelation(draft, 'military-action', side, 'harbour-front')?.date).toBe(
        '2025-03-03',
      );
  });

  it('are done by each country of a list', () => {
    for (const side of ['united-kingdom', 'france', 'germany'])
      expect(findRelation(draft, 'sanction', side, 'iceland')).toBeDefined();
  });

  it('reads "target" before its object as a verb of force', () => {
    expect(findRelation(draft, 'military-action', 'harbour-front', 'denmark')).toBeDefined();
  });
});
