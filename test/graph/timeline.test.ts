// The timeline: dated relations as bands over their day, month or year, in time order, with a
// padded domain, readable month ticks, and days for turning a brushed span into a filter.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import {
  dateSpan,
  monthTicks,
  type TimelineItem,
  timelineDomain,
  timelineItems,
  toIsoDay,
} from '../../src/graph/timeline';
import { miniDataset } from '../fixtures/mini-dataset';

const graph = buildGraph(miniDataset(), { layout: false });
const DAY = 86_400_000;

describe('dateSpan', () => {
  it('covers a whole day, month or year in UTC', () => {
    expect(dateSpan('2025-05-22')).toEqual({
      start: Date.UTC(2025, 4, 22),
      end: Date.UTC(2025, 4, 23) - 1,
    });
    expect(dateSpan('2025-05')).toEqual({
      start: Date.UTC(2025, 4, 1),
      end: Date.UTC(2025, 5, 1) - 1,
    });
    expect(dateSpan('2024-02').end).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
    expect(dateSpan('2025')).toEqual({
      start: Date.UTC(2025, 0, 1),
      end: Date.UTC(2026, 0, 1) - 1,
    });
  });
  it('throws, naming the call, on something that is not a date', () => {
    expect(() => dateSpan('2025-13')).toThrow('dateSpan: "2025-13" is not a date');
    expect(() => dateSpan('2025-02-30')).toThrow('dateSpan');
  });
});

describe('timelineItems', () => {
  it('gives an item for each dated relation only, sorted by start', () => {
    const items = timelineItems(graph);
    // r2 (May 2025) starts on 1 May, before r1 (22 May); r3 and r4 have no date.
    expect(items.map((i) => i.edge)).toEqual(['r2', 'r1']);
  });

  it('draws a month-precision date as a band over the whole month', () => {
    const r2 = timelineItems(graph).find((i) => i.edge === 'r2');
    expect(r2).toEqual<TimelineItem>({
      edge: 'r2',
      start: Date.UTC(2025, 4, 1),
      end: Date.UTC(2025, 5, 1) - 1,
      precision: 'month',
      approximate: true,
      tone: 'verbal-conflict',
      kind: 'criticism',
      label: 'criticised',
      source: 'ana',
      target: 'bo',
    });
    const r1 = timelineItems(graph).find((i) => i.edge === 'r1');
    expect(r1).toMatchObject({
      precision: 'day',
      approximate: false,
      start: Date.UTC(2025, 4, 22),
    });
    expect(r1?.end).toBe(Date.UTC(2025, 4, 22) + DAY - 1);
  });

  it('breaks ties of start by edge id and keeps only the visible edges when given', () => {
    const g = graph.copy();
    g.addUndirectedEdgeWithKey('r0', 'ana', 'bo', {
      kind: 'call',
      label: 'called',
      date: '2025',
      evidence: [],
    });
    g.addUndirectedEdgeWithKey('q9', 'ana', 'land', {
      kind: 'call',
      label: 'x',
      date: '2025-05',
      evidence: [],
    });
    g.addUndirectedEdgeWithKey('junk', 'ana', 'land', {
      kind: 'call',
      label: 'x',
      date: 'soon',
      evidence: [],
    });
    expect(timelineItems(g).map((i) => [i.edge, i.precision])).toEqual([
      ['r0', 'year'],
      ['q9', 'month'],
      ['r2', 'month'],
      ['r1', 'day'],
    ]);
    expect(timelineItems(g, new Set(['r1', 'r3'])).map((i) => i.edge)).toEqual(['r1']);
  });
});

describe('timelineDomain', () => {
  it('is null when there is nothing dated', () => {
    expect(timelineDomain([])).toBeNull();
    expect(timelineDomain(timelineItems(graph, new Set(['r3', 'r4'])))).toBeNull();
  });

  it('covers every item with a little room on each side', () => {
    const items = timelineItems(graph);
    const domain = timelineDomain(items);
    expect(domain).not.toBeNull();
    if (!domain) return;
    expect(domain.start).toBeLessThan(Date.UTC(2025, 4, 1));
    expect(domain.end).toBeGreaterThan(Date.UTC(2025, 5, 1) - 1);
    expect(domain.start).toBeGreaterThan(Date.UTC(2025, 3, 1));
    expect(domain.end).toBeLessThan(Date.UTC(2025, 6, 1));
  });
});

describe('monthTicks', () => {
  it('marks month starts inside the domain, naming the year on the first and on January', () => {
    const domain = { start: Date.UTC(2025, 3, 20), end: Date.UTC(2026, 1, 10) };
    const ticks = monthTicks(domain);
    for (const tick of ticks) {
      expect(tick.time).toBeGreaterThanOrEqual(domain.start);
      expect(tick.time).toBeLessThanOrEqual(domain.end);
    }
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(10);
    expect(ticks[0]?.label).toBe('May 2025');
    expect(ticks.map((t) => t.label)).toContain('Jan 2026');
    expect(ticks.some((t) => /^[A-Z][a-z]{2}$/.test(t.label))).toBe(true);
  });

  it('uses every month when there is room, and wider steps or years for long spans', () => {
    const sixMonths = monthTicks({ start: Date.UTC(2025, 4, 1), end: Date.UTC(2025, 9, 31) });
    expect(sixMonths.map((t) => t.label)).toEqual(['May 2025', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct']);
    const decade = monthTicks({ start: Date.UTC(2015, 5, 1), end: Date.UTC(2025, 5, 1) });
    expect(decade.length).toBeLessThanOrEqual(10);
    expect(decade.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    const century = monthTicks({ start: Date.UTC(1925, 0, 1), end: Date.UTC(2025, 0, 1) }, 6);
    expect(century.length).toBeGreaterThanOrEqual(2);
    expect(century.length).toBeLessThanOrEqual(6);
  });

  it('falls back to day ticks for a span shorter than a month', () => {
    const domain = { start: Date.UTC(2025, 4, 20, 12), end: Date.UTC(2025, 4, 26) };
    const ticks = monthTicks(domain);
    expect(ticks.map((t) => t.label)).toEqual([
      '21 May',
      '22 May',
      '23 May',
      '24 May',
      '25 May',
      '26 May',
    ]);
  });

  it('rejects a domain that runs backwards', () => {
    expect(() => monthTicks({ start: 2, end: 1 })).toThrow('monthTicks');
  });
});

describe('toIsoDay', () => {
  it('gives the UTC day of a time', () => {
    expect(toIsoDay(Date.UTC(2025, 4, 22))).toBe('2025-05-22');
    expect(toIsoDay(Date.UTC(2025, 4, 22, 23, 59, 59, 999))).toBe('2025-05-22');
    expect(toIsoDay(Date.UTC(2024, 1, 29, 1))).toBe('2024-02-29');
    expect(() => toIsoDay(Number.NaN)).toThrow('toIsoDay');
  });
});
