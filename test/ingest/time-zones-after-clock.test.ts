// "at 2pm UTC", "5:30 p.m. GMT", "09:00 JST": the capitals after a clock time are a time zone,
// not an organisation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'time-zones.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-07-06',
});

describe('a time zone after a clock time', () => {
  it('proposes no organisation for it', () => {
    const labels = draft.entities.map((e) => e.entity.label);
    for (const zone of ['UTC', 'GMT', 'JST']) expect(labels).not.toContain(zone);
    expect(labels).toEqual(expect.arrayContaining(['Malta', 'Iceland']));
  });
});
