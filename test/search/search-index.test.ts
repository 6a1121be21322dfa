// Entity search as the find-an-entity combobox uses it: forgiving of case, accents and typos,
// finding people by alias and role title, and ranking exact > prefix > fuzzy matches.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, readDatasetFile } from '../../src/cli/dataset-file';
import { buildGraph } from '../../src/graph/build-graph';
import { normalizeText } from '../../src/search/normalize';
import {
  createSearchIndex,
  createSearchIndexAsync,
  type SearchDoc,
  type SearchHit,
  type SearchIndex,
  searchDocsFromGraph,
} from '../../src/search/search-index';

function doc(id: string, label: string, aliases: string[] = [], roles: string[] = []): SearchDoc {
  return { id, label, kind: 'person', aliases, roles };
}

const ids = (hits: readonly SearchHit[]) => hits.map((hit) => hit.id);

describe('normalizeText', () => {
  it.each([
    ['Kristalína Georgieva', 'kristalina georgieva'],
    ['  HE   Lifeng\t', 'he lifeng'],
    ['Valdis Dombrovskis', 'valdis dombrovskis'],
    ['Łukasz Søren Straße', 'lukasz soren strasse'],
    ['Xi’s “trade” truce – 2025', `xi's "trade" truce - 2025`],
    ['ＩＭＦ', 'imf'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});

describe('createSearchIndex on a hand-made list', () => {
  const index = createSearchIndex([
    doc('berg', 'Dr. Berg', ['Anna']),
    doc('annalise', 'Annalise Weber'),
    doc('hanna', 'Hanna', ['Hanna'], ['Hanna']),
    doc('banna', 'Anna Banna Berg'),
    doc('he', 'He Lifeng', [], ['Vice Premier']),
    doc('hu', 'Hu Jintao'),
    doc('ma', 'Ma Zhaoxu', ['Ma']),
    doc('mo', 'Mo Yan'),
    doc('mark', 'Mark Carney'),
    doc('lars', 'Lars Klingbeil', [], ['Finance Minister']),
    doc('rosa', 'Rosa Vice', [], ['Premier League Referee']),
  ]);
  const hit = (hits: SearchHit[], id: string) => hits.find((h) => h.id === id);

  it('reports its size', () => {
    expect(index.size).toBe(11);
  });

  it('ranks exact > prefix > fuzzy even when MiniSearch scores say otherwise', () => {
    const hits = index.search('anna', 10);
    // "Anna" is exactly an alias of Dr. Berg; "Anna Banna Berg" and "Annalise Weber" start with
    // it; "Hanna" is one typo away, though it says Hanna in all three fields.
    expect(ids(hits)).toEqual(['berg', 'banna', 'annalise', 'hanna']);
    expect(hits.map((h) => h.match)).toEqual(['exact', 'prefix', 'prefix', 'fuzzy']);
    // The order is the tiers', not the raw score's: the typo match outscores two better matches.
    expect(hit(hits, 'hanna')?.score).toBeGreaterThan(hit(hits, 'berg')?.score ?? Infinity);
    expect(hit(hits, 'hanna')?.score).toBeGreaterThan(hit(hits, 'annalise')?.score ?? Infinity);
  });

  it('says which label, alias or role matched, as written', () => {
    expect(index.search('anna')[0]).toMatchObject({ id: 'berg', matchedText: 'Anna' });
    expect(index.search('finance min')[0]).toMatchObject({
      id: 'lars',
      match: 'prefix',
      matchedText: 'Finance Minister',
    });
  });

  it('finds two-letter names first, and only prefixes of them (no typos for short words)', () => {
    expect(index.search('Ma')[0]).toMatchObject({ id: 'ma', match: 'exact' });
    expect(ids(index.search('Ma'))).not.toContain('mo');
    expect(ids(index.search('He'))[0]).toBe('he');
    expect(ids(index.search('He'))).not.toContain('hu');
  });

  it('forgives two typos in long words but only one in short ones', () => {
    expect(index.search('Klingbiel')[0]).toMatchObject({ id: 'lars', match: 'fuzzy' });
    expect(index.search('Lars')[0]?.id).toBe('lars');
    expect(index.search('Lrs')).toEqual([]); // 3 letters: no typo allowed
    expect(index.search('Lras')).toEqual([]); // 4 letters: a swap is 2 edits, 1 allowed
  });

  it('makes every word of a query count, matching within one text before across texts', () => {
    const hits = index.search('vice premier', 10);
    // He Lifeng's role is "Vice Premier"; Rosa Vice only has the two words in different fields.
    expect(hits[0]).toMatchObject({ id: 'he', match: 'exact', matchedText: 'Vice Premier' });
    expect(hit(hits, 'rosa')?.match).toBe('fuzzy');
  });

  it('falls back to any word when no entity has all of them', () => {
    expect(ids(index.search('Lars Zhaoxu')).sort()).toEqual(['lars', 'ma']);
  });

  it('returns nothing for empty, blank or punctuation-only queries and for nonsense', () => {
    for (const query of ['', '   ', '\n\t', '!!!', '—', 'zzqxj']) {
      expect(index.search(query)).toEqual([]);
    }
  });

  it('copes with huge and punctuation-laden queries without throwing', () => {
    expect(() => index.search('a'.repeat(10_000))).not.toThrow();
    expect(() => index.search('anna '.repeat(2_000))).not.toThrow();
    expect(() => index.search('(*anna?) [lars] {+}\\ ^$ | .* %s \u0000')).not.toThrow();
    expect(ids(index.search(`Lars ${'!'.repeat(10_000)}`))).toEqual(['lars']);
  });

  it('respects the limit, 8 by default', () => {
    const many = createSearchIndex(
      Array.from({ length: 30 }, (_, i) => doc(`p${i}`, `Zhang Person ${i}`)),
    );
    expect(many.search('zhang')).toHaveLength(8);
    expect(many.search('zhang', 3)).toHaveLength(3);
    expect(many.search('zhang', 0)).toEqual([]);
  });

  it('lists each entity at most once even when label, alias and role all match', () => {
    const hits = index.search('hanna', 10);
    expect(ids(hits).filter((id) => id === 'hanna')).toHaveLength(1);
    expect(hit(hits, 'hanna')?.match).toBe('exact');
  });

  it('refuses duplicate ids with a message naming the id', () => {
    expect(() => createSearchIndex([doc('x', 'One'), doc('x', 'Two')])).toThrow(/"x"/);
  });
});

describe('search over the real dataset', () => {
  let index: SearchIndex;
  let order = 0;

  beforeAll(() => {
    const result = readDatasetFile(DEFAULT_DATASET);
    if (!result.ok) {
      const first = result.problems[0];
      throw new Error(`${DEFAULT_DATASET} is not valid: ${first?.path}: ${first?.message}`);
    }
    const graph = buildGraph(result.dataset, { layout: false });
    order = graph.order;
    index = createSearchIndex(searchDocsFromGraph(graph));
  });

  const firstLabel = (query: string) => index.search(query)[0]?.label;
  const labels = (query: string) => index.search(query).map((hit) => hit.label);

  it('indexes one document per entity', () => {
    expect(index.size).toBe(order);
  });

  it.each([
    ['Kristalína', 'Kristalina Georgieva'],
    ['kristalina georgieva', 'Kristalina Georgieva'],
    ['he lifeng', 'He Lifeng'],
    ['HE LIFENG', 'He Lifeng'],
    ['He', 'He Lifeng'],
    ['Ma', 'Ma Zhaoxu'],
  ])('finds %j regardless of case and accents: %s first', (query, label) => {
    expect(firstLabel(query)).toBe(label);
  });

  it.each([
    ['Besent', 'Scott Bessent'],
    ['Georgiva', 'Kristalina Georgieva'],
    ['Klingbiel', 'Lars Klingbeil'],
    ['Dombrovsky', 'Valdis Dombrovskis'],
  ])('forgives the typo in %j: %s first', (query, label) => {
    expect(firstLabel(query)).toBe(label);
  });

  it.each([
    ['Treasury Secretary', 'Scott Bessent'],
    ['Trade Representative', 'Jamieson Greer'],
  ])('finds people by role title: %j → %s', (query, label) => {
    expect(labels(query)).toContain(label);
  });

  it('finds the IMF by its short and its long name', () => {
    const short = index.search('IMF')[0];
    const long = index.search('International Monetary Fund')[0];
    expect(short?.match).toBe('exact');
    expect(long?.match).toBe('exact');
    expect(short?.id).toBe(long?.id);
  });

  it('lists each entity at most once and never more than the limit', () => {
    for (const query of ['trade', 'china', 'secretary', 'minister', 'us', 'a', 'he', 'ma']) {
      const hits = index.search(query, 20);
      expect(hits.length).toBeLessThanOrEqual(20);
      expect(new Set(ids(hits)).size).toBe(hits.length);
      expect(index.search(query).length).toBeLessThanOrEqual(8);
    }
  });

  it('finds nothing for nonsense', () => {
    expect(index.search('zzqxj')).toEqual([]);
  });
});

describe('createSearchIndexAsync', () => {
  it('builds in chunks and answers exactly like the synchronous index', async () => {
    const docs = Array.from({ length: 2500 }, (_, i) => ({
      id: `e${i}`,
      label: `Entity number ${i}`,
      kind: i % 2 ? 'person' : 'organization',
      aliases: [`E${i}`],
      roles: [],
    }));
    const sync = createSearchIndex(docs);
    const chunked = await createSearchIndexAsync(docs, 300);
    expect(chunked.size).toBe(2500);
    for (const query of ['Entity number 1234', 'e77', 'numbr 5', 'zzqxj']) {
      expect(chunked.search(query)).toEqual(sync.search(query));
    }
  });
});

describe('queries with words thousands of entities hold', () => {
  // More entities hold "trade" and "summit" than the index scores per word; the rare word decides.
  const index = createSearchIndex([
    ...Array.from({ length: 3000 }, (_, i) => doc(`t${i}`, `Trade summit ${i}`, [], ['Delegate'])),
    doc('nolun', 'Nolun trade summit 2025'),
    doc('chief', 'Pavel Ornaris', [], ['Chief trade negotiator']),
  ]);

  it('finds the one entity holding every word, exactly, with a typo, or by role', () => {
    expect(index.search('Nolun trade summit 2025')[0]).toMatchObject({
      id: 'nolun',
      match: 'exact',
    });
    expect(index.search('Nolun trade sumit')[0]).toMatchObject({ id: 'nolun', match: 'fuzzy' });
    expect(index.search('trade Nolan')[0]?.id).toBe('nolun');
    expect(index.search('chief trade negotiator')[0]).toMatchObject({
      id: 'chief',
      match: 'exact',
    });
  });

  it('still fills the limit from the common words alone, shortest labels first', () => {
    const hits = index.search('summit', 20);
    expect(hits).toHaveLength(20);
    expect(hits.every((hit) => hit.match === 'prefix')).toBe(true);
    expect(index.search('trade 2999')[0]).toMatchObject({ id: 't2999', match: 'prefix' });
  });
});

describe('following changes to the graph', () => {
  it('finds a renamed entity by its new name only, and forgets a removed one', () => {
    const index = createSearchIndex([doc('xinhua', 'Xinhua'), doc('reuters', 'Reuters')]);
    index.update([doc('xinhua', 'New China News Agency', ['Xinhua news'])], []);
    expect(index.search('new china')[0]?.id).toBe('xinhua');
    expect(index.search('xinhua news')[0]).toMatchObject({ id: 'xinhua', match: 'exact' });
    expect(index.search('Xinhua').map((h) => h.matchedText)).not.toContain('Xinhua');
    index.update([], ['reuters']);
    expect(index.search('reuters')).toEqual([]);
    expect(index.size).toBe(1);
    index.update([doc('cctv', 'China Central Television', ['CCTV'])], []);
    expect(index.search('cctv')[0]).toMatchObject({ id: 'cctv', match: 'exact' });
    expect(index.size).toBe(2);
  });
});
