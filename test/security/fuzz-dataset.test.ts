// Fuzzing Parley datasets: structural mutations of the real dataset (graph-data) through
// validateDataset and importText, and a small dataset whose every free-text field holds a hostile
// string. Each ends in a dataset every panel can show or in problems: never an exception, never a
// polluted prototype. Run with zod jitless, as the page does.
import '../../src/data/zod-config';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { buildGraph } from '../../src/graph/build-graph';
import { miniDataset } from '../fixtures/mini-dataset';
import {
  count,
  exerciseGraph,
  expectCleanPrototypes,
  fuzzImport,
  fuzzSeed,
  jsonMutation,
  mutatedText,
  PROTOTYPE_KEYS,
  printCounts,
  scaledRuns,
  XSS_PAYLOADS,
} from './fuzz-helpers';

const started = performance.now();
afterAll(() => printCounts('fuzz-dataset', started));

const SEED = fuzzSeed();
const runs = (numRuns: number) => ({
  numRuns: scaledRuns(numRuns),
  seed: SEED,
  endOnFailure: true,
});

const DATASET = readFileSync('graph-data/us-china-trade-talks.json', 'utf8');

/** Free-text fields of a dataset, which may hold anything a person wrote (ids, kinds and dates may not). */
function withText(text: (slot: number) => string): unknown {
  const doc = miniDataset();
  let slot = 0;
  const next = () => text(slot++);
  doc.title = next();
  for (const source of doc.sources) {
    source.title = next();
    source.publisher = next();
  }
  for (const entity of doc.entities) {
    entity.label = `${next()} ${entity.id}`; // labels must stay distinct
    entity.aliases = [next(), next()].map((alias) => `${alias} (${entity.id})`);
    entity.description = next();
    for (const role of entity.roles ?? []) role.title = next();
  }
  for (const relation of doc.relations) {
    relation.label = next();
    for (const evidence of relation.evidence) evidence.quote = next();
  }
  return doc;
}

describe(`datasets under fuzzing (seed ${SEED})`, { timeout: 60_000 }, () => {
  it('mutations of the real dataset, validated', () => {
    fc.assert(
      fc.property(fc.array(jsonMutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const value = JSON.parse(mutatedText(DATASET, mutations)) as unknown;
        const result = validateDataset(value);
        expectCleanPrototypes();
        // validateDataset's fast path never accepts what the zod schema refuses, and returns
        // exactly zod's data when it accepts
        const zod = DatasetSchema.safeParse(value);
        if (result.ok) expect(JSON.stringify(result.dataset)).toBe(JSON.stringify(zod.data));
        if (!zod.success) expect(result.ok).toBe(false);
        if (result.ok) exerciseGraph(buildGraph(result.dataset, { layout: false }));
        else
          for (const problem of result.problems) {
            expect(typeof problem.path).toBe('string');
            expect(problem.message).not.toBe('');
          }
        count('mutated dataset, validateDataset', result.ok);
      }),
      runs(500),
    );
  });

  it('mutations of the real dataset, imported (laid out when valid)', () => {
    fc.assert(
      fc.property(fc.array(jsonMutation, { minLength: 1, maxLength: 3 }), (mutations) =>
        fuzzImport(
          'mutated dataset, importText',
          'us-china-trade-talks.json',
          mutatedText(DATASET, mutations),
        ),
      ),
      runs(80),
    );
  });

  it('a dataset whose every free-text field is hostile', () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        ...XSS_PAYLOADS,
        ...PROTOTYPE_KEYS,
        'toString',
        '\u202Eevil',
        'x'.repeat(400),
      ),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 40, maxLength: 40 }), (texts) => {
        const doc = withText((slot) => texts[slot % texts.length] as string);
        fuzzImport('dataset with hostile text', 'hostile.json', JSON.stringify(doc));
      }),
      runs(250),
    );
  });
});
