// "ended the talks without reaching an agreement", "left without signing the accord": the talks
// happened, the agreement did not. "Without" before the deed is a negation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, kindsBetween } from './fixture-reading';

const name = 'without-a-deal.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-14',
});

describe('an accord the parties parted without', () => {
  it('proposes the talks but no agreement', () => {
    const kinds = kindsBetween(draft, 'norway', 'chile');
    expect(kinds).toContain('talks');
    expect(kinds).not.toContain('agreement');
  });
});
