// "President Donald Trump … the Maltese president's office": a role named with a country refers
// back to a person named before only if that person could hold it; one known to hold office for
// another country is not the one meant.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readFixture } from './fixture-reading';

const draft = readFixture('office-elsewhere.txt', '2025-03-15');

describe("another country's office", () => {
  it('is not held by a known office holder of the United States', () => {
    expect(kindsBetween(draft, 'donald-trump', 'malta')).not.toContain('affiliation');
  });
});
