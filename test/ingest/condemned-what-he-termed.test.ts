// What is condemned may be named in the speaker's own words, quoted or after "what he termed":
// the country whose adjective opens those words is the one condemned.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('condemned-what-he-termed.txt', '2025-03-12');

describe('a deed condemned in the words of the one condemning', () => {
  it('after "what he termed", falls on the country that did it', () => {
    expect(findRelation(draft, 'criticism', 'jo-ruiz', 'peru')?.date).toBe('2025-03-11');
  });

  it('in quotation marks, falls on the country that did it', () => {
    expect(findRelation(draft, 'criticism', 'ana-sol', 'bolivia')?.date).toBe('2025-03-12');
  });
});
