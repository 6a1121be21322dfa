// Where a flattened page runs its parts together: a lead paragraph with a photo caption and its
// credit glued to its end is still the article's (only the caption goes), and "… on X. She also
// …" is two sentences, not a name "X. She".

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';
import { tagParagraph } from '../../src/ingest/extract/nlp';
import { readPage } from '../../src/ingest/extract/page';
import { FIXTURES, findRelation, readFixture } from './fixture-reading';

describe('a caption glued to the end of a paragraph', () => {
  const page = readPage(readFileSync(join(FIXTURES, 'glued-caption.txt'), 'utf8'));

  it('leaves the paragraph before it in the article and removes only the caption', () => {
    const prose = page.blocks.filter((b) => !b.heading).map((b) => b.text);
    expect(prose[0]).toMatch(/^Maltese Prime Minister Ana Vell on Tuesday imposed/);
    expect(prose[0]).toMatch(/answer in kind\.$/);
    expect(page.removed).toContainEqual({
      kind: 'caption',
      text: 'Ana Vell speaks to reporters in Valletta. (Harbour Agency File)',
    });
  });

  it('keeps a long lead sentence before a one-sentence caption', () => {
    const lead =
      'Maltese Prime Minister Ana Vell on Tuesday announced that Malta will put a 40 per cent tariff on Icelandic fish from August 1, calling the rules of the Icelandic fleet a plain breach of the accord.';
    const page = readPage(`${lead} Ana Vell speaks in Valletta.(Harbour Agency File)`);
    expect(page.blocks.map((b) => b.text)).toContain(lead);
  });

  it('leaves a one-sentence caption with its credit all caption', () => {
    const caption =
      'Prime Minister Ana Vell pictured during a long meeting on the second day of the summit of the northern fishing states, at the harbour offices in Valletta, Friday 27 October 2023. Credit: Harbour Agency';
    const page = readPage(`${caption}\n\nMalta and Iceland met on Monday.`);
    expect(page.removed).toContainEqual({ kind: 'caption', text: caption });
    expect(page.blocks.map((b) => b.text)).toEqual(['Malta and Iceland met on Monday.']);
  });

  it('so the lead is read', () => {
    const draft = readFixture('glued-caption.txt', '2025-07-08');
    expect(findRelation(draft, 'tariff', 'ana-vell', 'iceland')).toBeDefined();
  });
});

describe('a one-letter word ending a sentence', () => {
  it('ends it when a pronoun opens the next', () => {
    const sentences = tagParagraph(
      '"We had a useful talk," Vell wrote on X. She also thanked Norway.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      '"We had a useful talk," Vell wrote on X.',
      'She also thanked Norway.',
    ]);
    expect(sentences[1]?.tokens[0]).toMatchObject({ value: 'She', start: 0, end: 3 });
  });

  it('leaves initials in a name alone', () => {
    expect(tagParagraph('J. K. Rowling spoke in Oslo.').map((s) => s.text)).toEqual([
      'J. K. Rowling spoke in Oslo.',
    ]);
  });

  it('so a graph that knows someone as "He" does not read "X. He" as them at X', () => {
    // a graph like the curated one: He Lin, known by the surname "He", and the platform X
    const context: IngestContext = {
      entities: [
        { id: 'he-lin', label: 'He Lin', kind: 'person', aliases: ['He'] },
        { id: 'x', label: 'X', kind: 'organization', aliases: [] },
      ],
      relations: [],
      sources: [],
    };
    const text = readFileSync(join(FIXTURES, 'letter-sentence-end.txt'), 'utf8');
    const draft = ingestArticle(text, context, { fileName: 'letter-sentence-end.txt' });
    const heLin = draft.relations.filter(
      (p) => p.relation.source === 'he-lin' || p.relation.target === 'he-lin',
    );
    expect(heLin).toEqual([]);
  });
});
