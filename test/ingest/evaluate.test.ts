// The extractor's measurement: the accept-all merge, the leave-one-out dataset, and floors on the
// figures for the seed articles so that a change that loses recall or precision shows up here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/data/integrity';
import { type Dataset, DatasetSchema } from '../../src/data/schema';
import {
  type Article,
  acceptAll,
  emptyDataset,
  entityMatcher,
  evaluateFromScratch,
  evaluateLeaveOneOut,
  withoutArticle,
} from '../../src/ingest/eval/evaluate';
import { ingestArticle } from '../../src/ingest/extract';
import { miniDataset } from '../fixtures/mini-dataset';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const curated = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../graph-data/us-china-trade-talks.json'), 'utf8'),
) as Dataset;
const seeds: Article[] = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('seed-'))
  .sort()
  .map((name) => ({
    id: name.replace(/^seed-/, '').replace(/\.txt$/, ''),
    text: readFileSync(join(FIXTURES, name), 'utf8'),
  }));

describe('acceptAll', () => {
  it('adds new proposals and appends the evidence of extending ones', () => {
    const base = miniDataset();
    const first = base.relations[0];
    if (!first) throw new Error('mini dataset has no relation');
    const draft = ingestArticle('Title\nAna Ruiz met Bo Li in Paris.', base, { sourceId: 'new' });
    const merged = acceptAll(base, draft);
    expect(merged.sources.map((s) => s.id)).toContain('new');
    expect(merged.entities.length).toBe(base.entities.length + draft.entities.length);
    const extending = draft.relations.filter((p) => p.extends);
    expect(merged.relations.length).toBe(
      base.relations.length + draft.relations.length - extending.length,
    );
    expect(DatasetSchema.safeParse(merged).success).toBe(true);
    expect(checkIntegrity(merged)).toEqual([]);
  });
});

describe('withoutArticle', () => {
  it('drops the source, relations cited only by it and entities left without relations', () => {
    const reduced = withoutArticle(curated, '000_3b93ebfc25ea1967');
    expect(reduced.sources.map((s) => s.id)).not.toContain('000_3b93ebfc25ea1967');
    expect(
      reduced.relations.every((r) => r.evidence.every((e) => e.source !== '000_3b93ebfc25ea1967')),
    ).toBe(true);
    const ids = reduced.entities.map((e) => e.id);
    expect(ids).not.toContain('ma-zhaoxu');
    expect(ids).not.toContain('dan-wang');
    expect(ids).toContain('scott-bessent');
    expect(checkIntegrity(reduced)).toEqual([]);
  });
});

describe('entityMatcher', () => {
  it('matches on any label or alias, ignoring case, accents and U.S./US', () => {
    const match = entityMatcher(curated.entities);
    expect(match({ id: 'x', label: 'u.s.', kind: 'country', aliases: [] })).toBe('united-states');
    expect(match({ id: 'y', label: 'Huawei', kind: 'organization', aliases: [] })).toBe(
      'huawei-technologies',
    );
    expect(match({ id: 'z', label: 'Nobody Known', kind: 'person', aliases: [] })).toBeNull();
  });
});

describe('the seed articles against the curated dataset', () => {
  const scratch = evaluateFromScratch(seeds, curated);

  it('builds a valid dataset from scratch', () => {
    const parsed = DatasetSchema.safeParse(scratch.dataset);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(checkIntegrity(parsed.data)).toEqual([]);
    // built from the articles alone: it holds entities the ingest found, not the curated ones
    expect(scratch.dataset.entities.length).toBeGreaterThan(emptyDataset().entities.length);
    expect(scratch.dataset.relations.length).toBeGreaterThan(0);
  });

  it('finds most curated people and organisations, with few false entities', () => {
    expect(scratch.peopleAndOrgs.recall.rate).toBeGreaterThanOrEqual(0.9);
    expect(scratch.entities.precision.rate).toBeGreaterThanOrEqual(0.9);
    expect(scratch.missed).not.toContain('Scott Bessent');
  });

  it('finds most curated calls and meetings', () => {
    expect(scratch.meetingPairs.anyKind.rate).toBeGreaterThanOrEqual(0.75);
    expect(scratch.pairs.precision.rate).toBeGreaterThanOrEqual(0.7);
  });

  it('brings back part of each article’s relations when it is left out', () => {
    const rows = evaluateLeaveOneOut(seeds, curated);
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.curated).toBeGreaterThan(0);
      expect(row.sameEnds).toBeGreaterThan(0);
    }
    const curatedTotal = rows.reduce((n, r) => n + r.curated, 0);
    const total = rows.reduce((n, r) => n + r.sameEnds, 0) / curatedTotal;
    expect(total).toBeGreaterThanOrEqual(0.4);
    // and with the kind the curators gave (35% when measured; a drop to under 30% fails)
    const sameKind = rows.reduce((n, r) => n + r.sameKind, 0) / curatedTotal;
    expect(sameKind).toBeGreaterThanOrEqual(0.3);
  });
});
