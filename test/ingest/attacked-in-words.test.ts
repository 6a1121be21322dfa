// "lashed out at", "hit out at" are criticism of the one they are aimed at (not a place after
// "at"); one person "attacking" another does it in words, while a state's drones attack by force.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('attacked-in-words.txt', '2025-03-12');

describe('a verbal attack', () => {
  it('"lashed out at" and "hit out at" criticise the one named', () => {
    expect(findRelation(draft, 'criticism', 'jo-ruiz', 'tomas-oak')?.date).toBe('2025-03-11');
    expect(findRelation(draft, 'criticism', 'ana-sol', 'bolivia')?.date).toBe('2025-03-12');
  });

  it('one person attacking another is criticism, not force', () => {
    expect(findRelation(draft, 'criticism', 'luis-vale', 'eva-paz')?.date).toBe('2025-03-10');
    expect(findRelation(draft, 'military-action', 'luis-vale', 'eva-paz')).toBeUndefined();
  });

  it('a state attacking by force stays a military action', () => {
    expect(findRelation(draft, 'military-action', 'peru', 'chile')?.date).toBe('2025-03-10');
  });
});
