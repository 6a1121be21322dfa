// Where the timeline puts its marks: same-day relations stack in lanes of their own, zoomed in
// they carry their names and no name runs over another mark; zoomed out they are plain dots.
import { describe, expect, it } from 'vitest';
import { DAY_MS, type TimelineItem } from '../../../src/graph/timeline';
import { assignLanes, layoutMarks, TRACKS } from '../../../src/ui/timeline/layout';

function day(edge: string, d: number, label = edge): TimelineItem {
  const start = Date.UTC(2025, 4, d);
  return {
    edge,
    start,
    end: start + DAY_MS - 1,
    precision: 'day',
    approximate: false,
    tone: null,
    kind: 'call',
    label,
    source: 'a',
    target: 'b',
  };
}
const may = (edge: string): TimelineItem => ({
  ...day(edge, 1),
  end: Date.UTC(2025, 5, 1) - 1,
  precision: 'month',
});

const ITEMS = [
  day('g1', 10, 'China took part in Geneva talks'),
  day('g2', 10, 'United States took part in Geneva talks'),
  day('c1', 22, 'Ma Zhaoxu spoke by phone with Christopher Landau'),
  day('c2', 22, 'Ma Zhaoxu took part in the call'),
  day('c3', 22, 'Christopher Landau took part in the call'),
  may('m1'),
];
const options = {
  width: 800,
  pad: 16,
  top: 26,
  labelDayPx: 14,
  label: (item: TimelineItem) => item.label,
  charPx: 5.6,
};
const zoomedOut = { start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 11, 1) };
const zoomedIn = { start: Date.UTC(2025, 4, 5), end: Date.UTC(2025, 4, 30) };

describe('assignLanes', () => {
  it('puts overlapping spans in separate lanes and reuses a lane once it is free', () => {
    expect(
      assignLanes([
        { x0: 0, x1: 20 },
        { x0: 5, x1: 30 },
        { x0: 40, x1: 50 },
      ]),
    ).toEqual([0, 1, 0]);
  });
});

describe('layoutMarks', () => {
  it('zoomed out: plain dots, same-day ones one above the other', () => {
    const { marks, labelled } = layoutMarks(ITEMS, zoomedOut, options);
    expect(labelled).toBe(false);
    expect(marks.every((m) => m.text === '')).toBe(true);
    const c = marks.filter((m) => m.item.edge.startsWith('c'));
    expect(new Set(c.map((m) => m.x0)).size).toBe(1);
    expect(new Set(c.map((m) => m.y)).size).toBe(3);
    // the month band goes below the day track, over its whole month
    const band = marks.find((m) => m.item.edge === 'm1');
    expect(band?.y).toBeGreaterThan(Math.max(...c.map((m) => m.y)));
    expect((band?.x1 ?? 0) - (band?.x0 ?? 0)).toBeGreaterThan(40);
  });

  it('zoomed in: each day mark has its name and a lane where the name does not touch another', () => {
    const { marks, labelled } = layoutMarks(ITEMS, zoomedIn, options);
    expect(labelled).toBe(true);
    const days = marks.filter((m) => m.item.precision === 'day');
    expect(days.map((m) => m.text)).toEqual(ITEMS.slice(0, 5).map((i) => i.label));
    for (const a of days)
      for (const b of days) {
        if (a === b || a.y !== b.y) continue;
        expect(a.x1 < b.x0 || b.x1 < a.x0).toBe(true);
      }
    // Geneva (10 May) and the call (22 May) are far apart
    const g = days.find((m) => m.item.edge === 'g1')!;
    const c = days.find((m) => m.item.edge === 'c1')!;
    expect(c.x0 - g.x0).toBeGreaterThan(300);
    expect(c.y - days[0]!.y).toBeLessThan(TRACKS.labelled.lane * 3);
  });

  it('leaves out what is outside the view', () => {
    const view = { start: Date.UTC(2025, 4, 20), end: Date.UTC(2025, 4, 27) };
    const edges = layoutMarks(ITEMS, view, options).marks.map((m) => m.item.edge);
    expect(edges).toEqual(['c1', 'c2', 'c3', 'm1']);
  });
});
