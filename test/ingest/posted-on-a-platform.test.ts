// A social platform a statement was posted on ("set out his case on Truth Social",
// "replied on Telegram") is where it was said, never a party to the story, whatever verb tells the posting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'posted-on-a-platform.txt'), 'utf8'),
  EMPTY,
  { fileName: 'posted-on-a-platform.txt' },
);

describe('a platform posted on', () => {
  it('is proposed as no entity', () => {
    const labels = draft.entities.map((p) => p.entity.label);
    expect(labels).not.toContain('Truth Social');
    expect(labels).not.toContain('Telegram');
    expect(labels).toContain('Ivo Marr');
  });
});
