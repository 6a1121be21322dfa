// A dateline whose outlet's name holds digits ("TROMSO (Arctic24) –"): the place and the outlet
// are the dateline, set apart; neither becomes an actor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { readPage } from '../../src/ingest/extract/page';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'dateline-agency-digits.txt';
const text = readFileSync(join(FIXTURES, name), 'utf8');
const draft = ingestArticle(text, EMPTY, { fileName: name, published: '2025-04-09' });

describe('a dateline naming an outlet with digits', () => {
  it('is set apart as the dateline', () => {
    expect(readPage(text).datelinePlace).toBe('Tromso');
    const labels = draft.entities.map((e) => e.entity.label);
    expect(labels).not.toContain('TROMSO');
    expect(labels).not.toContain('Arctic24');
    expect(findRelation(draft, 'agreement', 'norway', 'iceland')?.date).toBe('2025-04-08');
  });
});
