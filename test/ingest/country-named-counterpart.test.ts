// "his Democratic Republic of Congo (DRC) counterpart, Eva Paz": a country's name, not its
// adjective, qualifying the counterpart named after it; the counterpart is the one met and acts
// for that country.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('a counterpart qualified by a country name', () => {
  const draft = readFixture('country-named-counterpart.txt', '2025-03-04');
  const congo = draft.entities.find(
    (e) => e.entity.kind === 'country' && /Congo/.test(e.entity.label),
  );

  it('is the person met, not the country', () => {
    expect(findRelation(draft, 'meeting', 'luis-vale', 'eva-paz')?.date).toBe('2025-03-04');
    expect(kindsBetween(draft, 'luis-vale', congo?.entity.id ?? '')).toEqual([]);
  });

  it('acts for the country', () => {
    expect(kindsBetween(draft, 'eva-paz', congo?.entity.id ?? '')).toContain('affiliation');
  });
});
