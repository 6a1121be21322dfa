// What is shown: filters by entity kind, relation kind, source, date, "as of" a day and the
// number of sources backing a relation; their pure producers, the visible node and edge sets
// they give, facet counts, and their URL ⇄ state encoding.
import type { Evidence } from '../data/schema';
import { sourceCount } from '../graph/corroboration';
import { dateSpan, spanOverlaps, type TimeDomain, tryDateSpan } from '../graph/timeline';
import type { EdgeAttributes, ParleyGraph } from '../graph/types';
import type { Producer } from './store';

export type Filters = {
  hiddenEntityKinds: ReadonlySet<string>;
  hiddenRelationKinds: ReadonlySet<string>;
  /** Source (article) ids. */
  hiddenSources: ReadonlySet<string>;
  /** ISO prefix, inclusive: a relation is kept if its date span overlaps [dateFrom, dateTo]. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Undated relations stay visible unless the person hides them. */
  hideUndated: boolean;
  /**
   * The graph as it stood on this day (an ISO prefix, inclusive): relations dated after it are
   * hidden, by the same overlap rule as the date range. Null: no "as of".
   */
  asOf: string | null;
  /** With "as of" on, undated relations are kept unless the person chooses to hide them. */
  asOfHideUndated: boolean;
  /** Keep only relations whose evidence comes from at least this many distinct sources. */
  minSources: number;
};

export const DEFAULT_FILTERS: Filters = Object.freeze({
  hiddenEntityKinds: new Set<string>(),
  hiddenRelationKinds: new Set<string>(),
  hiddenSources: new Set<string>(),
  dateFrom: null,
  dateTo: null,
  hideUndated: false,
  asOf: null,
  asOfHideUndated: false,
  minSources: 1,
});

/** The most sources the "Backed by at least" filter accepts (a URL cannot ask for more). */
export const MAX_MIN_SOURCES = 99;

export function hasRelationFilters(f: Filters): boolean {
  return (
    f.hiddenRelationKinds.size > 0 ||
    f.hiddenSources.size > 0 ||
    f.dateFrom !== null ||
    f.dateTo !== null ||
    f.hideUndated ||
    f.asOf !== null ||
    f.minSources > 1
  );
}

export function isDefaultFilters(f: Filters): boolean {
  return f.hiddenEntityKinds.size === 0 && !f.asOfHideUndated && !hasRelationFilters(f);
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

/**
 * Whether two filters show the same thing. A link read back gives new objects for the same
 * filters; keeping the current object then spares every view a redraw (and the URL a rewrite).
 */
export function filtersEqual(a: Filters, b: Filters): boolean {
  return (
    a === b ||
    (sameSet(a.hiddenEntityKinds, b.hiddenEntityKinds) &&
      sameSet(a.hiddenRelationKinds, b.hiddenRelationKinds) &&
      sameSet(a.hiddenSources, b.hiddenSources) &&
      a.dateFrom === b.dateFrom &&
      a.dateTo === b.dateTo &&
      a.hideUndated === b.hideUndated &&
      a.asOf === b.asOf &&
      a.asOfHideUndated === b.asOfHideUndated &&
      a.minSources === b.minSources)
  );
}

/** Replaces the filters with `next`, unless they already show the same thing. */
export const replaceFilters =
  (next: Filters): Producer<Filters> =>
  (f) =>
    filtersEqual(f, next) ? f : next;

// ---------------------------------------------------------------------------------------------
// Producers

function toggled(set: ReadonlySet<string>, value: string): Set<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export const toggleEntityKind =
  (kind: string): Producer<Filters> =>
  (f) => ({ ...f, hiddenEntityKinds: toggled(f.hiddenEntityKinds, kind) });

export const toggleRelationKind =
  (kind: string): Producer<Filters> =>
  (f) => ({ ...f, hiddenRelationKinds: toggled(f.hiddenRelationKinds, kind) });

export const toggleSource =
  (source: string): Producer<Filters> =>
  (f) => ({ ...f, hiddenSources: toggled(f.hiddenSources, source) });

/** True when `from` starts after `to` ends, so [from, to] holds no time at all. */
function isReversed(from: TimeDomain, to: TimeDomain): boolean {
  return from.start > to.end;
}

/**
 * Sets the date range (either end may be null: open). A reversed range ("2025-10" … "2025-05")
 * is swapped rather than refused: the person meant the span between the two dates.
 * Throws when a date is not a real ISO prefix.
 */
export const setDateRange = (from: string | null, to: string | null): Producer<Filters> => {
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== null && tryDateSpan(value) === null)
      throw new Error(`setDateRange: ${name} "${String(value).slice(0, 40)}" is not a date`);
  }
  const [dateFrom, dateTo] =
    from !== null && to !== null && isReversed(dateSpan(from), dateSpan(to))
      ? [to, from]
      : [from, to];
  return (f) => (f.dateFrom === dateFrom && f.dateTo === dateTo ? f : { ...f, dateFrom, dateTo });
};

export const setHideUndated =
  (hide: boolean): Producer<Filters> =>
  (f) =>
    f.hideUndated === hide ? f : { ...f, hideUndated: hide };

/** Shows the graph as it stood on a day (an ISO prefix); null turns "as of" off. */
export const setAsOf = (asOf: string | null): Producer<Filters> => {
  if (asOf !== null && tryDateSpan(asOf) === null)
    throw new Error(`setAsOf: "${String(asOf).slice(0, 40)}" is not a date`);
  return (f) => (f.asOf === asOf ? f : { ...f, asOf });
};

export const setAsOfHideUndated =
  (hide: boolean): Producer<Filters> =>
  (f) =>
    f.asOfHideUndated === hide ? f : { ...f, asOfHideUndated: hide };

/** Keeps relations backed by at least `count` distinct sources (1 or less: all of them). */
export const setMinSources = (count: number): Producer<Filters> => {
  if (!Number.isFinite(count))
    throw new Error(`setMinSources: ${String(count)} is not a number of sources`);
  const minSources = Math.min(MAX_MIN_SOURCES, Math.max(1, Math.floor(count)));
  return (f) => (f.minSources === minSources ? f : { ...f, minSources });
};

export const resetFilters = (): Producer<Filters> => (f) =>
  isDefaultFilters(f) ? f : DEFAULT_FILTERS;

// ---------------------------------------------------------------------------------------------
// The date rule, shared by the date range, "as of", the timeline and Play

/** The time a relation's date must overlap, and whether an undated relation passes. */
export type DateWindow = { start: number; end: number; keepUndated: boolean };

/**
 * The window the date filters leave open: from the range's start to the earlier of its end and
 * the "as of" day's end. `options.ignore` leaves out the range or "as of" (the timeline draws
 * what either would hide, faded).
 */
export function dateWindow(
  f: Filters,
  options: { ignoreRange?: boolean; ignoreAsOf?: boolean } = {},
): DateWindow {
  const useRange = !options.ignoreRange;
  const useAsOf = !options.ignoreAsOf && f.asOf !== null;
  const from = useRange && f.dateFrom !== null ? tryDateSpan(f.dateFrom) : null;
  const to = useRange && f.dateTo !== null ? tryDateSpan(f.dateTo) : null;
  const asOf = useAsOf && f.asOf !== null ? tryDateSpan(f.asOf) : null;
  return {
    start: from?.start ?? -Infinity,
    end: Math.min(to?.end ?? Infinity, asOf?.end ?? Infinity),
    keepUndated: !((useRange && f.hideUndated) || (useAsOf && f.asOfHideUndated)),
  };
}

/**
 * Whether a relation's date passes the window: a dated relation when its span overlaps it (so
 * "2025-05" is shown as of 2025-05-01, and kept by a range that ends on 2025-05-01), an undated
 * one (or one whose date cannot be read, possible in imported graphs) when the window keeps them.
 */
export function datePasses(date: unknown, window: DateWindow): boolean {
  // no bounds and undated kept (the default): everything passes, without reading a date (at
  // 100k relations, reading them all cost 1.6 s of the first frame)
  if (window.keepUndated && window.start === -Infinity && window.end === Infinity) return true;
  const span = typeof date === 'string' ? tryDateSpan(date) : null;
  if (span === null) return window.keepUndated;
  return spanOverlaps(span, window);
}

// ---------------------------------------------------------------------------------------------
// Visible sets and facet counts

export type VisibleSets = { nodes: Set<string>; edges: Set<string> };

export type FacetCount = { total: number; visible: number };
export type FacetCounts = {
  entityKinds: Map<string, FacetCount>;
  relationKinds: Map<string, FacetCount>;
  /** Per source id: how many relations cite it, and how many of those are visible. */
  sources: Map<string, FacetCount>;
  /** The most distinct sources any relation has (at least 1): the top of "Backed by at least". */
  mostSources: number;
};

/** One pass of the filters over the graph: what they leave, and the counts the panels show. */
export type FilterPass = {
  sets: VisibleSets;
  /** Totals and visible counts per entity kind, relation kind and source, in graph order. */
  counts: FacetCounts;
  /** Relations every filter but the date range and "as of" leaves: the dates alone hide them. */
  hiddenByDate: Set<string>;
};

function bump(map: Map<string, FacetCount>, key: string, visible: boolean): void {
  let count = map.get(key);
  if (!count) {
    count = { total: 0, visible: 0 };
    map.set(key, count);
  }
  count.total += 1;
  if (visible) count.visible += 1;
}

/** Whether a relation passes every filter that is not about its date. */
function passesOtherFilters(
  f: Filters,
  attributes: EdgeAttributes,
  sourceKind: string,
  targetKind: string,
): boolean {
  if (f.hiddenRelationKinds.has(attributes.kind)) return false;
  if (f.hiddenEntityKinds.has(sourceKind) || f.hiddenEntityKinds.has(targetKind)) return false;
  const evidence = attributes.evidence ?? [];
  if (
    f.hiddenSources.size > 0 &&
    evidence.length > 0 &&
    evidence.every((e) => f.hiddenSources.has(e.source))
  )
    return false;
  return f.minSources <= 1 || sourceCount(evidence) >= f.minSources;
}

/** Counts one relation under each distinct source its evidence cites; returns how many there are. */
function bumpSources(
  sources: Map<string, FacetCount>,
  attributes: EdgeAttributes,
  shown: boolean,
): number {
  const evidence = attributes.evidence ?? [];
  if (evidence.length === 1) bump(sources, (evidence[0] as Evidence).source, shown);
  if (evidence.length <= 1) return evidence.length;
  const distinct = new Set(evidence.map((e) => e.source));
  for (const source of distinct) bump(sources, source, shown);
  return distinct.size;
}

/**
 * The filters applied to the graph in one pass over its relations and one over its entities,
 * counting as it goes. A relation is visible when its kind is not hidden, one of its sources is
 * not hidden (no evidence counts as visible), it has at least minSources distinct sources, its
 * date passes the date window (datePasses: the range and "as of"), and both endpoints' kinds are
 * shown. An entity is visible when its kind is shown and, if any relation filter is active, it
 * keeps at least one visible relation (so "as of" a day hides the entities with no relation
 * yet). Reads the graph only.
 */
export function filterGraph(graph: ParleyGraph, f: Filters): FilterPass {
  const window = dateWindow(f);
  const counts: FacetCounts = {
    entityKinds: new Map(),
    relationKinds: new Map(),
    sources: new Map(),
    mostSources: 1,
  };
  for (const source of graph.getAttribute('sources') ?? [])
    counts.sources.set(source.id, { total: 0, visible: 0 });
  const edges = new Set<string>();
  const hiddenByDate = new Set<string>();
  const touched = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    let shown = passesOtherFilters(f, attributes, sourceAttributes.kind, targetAttributes.kind);
    if (shown && !datePasses(attributes.date, window)) {
      hiddenByDate.add(edge);
      shown = false;
    }
    bump(counts.relationKinds, attributes.kind, shown);
    const cited = bumpSources(counts.sources, attributes, shown);
    if (cited > counts.mostSources) counts.mostSources = cited;
    if (!shown) return;
    edges.add(edge);
    touched.add(source);
    touched.add(target);
  });

  const relationFiltered = hasRelationFilters(f);
  const nodes = new Set<string>();
  graph.forEachNode((node, { kind }) => {
    const shown = !f.hiddenEntityKinds.has(kind) && (!relationFiltered || touched.has(node));
    bump(counts.entityKinds, kind, shown);
    if (shown) nodes.add(node);
  });
  return { sets: { nodes, edges }, counts, hiddenByDate };
}

/** The nodes and edges the filters leave visible (filterGraph, without its counts). */
export function applyFilters(graph: ParleyGraph, f: Filters): VisibleSets {
  return filterGraph(graph, f).sets;
}

// ---------------------------------------------------------------------------------------------
// URL encoding: the query part of the hash, e.g. ?hide=topic,place&from=2025-05&undated=hide

export const MAX_PARAM_VALUES = 200;
export const MAX_PARAM_VALUE_LENGTH = 200;

const LIST_KEYS = [
  ['hide', 'hiddenEntityKinds'],
  ['hideRel', 'hiddenRelationKinds'],
  ['hideSrc', 'hiddenSources'],
] as const;

// Values are joined by commas, so a comma (and the escape character) inside a value is escaped.
const escapeValue = (value: string) => value.replaceAll('%', '%25').replaceAll(',', '%2C');
const unescapeValue = (value: string) =>
  value.replace(/%(2C|25)/gi, (m) => (m.toUpperCase() === '%2C' ? ',' : '%'));

const quoted = (value: string) => `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;

/** Only the keys that differ from the defaults, values sorted: equal filters give equal strings. */
export function filtersToParams(f: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, field] of LIST_KEYS) {
    const values = [...f[field]].sort();
    if (values.length > 0) params.set(key, values.map(escapeValue).join(','));
  }
  if (f.dateFrom !== null) params.set('from', f.dateFrom);
  if (f.dateTo !== null) params.set('to', f.dateTo);
  if (f.hideUndated) params.set('undated', 'hide');
  if (f.asOf !== null) params.set('asof', f.asOf);
  if (f.asOfHideUndated) params.set('asofUndated', 'hide');
  if (f.minSources > 1) params.set('backed', String(f.minSources));
  return params;
}

function readList(params: URLSearchParams, key: string, problems: string[]): Set<string> {
  const raw = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map(unescapeValue)
    .filter((value) => value !== '');
  const values = new Set<string>();
  let tooLong = 0;
  for (const value of raw) {
    if (value.length > MAX_PARAM_VALUE_LENGTH) tooLong += 1;
    else values.add(value);
  }
  if (tooLong > 0)
    problems.push(
      `${key}: ${tooLong} value${tooLong === 1 ? ' is' : 's are'} longer than ${MAX_PARAM_VALUE_LENGTH} characters and ${tooLong === 1 ? 'was' : 'were'} ignored`,
    );
  if (values.size > MAX_PARAM_VALUES) {
    problems.push(
      `${key} lists ${values.size} values; only the first ${MAX_PARAM_VALUES} were kept`,
    );
    return new Set([...values].slice(0, MAX_PARAM_VALUES));
  }
  return values;
}

function readDate(
  params: URLSearchParams,
  key: 'from' | 'to' | 'asof',
  problems: string[],
): string | null {
  const value = params.get(key);
  if (value === null || value === '') return null;
  if (tryDateSpan(value) !== null) return value;
  problems.push(`${key} ${quoted(value)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  return null;
}

/**
 * Filters from the hash's query. Never throws: a bad value is dropped (or, for a reversed date
 * range, swapped) with a message a person understands; unknown keys are ignored.
 */
export function filtersFromParams(params: URLSearchParams): {
  filters: Filters;
  problems: string[];
} {
  const problems: string[] = [];
  const hiddenEntityKinds = readList(params, 'hide', problems);
  const hiddenRelationKinds = readList(params, 'hideRel', problems);
  const hiddenSources = readList(params, 'hideSrc', problems);
  let dateFrom = readDate(params, 'from', problems);
  let dateTo = readDate(params, 'to', problems);
  if (dateFrom !== null && dateTo !== null && isReversed(dateSpan(dateFrom), dateSpan(dateTo))) {
    problems.push(`from "${dateFrom}" is after to "${dateTo}"; the two dates were swapped`);
    [dateFrom, dateTo] = [dateTo, dateFrom];
  }
  const undated = params.get('undated');
  let hideUndated = false;
  if (undated === 'hide') hideUndated = true;
  else if (undated !== null && undated !== '' && undated !== 'show')
    problems.push(`undated ${quoted(undated)} is not understood (use undated=hide)`);
  const asOf = readDate(params, 'asof', problems);
  const asOfUndated = params.get('asofUndated');
  let asOfHideUndated = false;
  if (asOfUndated === 'hide') asOfHideUndated = true;
  else if (asOfUndated !== null && asOfUndated !== '' && asOfUndated !== 'show')
    problems.push(`asofUndated ${quoted(asOfUndated)} is not understood (use asofUndated=hide)`);
  const backed = params.get('backed');
  let minSources = 1;
  if (backed !== null && backed !== '') {
    const n = /^\d{1,3}$/.test(backed) ? Number(backed) : Number.NaN;
    if (n >= 1 && n <= MAX_MIN_SOURCES) minSources = n;
    else
      problems.push(
        `backed ${quoted(backed)} is not a number of sources (use 1 to ${MAX_MIN_SOURCES})`,
      );
  }
  const filters = {
    hiddenEntityKinds,
    hiddenRelationKinds,
    hiddenSources,
    dateFrom,
    dateTo,
    hideUndated,
    asOf,
    asOfHideUndated,
    minSources,
  };
  return { filters: isDefaultFilters(filters) ? DEFAULT_FILTERS : filters, problems };
}
