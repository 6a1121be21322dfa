// "incursions by Peruvian drones into Chilean airspace": a deed's noun with its agent's arms
// after "by" and its target after "into"; a noun's modal perfect ("could have been a mistake")
// judges what was done and does not make the deed one still to come, while a verb's
// ("could have taken place") still tells nothing done.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('incursion-by-arms.txt', '2025-05-08');

describe('an incursion by a country’s arms', () => {
  it('is a military action by the country whose arms they are on the one entered', () => {
    expect(findRelation(draft, 'military-action', 'peru', 'chile')).toBeDefined();
  });

  it('talks that could have taken place are still no talks held', () => {
    expect(findRelation(draft, 'talks', 'bolivia', 'chile')).toBeUndefined();
  });
});
