// The curated dataset itself: it validates, every quote is verbatim from the article it cites,
// every article contributes, and nothing floats unconnected.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, readDatasetFile } from '../../src/cli/dataset-file';
import type { Dataset } from '../../src/data/schema';

const SEEDS_DIR = resolve('..', 'shared', 'seeds');
const seedsPresent = existsSync(SEEDS_DIR);
if (!seedsPresent) console.warn(`Skipping quote checks: ${SEEDS_DIR} is absent on this machine.`);

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

  it.skipIf(!seedsPresent)(
    'quotes every piece of evidence verbatim from the article it cites',
    () => {
      const articles = new Map(
        dataset.sources.map((s) => [
          s.id,
          normalizeWhitespace(readFileSync(join(SEEDS_DIR, `${s.id}.txt`), 'utf8')),
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
    },
  );
});
