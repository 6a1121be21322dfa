// "Chile's Prime Minister and Foreign Minister Jo Ruiz": two titles joined by "and" are both the
// titles of the name after them, of the country before them; the first is not the prime minister
// named before ("Peruvian Prime Minister Tomas Oak"). A known person answers to the short form of
// their name news writes ("Mohammed Al Thani").
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('two-titles-one-name.txt', '2025-03-12');

describe('two titles joined by "and" before one name', () => {
  it('make the name act for the country before them', () => {
    expect(findRelation(draft, 'affiliation', 'jo-ruiz', 'chile')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'jo-ruiz', 'peru')?.date).toBe('2025-03-11');
  });

  it('do not send the prime minister named before to that country', () => {
    expect(findRelation(draft, 'affiliation', 'tomas-oak', 'chile')).toBeUndefined();
    expect(findRelation(draft, 'criticism', 'tomas-oak', 'peru')).toBeUndefined();
  });
});

describe('a known person under a short form of the name', () => {
  it('is that person, acting for their country', () => {
    const id = 'mohammed-bin-abdulrahman-al-thani';
    expect(draft.entities.find((e) => e.entity.id === id)?.entity.label).toBe(
      'Mohammed bin Abdulrahman Al Thani',
    );
    expect(findRelation(draft, 'demand', id, 'peru')?.date).toBe('2025-03-12');
  });
});
