// "The Harbour Front released three hostages": captives of no named country, given back by one
// of the two sides of the article's main event, go back to the other side.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('captives-freed.txt', '2025-03-03');

describe('captives freed by one side of the story', () => {
  it('are given back to the other side', () => {
    expect(findRelation(draft, 'cooperation', 'harbour-front', 'malta')).toMatchObject({
      label: 'released',
    });
    expect(findRelation(draft, 'cooperation', 'malta', 'harbour-front')).toBeDefined();
  });
});
