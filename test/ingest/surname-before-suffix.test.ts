// "Jo Ruiz Jr." is "Ruiz" later in the article: a person's surname is the word before a
// generational suffix, not the suffix.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('surname-before-suffix.txt', '2025-03-04');

describe('a surname before a suffix', () => {
  it('names the person written in full before', () => {
    const ruiz = draft.entities.find((e) => e.entity.label === 'Jo Ruiz Jr.');
    expect(findRelation(draft, 'criticism', ruiz?.entity.id ?? '', 'bolivia')).toBeDefined();
    expect(draft.entities.map((e) => e.entity.label)).not.toContain('Ruiz');
  });
});
