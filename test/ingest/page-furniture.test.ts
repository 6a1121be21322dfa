// The furniture of a news page that names people and bodies without being the story: captions
// pointing into a picture, sharing buttons, the writer's note, corrections, desk credits and the
// copyright line. None of them proposes an entity; the story around them is still read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'page-furniture.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-14',
});
const labels = draft.entities.map((e) => e.entity.label);

describe('page furniture', () => {
  it('proposes nobody from captions, share buttons, notes, credits or the copyright', () => {
    for (const label of [
      'Teo Brann',
      'Ana Vell',
      'Lena Holt',
      'Karl Berg',
      'Facebook Twitter WhatsApp',
      'Mia Sund',
      'Harbour Institute',
      'Rob Hale',
      'Steve Lund',
      'Harbour Media Group',
    ])
      expect(labels).not.toContain(label);
  });

  it('still reads the story', () => {
    expect(labels).toEqual(expect.arrayContaining(['Malta', 'Iceland']));
    expect(findRelation(draft, 'criticism', 'malta', 'iceland')?.date).toBe('2025-05-12');
  });

  it('keeps a sentence that merely starts like furniture', () => {
    const text =
      'Port row\n\nMalta criticised Iceland on Monday.\n\nThe authors of the report, Teo Brann and Ana Vell, criticised Malta.\n\nShares in Harbour Holdings fell.';
    const read = ingestArticle(text, EMPTY, { published: '2025-05-14' });
    expect(read.entities.map((e) => e.entity.label)).toEqual(
      expect.arrayContaining(['Teo Brann', 'Ana Vell', 'Harbour Holdings']),
    );
  });
});

describe("a page's weather and section above the headline", () => {
  const page = `-4.5 C
Reykjavik
Monday, 12 May 2025

Middle East

Iceland and Malta reopen talks on the harbour dispute

Iceland and Malta reopened talks on Monday, officials in both countries said.
`;
  const read = ingestArticle(page, EMPTY, { fileName: 'weather.txt' });
  const named = read.entities.map((e) => e.entity.label);

  it('are no part of the article: no headline, no country, no region', () => {
    expect(read.source.title).toBe('Iceland and Malta reopen talks on the harbour dispute');
    expect(named).toEqual(expect.arrayContaining(['Iceland', 'Malta']));
    expect(read.links.map((l) => l.mention)).not.toContain('Reykjavik');
    expect(read.sentences).not.toContain('Reykjavik');
    expect(read.sentences).not.toContain('Middle East');
    expect(read.sentences).not.toContain('-4.5 C');
  });
});

describe('a kicker in capitals above the headline', () => {
  const page = `WAR ON LATVIA
Iceland says Malta alone decided on the strike on Riga
September 9, 2025

Iceland said on Tuesday that Malta had struck Riga without warning.
`;
  const read = ingestArticle(page, EMPTY, { fileName: 'kicker.txt' });

  it('is the page’s section, not its headline, and names no place', () => {
    expect(read.source.title).toBe('Iceland says Malta alone decided on the strike on Riga');
    expect(read.entities.map((e) => e.entity.label)).not.toContain('Kashmir');
    expect(read.sentences).not.toContain('CRISIS IN KASHMIR');
  });

  it('leaves an all-capital headline over a standfirst that ends its sentence', () => {
    const shouted = ingestArticle(
      'MALTA STRIKES RIGA\nMalta struck Riga on Tuesday, Iceland said.\n',
      EMPTY,
      { fileName: 'shouted.txt', published: '2025-09-09' },
    );
    expect(shouted.source.title).toBe('MALTA STRIKES RIGA');
  });
});
