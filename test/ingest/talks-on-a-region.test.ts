// "Meet in Oslo for Crisis Talks On Eastern Norway": the country after a gathering's "on",
// "about" or "over" is what the talks are about, not a party to them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, kindsBetween } from './fixture-reading';

const name = 'talks-on-a-region.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-07-09',
});

describe('talks on a country', () => {
  it('makes the country no party to the meeting', () => {
    expect(kindsBetween(draft, 'carla-vella', 'norway')).toEqual([]);
    expect(kindsBetween(draft, 'jon-olafsson', 'norway')).toEqual([]);
  });

  it('still reads the two leaders meeting', () => {
    expect(kindsBetween(draft, 'carla-vella', 'jon-olafsson')).toContain('meeting');
  });
});
