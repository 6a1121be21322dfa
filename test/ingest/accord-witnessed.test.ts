// "The agreement was inked by A and B and was witnessed by Z": Z oversaw the accord the same
// sentence tells, a mediation between both its signers, not only the nearer.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('an accord witnessed in the sentence that tells it', () => {
  it('is mediated by its witness between both signers', () => {
    const draft = readFixture('accord-witnessed.txt', '2025-03-03');
    expect(findRelation(draft, 'agreement', 'jo-ruiz', 'eva-paz')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'mediation', 'luis-vale', 'jo-ruiz')).toBeDefined();
    expect(findRelation(draft, 'mediation', 'luis-vale', 'eva-paz')).toBeDefined();
  });
});
