// The synthetic knowledge graphs the benchmarks run on: the same seed gives the same dataset, the
// dataset passes validation, and it is shaped like a real one (hubs, parallel relations, mixed kinds).
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { generateDataset, generateSynthetic } from '../../src/graph/generate';

describe('generateDataset', () => {
  const { dataset, positions } = generateSynthetic({ nodes: 1000, seed: 42 });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDataset({ nodes: 1000, seed: 42 })).toEqual(dataset);
    expect(generateDataset({ nodes: 1000, seed: 43 })).not.toEqual(dataset);
  });

  it('is a valid dataset at 1k nodes with about five relations per node', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    expect(dataset.entities).toHaveLength(1000);
    expect(dataset.relations).toHaveLength(5000);
    expect(generateDataset({ nodes: 200, relationsPerNode: 2.5, seed: 1 }).relations).toHaveLength(
      500,
    );
  });

  it('has heavy-tailed degrees: the biggest hub has far more relations than the median', () => {
    const degree = new Map<string, number>();
    for (const { source, target } of dataset.relations) {
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    }
    const sorted = dataset.entities.map((e) => degree.get(e.id) ?? 0).sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1] ?? 0;
    expect(sorted.at(-1)).toBeGreaterThan(10 * median);
  });

  it('has parallel relations between the same two entities', () => {
    const pairs = new Map<string, number>();
    for (const { source, target } of dataset.relations) {
      const key = [source, target].sort().join(' ');
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    expect([...pairs.values()].filter((n) => n > 1).length).toBeGreaterThan(50);
  });

  it('mixes every entity kind, tones, dates and evidence from a handful of sources', () => {
    const kinds = new Set(dataset.entities.map((e) => e.kind));
    expect([...kinds].sort()).toEqual([...ENTITY_KINDS].sort());
    expect(dataset.relations.some((r) => r.tone === 'material-conflict')).toBe(true);
    expect(dataset.relations.some((r) => r.date?.length === 10)).toBe(true);
    expect(dataset.sources.length).toBeGreaterThanOrEqual(5);
    expect(dataset.sources.length).toBeLessThanOrEqual(20);
  });

  it('places every entity at a finite position', () => {
    expect(positions.size).toBe(1000);
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('names the call site when the options are wrong', () => {
    expect(() => generateDataset({ nodes: 1, seed: 1 })).toThrow(/generateSynthetic: nodes/);
  });
});
