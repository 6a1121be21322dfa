// "raised the possibility of a second meeting with X", "the prospect of talks with Y": a meeting
// held out, not one held.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, kindsBetween } from './fixture-reading';

const name = 'possibility-of-meeting.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-15',
});

describe('a meeting told as a possibility or a prospect', () => {
  it('is a planned meeting', () => {
    expect(kindsBetween(draft, 'kari-lunde', 'pablo-rivas')).toContain('planned-meeting');
    const chilePeru = kindsBetween(draft, 'chile', 'peru');
    expect(chilePeru).toContain('planned-meeting');
    expect(chilePeru).not.toContain('talks');
  });
});
