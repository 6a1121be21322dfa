// The curated dataset itself: it validates, every quote is verbatim from the article it cites
// (the five articles are kept in test/fixtures/articles/seed-<source id>.txt), every article
// contributes, nothing floats unconnected, and each relation fits what its kind means.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, readDatasetFile } from '../../src/cli/dataset-file';
import { checkKindRules, isMediaOutlet } from '../../src/data/kind-rules';
import { RELATION_KINDS } from '../../src/data/relation-kinds';
import type { Dataset } from '../../src/data/schema';

const ARTICLES_DIR = resolve('test', 'fixtures', 'articles');

function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function loadDataset(): Dataset {
  const result = readDatasetFile(DEFAULT_DATASET);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result.dataset;
}

describe(`the default dataset (${DEFAULT_DATASET})`, () => {
  const dataset = loadDataset();

  it('has the people the story turns on', () => {
    const labels = dataset.entities.filter((e) => e.kind === 'person').map((e) => e.label);
    for (const name of [
      'He Lifeng',
      'Scott Bessent',
      'Jamieson Greer',
      'Ma Zhaoxu',
      'Christopher Landau',
      'David Perdue',
      'Donald Trump',
      'Xi Jinping',
      'Kristalina Georgieva',
    ]) {
      expect(labels).toContain(name);
    }
  });

  it('connects every entity to at least one relation', () => {
    const used = new Set(dataset.relations.flatMap((r) => [r.source, r.target]));
    const lonely = dataset.entities.filter((e) => !used.has(e.id)).map((e) => e.id);
    expect(lonely).toEqual([]);
  });

  it('draws relations from each of the articles', () => {
    const cited = new Set(dataset.relations.flatMap((r) => r.evidence.map((e) => e.source)));
    for (const source of dataset.sources) expect(cited, source.id).toContain(source.id);
  });

  it('leaves publication data the articles do not state unknown (null)', () => {
    for (const source of dataset.sources) {
      expect(source.publisher).toBeNull();
      expect(source.published).toBeNull();
      expect(source.url).toBeNull();
    }
  });

  it('quotes every piece of evidence verbatim from the article it cites', () => {
    const articles = new Map(
      dataset.sources.map((s) => [
        s.id,
        normalizeWhitespace(readFileSync(join(ARTICLES_DIR, `seed-${s.id}.txt`), 'utf8')),
      ]),
    );
    const missing: string[] = [];
    for (const relation of dataset.relations) {
      for (const evidence of relation.evidence) {
        const article = articles.get(evidence.source) ?? '';
        if (!article.includes(normalizeWhitespace(evidence.quote))) {
          missing.push(`${relation.id} (${evidence.source}): ${evidence.quote}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('fits every relation to what its kind means', () => {
    expect(checkKindRules(dataset)).toEqual([]);
    const kinds = new Set(dataset.relations.map((r) => r.kind));
    for (const kind of kinds) expect(Object.keys(RELATION_KINDS)).toContain(kind);
  });

  it('holds itself to the strict reading where the rules leave room', () => {
    const byId = new Map(dataset.entities.map((e) => [e.id, e]));
    const kindOf = (id: string) => byId.get(id)?.kind;
    const off: string[] = [];
    for (const r of dataset.relations) {
      // represents: a country, never a place; reported-by: an outlet its description names one
      if (r.kind === 'represents' && kindOf(r.target) !== 'country') off.push(r.id);
      if (r.kind === 'reported-by') {
        const outlet = byId.get(r.target);
        if (!outlet?.description || !isMediaOutlet(outlet) || r.date !== undefined) off.push(r.id);
      }
      // a date the articles only approximate is flagged; a report's date is not the event's
      if (r.dateApproximate === true && r.date === undefined) off.push(r.id);
    }
    expect(off).toEqual([]);
    const undescribed = dataset.entities.filter((e) => e.kind === 'organization' && !e.description);
    expect(undescribed.map((e) => e.id)).toEqual([]);
  });

  it('finds institutions by their acronyms and short forms', () => {
    const named = (alias: string) =>
      dataset.entities.filter((e) => e.aliases.includes(alias)).map((e) => e.id);
    expect(named('USTR')).toEqual(['office-of-the-us-trade-representative']);
    expect(named('IMF')).toEqual(['international-monetary-fund']);
    expect(named('MOFCOM')).toEqual(['chinese-ministry-of-commerce']);
    expect(named('EU')).toEqual(['european-union']);
    expect(named('APEC')).toEqual(['apec']);
  });
});
