// Fuzzing the URL hash, which anyone can put in a link: parseHash must turn any string into a
// route or a reason (never throw), keep the filters within their stated limits, and read back
// exactly what formatHash wrote for any selection and filters a graph can hold.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  type Filters,
  MAX_PARAM_VALUE_LENGTH,
  MAX_PARAM_VALUES,
} from '../../src/state/filters';
import { formatHash, type HashRoute, MAX_HASH_LENGTH, parseHash } from '../../src/state/url';
import {
  count,
  expectCleanPrototypes,
  fuzzSeed,
  PROTOTYPE_KEYS,
  printCounts,
  scaledRuns,
  XSS_PAYLOADS,
} from './fuzz-helpers';

const started = performance.now();
afterAll(() => printCounts('fuzz-hash', started));

const SEED = fuzzSeed();
const runs = (numRuns: number) => ({
  numRuns: scaledRuns(numRuns),
  seed: SEED,
  endOnFailure: true,
});

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** What every parse must give: a route within the limits, or a short reason. */
function expectCleanRoute(route: HashRoute): void {
  expectCleanPrototypes();
  if (!route.ok) {
    expect(typeof route.reason).toBe('string');
    expect(route.reason.length).toBeLessThan(400);
    return;
  }
  const { selection, filters, problems } = route;
  if (selection !== null) {
    expect(['entity', 'relation']).toContain(selection.type);
    expect(typeof selection.id).toBe('string');
  }
  for (const set of [
    filters.hiddenEntityKinds,
    filters.hiddenRelationKinds,
    filters.hiddenSources,
  ]) {
    expect(set.size).toBeLessThanOrEqual(MAX_PARAM_VALUES);
    for (const value of set) expect(value.length).toBeLessThanOrEqual(MAX_PARAM_VALUE_LENGTH);
  }
  for (const date of [filters.dateFrom, filters.dateTo])
    if (date !== null) expect(date).toMatch(ISO);
  for (const problem of problems) expect(typeof problem).toBe('string');
}

const parse = (target: string, hash: string) => {
  const route = parseHash(hash);
  expectCleanRoute(route);
  count(target, route.ok);
};

const junk = fc.oneof(
  fc.constantFrom(
    ...XSS_PAYLOADS,
    ...PROTOTYPE_KEYS,
    '%',
    '%E0%A4%A',
    '%ZZ',
    '%C0%AF',
    '%2C',
    '%25',
    '%00',
    '%ud800',
    '%ED%A0%80',
    '..',
    '/',
    '?',
    '#',
    '&',
    '=',
    ',',
    '2025-13',
    '2025-02-29',
    '0000',
    '9999-12-31',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const junkText = fc.array(junk, { maxLength: 6 }).map((parts) => parts.join(''));

/** A hash shaped like Parley's: #/entity/<id>?hide=…&from=…, each part possibly junk. */
const shapedHash = fc
  .record({
    hash: fc.constantFrom('#', ''),
    path: fc.oneof(
      fc.constantFrom('/', '', '/entity/', '/relation/', '/entity', '//', '/other/'),
      fc.constantFrom('/entity/', '/relation/').chain((p) => junkText.map((id) => p + id)),
    ),
    params: fc.array(
      fc.tuple(
        fc.constantFrom(
          'hide',
          'hideRel',
          'hideSrc',
          'from',
          'to',
          'undated',
          'asof',
          'asofUndated',
          'backed',
          '__proto__',
          '',
        ),
        junkText,
      ),
      { maxLength: 6 },
    ),
  })
  .map(({ hash, path, params }) => {
    const query = params.map(([k, v]) => `${k}=${v}`).join('&');
    return `${hash}${path}${query ? `?${query}` : ''}`;
  });

/** Filters a graph can hold: any kinds and source ids, real dates. */
const filters: fc.Arbitrary<Filters> = fc
  .record({
    hiddenEntityKinds: fc.uniqueArray(junkText.filter(wellFormed), { maxLength: 5 }),
    hiddenRelationKinds: fc.uniqueArray(junkText.filter(wellFormed), { maxLength: 5 }),
    hiddenSources: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/), {
      maxLength: 5,
    }),
    dateFrom: fc.option(fc.constantFrom('2025', '2025-05', '2025-05-12')),
    dateTo: fc.option(fc.constantFrom('2025-06', '2025-12-31', '2026')),
    hideUndated: fc.boolean(),
    asOf: fc.option(fc.constantFrom('2025', '2025-05', '2025-05-31')),
    asOfHideUndated: fc.boolean(),
    minSources: fc.integer({ min: 1, max: 99 }),
  })
  .map((f) => ({
    ...f,
    hiddenEntityKinds: new Set(f.hiddenEntityKinds.filter((k) => k !== '')),
    hiddenRelationKinds: new Set(f.hiddenRelationKinds.filter((k) => k !== '')),
    hiddenSources: new Set(f.hiddenSources),
  }));

/** Text a link can carry: no unpaired surrogate (import refuses keys and kinds holding one). */
function wellFormed(text: string): boolean {
  return !/\p{Cs}/u.test(text);
}

describe(`parseHash under fuzzing (seed ${SEED})`, { timeout: 60_000 }, () => {
  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (hash) =>
        parse('arbitrary string', hash),
      ),
      runs(3000),
    );
  });

  it('hashes shaped like Parley links, with encoded junk in every part', () => {
    fc.assert(
      fc.property(shapedHash, (hash) => parse('shaped link', hash)),
      runs(3000),
    );
  });

  it('very long links, around and far beyond the limit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(MAX_HASH_LENGTH - 10, MAX_HASH_LENGTH + 1, 100_000, 2_000_000),
        fc.constantFrom('#/entity/', '#/?hide=', '#/?hide=a,', '#/entity/a?from='),
        (length, start) => {
          const hash = start + 'a,'.repeat(Math.ceil(length / 2)).slice(0, length - start.length);
          parse('very long link', hash);
          if (hash.length - 1 > MAX_HASH_LENGTH) {
            const route = parseHash(hash);
            expect(route.ok).toBe(false);
            if (!route.ok) expect(route.reason).toContain(String(MAX_HASH_LENGTH));
          }
        },
      ),
      runs(100),
    );
  });

  it('formatHash then parseHash gives back any selection and filters a graph can hold', () => {
    const id = fc.oneof(
      fc.constantFrom(...XSS_PAYLOADS, ...PROTOTYPE_KEYS, '%', '?', '#', '/', 'a b', 'é'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    );
    fc.assert(
      fc.property(
        fc.option(fc.record({ type: fc.constantFrom('entity', 'relation'), id })),
        fc.oneof(fc.constant(DEFAULT_FILTERS), filters),
        (selection, f) => {
          const route = parseHash(formatHash(selection as never, f));
          expectCleanRoute(route);
          count('formatHash round trip', route.ok);
          expect(route.ok).toBe(true);
          if (!route.ok) return;
          expect(route.selection).toEqual(selection);
          expect(route.problems).toEqual([]);
          expect(route.filters).toEqual(f);
        },
      ),
      runs(2000),
    );
  });
});
