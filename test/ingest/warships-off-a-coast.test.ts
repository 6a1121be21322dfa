// Warships sent to the waters off another country's coast show force against it (CAMEO 15, read
// as a threat), as troops massed at its border do; the force is named by its kind within the
// object ("the Northern Patrol Group of four destroyers"), and the unit sent is not
// the one threatened.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'warships-off-a-coast.txt'), 'utf8'),
  EMPTY,
  { fileName: 'warships-off-a-coast.txt' },
);

describe('a show of force at sea', () => {
  it('reads warships sent to waters off a country’s coast as a threat to it, on its day', () => {
    expect(findRelation(draft, 'threat', 'iceland', 'norway')).toMatchObject({
      date: '2026-10-12',
      label: 'showed force against',
    });
  });

  it('does not threaten the unit that was sent', () => {
    expect(kindsBetween(draft, 'iceland', 'northern-patrol-group')).toEqual([]);
  });

  it('reads destroyers sent off the coast of a country the same way', () => {
    expect(findRelation(draft, 'threat', 'malta', 'tunisia')).toBeDefined();
  });
});
