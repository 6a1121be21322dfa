// "The African Union suspended Malta from all its activities", "suspended Iceland's membership": a
// body putting a member out for a time is a sanction (CAMEO 16), as the African Union does after
// a coup; suspended talks put no one out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const name = 'membership-suspended.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-10-15',
});

describe('a member suspended', () => {
  it('is sanctioned by the body that suspends it, on the day told', () => {
    expect(findRelation(draft, 'sanction', 'african-union', 'malta')).toMatchObject({
      label: 'suspended',
      date: '2025-10-15',
    });
    expect(findRelation(draft, 'sanction', 'european-union', 'iceland')).toBeDefined();
  });

  it('is not what suspended talks are: no one is put out of a body', () => {
    expect(kindsBetween(draft, 'nordic-council', 'iceland')).not.toContain('sanction');
  });
});
