// "call for" and "call on" after a name are an appeal, even where the tagger reads the plural verb
// of a headline as the noun "call": a demand on those named, never a phone call among the
// callers; "a call for two hours" is still a call.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('call-for-restraint.txt', '2025-03-10');

describe('countries that call on or for', () => {
  it('make a demand of the one called on', () => {
    expect(findRelation(draft, 'demand', 'peru', 'colombia')).toBeDefined();
    expect(findRelation(draft, 'demand', 'chile', 'colombia')).toBeDefined();
  });

  it('call for restraint of the two named, and no one among them holds a call', () => {
    expect(findRelation(draft, 'demand', 'bolivia', 'venezuela')).toBeDefined();
    expect(findRelation(draft, 'call', 'bolivia', 'ecuador')).toBeUndefined();
    expect(findRelation(draft, 'call', 'peru', 'chile')).toBeUndefined();
  });
});

describe('a call that lasted', () => {
  it('is still a call, with both leaders in it', () => {
    const call = draft.entities.find((e) => e.entity.label.startsWith('Jo Ruiz–Tomas Oak call'));
    const id = call?.entity.id ?? '(no call)';
    expect(findRelation(draft, 'participant', 'jo-ruiz', id)?.date).toBe('2025-03-10');
    expect(findRelation(draft, 'participant', 'tomas-oak', id)?.date).toBe('2025-03-10');
  });
});
