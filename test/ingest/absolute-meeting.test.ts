// "With X meeting Y …, …": the phrase's subject meets the gerund's object; "South Africans",
// "North Koreans" are peoples, no place and no person.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a sentence opening "With X meeting Y"', () => {
  const draft = readFixture('absolute-meeting.txt', '2025-03-03');

  it('reads the meeting of X and Y', () => {
    expect(findRelation(draft, 'meeting', 'ana-vell', 'jon-dahl')).toBeDefined();
  });

  it('reads a people named by a two-word plural as its country', () => {
    const labels = draft.entities.map((p) => [p.entity.kind, p.entity.label]);
    expect(labels).toContainEqual(['country', 'South Africa']);
    expect(labels).toContainEqual(['country', 'North Korea']);
    expect(labels.filter(([, label]) => label?.endsWith('ans'))).toEqual([]);
  });
});
