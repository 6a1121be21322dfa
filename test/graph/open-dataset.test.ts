// Opening a parsed dataset: the same graph as validating then building, and the same problems in
// the same order, though whether a relation id is used twice is left to the graph's build.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { buildGraph } from '../../src/graph/build-graph';
import { openDataset } from '../../src/graph/open-dataset';
import { exportJsonText } from '../../src/io/export-json';
import { generateSynthetic } from '../fixtures/generate';
import { miniDataset } from '../fixtures/mini-dataset';

type Loose = any;

function broken(mutate: (doc: Loose) => void): unknown {
  const doc: Loose = structuredClone(miniDataset());
  mutate(doc);
  return doc;
}

/** What validating and then building gives: the graph's export, or the problems. */
function inTurn(value: unknown) {
  const validated = validateDataset(value);
  if (!validated.ok) return validated.problems;
  return exportJsonText(buildGraph(validated.dataset, { layout: false }));
}

function opened(value: unknown) {
  const result = openDataset(value, { layout: false });
  return result.ok ? exportJsonText(result.graph) : result.problems;
}

describe('openDataset', () => {
  it('builds the graph that validating and building in turn build', () => {
    const synthetic = generateSynthetic({ nodes: 200, relationsPerNode: 4, seed: 5 }).dataset;
    for (const doc of [miniDataset(), synthetic]) {
      const graph = opened(doc);
      expect(typeof graph).toBe('string');
      expect(graph).toBe(inTurn(doc));
    }
  });

  it('returns the validated dataset with its graph', () => {
    const result = openDataset(miniDataset(), { layout: false });
    expect(result.ok && result.dataset).toEqual(miniDataset());
  });

  it.each([
    ['a relation id used twice', (d: Loose) => void (d.relations[3].id = 'r1')],
    ['a reserved relation id', (d: Loose) => void (d.relations[2].id = 'hasOwnProperty')],
    [
      'a relation id used twice and an unknown entity',
      (d: Loose) => {
        d.relations[3].id = 'r1';
        d.relations[0].target = 'nobody';
      },
    ],
    [
      'a relation id used twice and a bad kind',
      (d: Loose) => {
        d.relations[2].id = 'r1';
        d.relations[1].kind = 'gossip';
      },
    ],
  ])('lists the problems validateDataset lists for %s', (_name, mutate) => {
    const doc = broken(mutate);
    const problems = opened(doc);
    expect(Array.isArray(problems) && problems.length > 0).toBe(true);
    expect(problems).toEqual(inTurn(doc));
  });
});

describe('validateDataset leaving repeated relation ids to the build', () => {
  const twice = () => broken((d) => void (d.relations[3].id = 'r1'));

  it('passes a dataset whose only problem is a relation id used twice', () => {
    expect(validateDataset(twice(), { relationIdsRepeat: false }).ok).toBe(true);
    expect(validateDataset(twice()).ok).toBe(false);
  });

  it('lists the repeated id too once it finds another problem', () => {
    const doc: Loose = twice();
    doc.relations[1].evidence[0].source = 'a9';
    const skipping = validateDataset(doc, { relationIdsRepeat: false });
    expect(skipping.ok ? [] : skipping.problems).toEqual([
      { path: 'relations[3].id', message: 'duplicate id "r1" (first used at relations[0])' },
      { path: 'relations[1].evidence[0].source', message: 'unknown source "a9"' },
    ]);
  });
});
