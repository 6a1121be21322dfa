// "struck what it called terrorist infrastructure in Sweden": the hedge's verb ("called") right
// after the deed's ends no clause; the country after "in" is where the force fell.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a strike on what the striker called something', () => {
  const draft = readFixture('struck-what-it-called.txt', '2025-03-06');

  it('reads the force on the country named past the hedge, on the day', () => {
    expect(findRelation(draft, 'military-action', 'norway', 'sweden')?.date).toBe('2025-03-05');
  });
});
