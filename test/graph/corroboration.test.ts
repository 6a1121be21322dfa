// Corroboration: how many distinct articles back each relation, on a small graph and on the
// curated dataset, and the detector of accounts that disagree (same ends and date, another kind
// or tone, from other sources).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import {
  allDisagreements,
  corroborationCounts,
  corroborationText,
  disagreementsOf,
  sourceCount,
} from '../../src/graph/corroboration';
import { miniDataset } from '../fixtures/mini-dataset';

// Read as it is on disk (its own test validates it; another session may be mid-edit on the
// integrity rules, which corroboration does not depend on).
function realDataset(): Dataset {
  return JSON.parse(readFileSync('graph-data/us-china-trade-talks.json', 'utf8')) as Dataset;
}

describe('sourceCount', () => {
  it('counts distinct sources, not quotes', () => {
    expect(sourceCount([])).toBe(0);
    expect(sourceCount(undefined)).toBe(0);
    expect(sourceCount([{ source: 'a', quote: 'x' }])).toBe(1);
    expect(
      sourceCount([
        { source: 'a', quote: 'x' },
        { source: 'a', quote: 'y' },
        { source: 'b', quote: 'z' },
        { source: 'a', quote: 'w' },
      ]),
    ).toBe(2);
  });
});

describe('corroborationText', () => {
  it('says how many articles report it, or that one source only does', () => {
    expect(corroborationText(3)).toBe('reported by 3 articles');
    expect(corroborationText(2)).toBe('reported by 2 articles');
    expect(corroborationText(1)).toBe('1 source only');
    expect(corroborationText(0)).toBe('no source recorded');
  });
});

describe('corroboration on the curated dataset', () => {
  const dataset = realDataset();
  const graph = buildGraph(dataset, { layout: false });
  const counts = corroborationCounts(graph);

  it('gives every relation between 1 and the number of sources, matching its evidence', () => {
    expect(counts.size).toBe(dataset.relations.length);
    for (const relation of dataset.relations) {
      const distinct = new Set(relation.evidence.map((e) => e.source)).size;
      expect(counts.get(relation.id)).toBe(distinct);
      expect(distinct).toBeGreaterThanOrEqual(1);
      expect(distinct).toBeLessThanOrEqual(dataset.sources.length);
    }
  });

  it('has both single-source and well-corroborated relations', () => {
    const values = [...counts.values()];
    expect(values.some((n) => n === 1)).toBe(true);
    expect(values.some((n) => n >= 3)).toBe(true);
  });

  it('counts the stable relations as their articles report them', () => {
    // The Ma–Landau call (22 May) is told by one article only; the 12 May tariff cut by several.
    expect(counts.get('rel-047')).toBe(1);
    expect(counts.get('rel-041')).toBeGreaterThanOrEqual(3);
    // The 18 October video call is in both October articles.
    expect(counts.get('rel-127')).toBeGreaterThanOrEqual(2);
  });

  it('does not mistake one article telling two things for a disagreement', () => {
    // rel-150 (criticism) and rel-151 (statement): Trump on China, 17 Oct, from one article
    expect(disagreementsOf(graph, 'rel-150')).toBeNull();
    // rel-040 (agreement) and rel-041 (tariff cut), 12 May: articles that report both
    expect(disagreementsOf(graph, 'rel-040')).toBeNull();
    for (const d of allDisagreements(graph).values()) {
      for (const other of d.others)
        expect(other.sources.some((s) => d.account.sources.includes(s))).toBe(false);
    }
  });
});

describe('disagreementsOf', () => {
  function graphWith() {
    const dataset = miniDataset();
    dataset.sources.push({ id: 'a3', title: 'Three', publisher: null, published: null, url: null });
    dataset.relations.push(
      {
        // the same call, told by another article, in another tone, in the other direction
        id: 'r1b',
        source: 'bo',
        target: 'ana',
        kind: 'call',
        label: 'spoke by phone with',
        directed: false,
        date: '2025-05-22',
        tone: 'verbal-conflict',
        evidence: [{ source: 'a2', quote: 'A tense call between Bo and Ana.' }],
      },
      {
        // a third account that calls it a meeting
        id: 'r1c',
        source: 'ana',
        target: 'bo',
        kind: 'meeting',
        label: 'met',
        directed: false,
        date: '2025-05-22',
        tone: 'verbal-cooperation',
        evidence: [{ source: 'a3', quote: 'Ana met Bo.' }],
      },
      {
        // same article as r1: two things it says, not a disagreement
        id: 'r1d',
        source: 'ana',
        target: 'bo',
        kind: 'criticism',
        label: 'criticised',
        directed: true,
        date: '2025-05-22',
        tone: 'verbal-conflict',
        evidence: [{ source: 'a1', quote: 'Ana also criticised Bo.' }],
      },
      {
        // another day: another interaction
        id: 'r1e',
        source: 'ana',
        target: 'bo',
        kind: 'call',
        label: 'spoke by phone with',
        directed: false,
        date: '2025-05-23',
        tone: 'verbal-conflict',
        evidence: [{ source: 'a3', quote: 'Ana called Bo again.' }],
      },
    );
    return buildGraph(dataset, { layout: false });
  }

  it('finds the accounts of the same two ends and date from other sources', () => {
    const d = disagreementsOf(graphWith(), 'r1');
    expect(d).not.toBeNull();
    expect(d?.account).toMatchObject({ edge: 'r1', kind: 'call', tone: 'verbal-cooperation' });
    expect(d?.others.map((o) => [o.edge, o.kind, o.tone, o.sources])).toEqual([
      ['r1b', 'call', 'verbal-conflict', ['a2']],
      ['r1c', 'meeting', 'verbal-cooperation', ['a3']],
    ]);
    expect(d?.differs).toEqual(['kind', 'tone']);
  });

  it('is symmetric, and ignores undated or unknown relations', () => {
    const graph = graphWith();
    expect(disagreementsOf(graph, 'r1b')?.others.map((o) => o.edge)).toEqual(['r1', 'r1c', 'r1d']);
    expect(disagreementsOf(graph, 'r1b')?.differs).toEqual(['kind', 'tone']);
    expect(disagreementsOf(graph, 'r1e')).toBeNull();
    expect(disagreementsOf(graph, 'r3')).toBeNull();
    expect(disagreementsOf(graph, 'nope')).toBeNull();
    expect([...allDisagreements(graph).keys()].sort()).toEqual(['r1', 'r1b', 'r1c', 'r1d']);
  });
});
