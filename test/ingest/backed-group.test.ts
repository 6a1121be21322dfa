// "The Iceland-backed Northern Front", "the Front, backed by neighbouring Iceland": a side that
// stands behind a group gives it aid, a standing state with no day of its own; "backed a plan"
// endorses no actor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'backed-group.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-08',
});

describe('a group backed by a side', () => {
  it('reads the backer as giving the group aid, with no day', () => {
    const aid = findRelation(draft, 'aid', 'iceland', 'northern-front');
    expect(aid).toBeDefined();
    expect(aid?.date).toBeUndefined();
  });

  it('reads no aid where what is backed is no actor', () => {
    expect(findRelation(draft, 'aid', 'malta', 'norway')).toBeUndefined();
  });
});
