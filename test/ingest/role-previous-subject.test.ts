// "the minister" after a sentence naming two ministers stands for the one who was its subject
// ("Sol met Paz… The minister later criticised Bolivia": Sol), not the last one named.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('role-previous-subject.txt', '2025-06-11');

describe('a role noun after two holders of the role are named', () => {
  it('stands for the subject of the sentence before', () => {
    expect(findRelation(draft, 'criticism', 'ana-sol', 'bolivia')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'eva-paz', 'bolivia')).toBeUndefined();
  });
});
