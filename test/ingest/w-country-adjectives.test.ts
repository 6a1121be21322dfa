// Every country the gazetteer knows has its usual adjective ("Malagasy", "Kyrgyz", "Greek"), and
// the adjective leads back to it; a body or an official named by it is the country's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { COUNTRIES, demonymOf } from '../../src/ingest/extract/gazetteer';
import { buildNameIndex } from '../../src/ingest/extract/linking';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

/** "Congolese" alone is the Democratic Republic's (world.ts): its neighbour has none of its own. */
const NONE = new Set(['Republic of the Congo']);

describe('the gazetteer’s adjectives', () => {
  const index = buildNameIndex([]);
  const countries = COUNTRIES.filter((c) => c.kind === 'country' && !NONE.has(c.label));

  it('give every country its adjective', () => {
    expect(countries.filter((c) => demonymOf(c.label) === undefined).map((c) => c.label)).toEqual(
      [],
    );
    expect(demonymOf('Madagascar')).toBe('Malagasy');
    expect(demonymOf('Kyrgyzstan')).toBe('Kyrgyz');
    expect(demonymOf('Greece')).toBe('Greek');
  });

  it('lead each adjective back to its country', () => {
    const astray = countries.filter((c) => {
      const hit = index.lookup(demonymOf(c.label) ?? '');
      return (hit?.create?.label ?? hit?.id) !== c.label;
    });
    expect(astray.map((c) => c.label)).toEqual([]);
  });
});

describe('an official or a body named by an adjective the old guess missed', () => {
  const draft = ingestArticle(
    readFileSync(join(FIXTURES, 'w-adjectives-of-countries.txt'), 'utf8'),
    EMPTY,
    { published: '2025-05-12' },
  );
  const labels = draft.entities.map((e) => e.entity.label);

  it('is named with the country’s adjective, and acts for the country', () => {
    expect(labels).toContain('Greek Ministry of Foreign Affairs');
    expect(labels).toContain('Kyrgyz military');
    expect(labels).toContain('Malagasy Ministry of Foreign Affairs');
    expect(
      findRelation(draft, 'affiliation', 'kyrgyz-ministry-of-foreign-affairs', 'kyrgyzstan'),
    ).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'kyrgyz-military', 'kyrgyzstan')).toBeDefined();
  });
});
