import { describe, expect, it } from 'vitest';
import { placeLoose, ringOrder } from '../../src/workspace/loose-layout';

const empty = { minX: -1, maxX: 1, minY: -1, maxY: 1, span: 2 };
// a strike story's first article: a union linked to everyone, two more links besides
const ids = ['union', 'employers', 'leader', 'minister', 'chairman', 'premier', 'commission'];
const links = [
  { source: 'union', target: 'employers' },
  { source: 'union', target: 'leader' },
  { source: 'chairman', target: 'union' },
  { source: 'premier', target: 'leader' },
  { source: 'minister', target: 'employers' },
  { source: 'premier', target: 'premier' },
];

type P = { x: number; y: number };
/** Whether c lies on the segment a–b (within a small tolerance). */
const onSegment = (a: P, b: P, c: P) => {
  const cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  const within =
    Math.min(a.x, b.x) - 1e-9 <= c.x &&
    c.x <= Math.max(a.x, b.x) + 1e-9 &&
    Math.min(a.y, b.y) - 1e-9 <= c.y &&
    c.y <= Math.max(a.y, b.y) + 1e-9;
  return Math.abs(cross) < 1e-9 && within;
};

describe('placing proposed entities linked to nothing in the graph', () => {
  it('orders them from the best-linked outwards, the unlinked last', () => {
    expect(ringOrder(ids, links)).toEqual([
      'union',
      'employers',
      'leader',
      'chairman',
      'minister',
      'premier',
      'commission',
    ]);
  });

  it('gives each relation a line of its own: no entity on another pair’s line, none on the same spot', () => {
    const at = placeLoose(ids, links, empty, 0.16, true);
    expect([...at.keys()].sort()).toEqual([...ids].sort());
    const points = ids.map((id) => at.get(id) as P);
    const spots = new Set(points.map((p) => `${p.x.toFixed(6)},${p.y.toFixed(6)}`));
    expect(spots.size).toBe(ids.length);
    for (const { source, target } of links) {
      if (source === target) continue;
      const a = at.get(source) as P;
      const b = at.get(target) as P;
      for (const id of ids) {
        if (id === source || id === target) continue;
        expect(onSegment(a, b, at.get(id) as P), `${id} on ${source}–${target}`).toBe(false);
      }
    }
  });

  it('puts the best-linked at the centre of an empty graph’s space, the rest around it inside it', () => {
    const at = placeLoose(ids, links, empty, 0.16, true);
    expect(at.get('union')).toEqual({ x: 0, y: 0 });
    for (const p of at.values()) expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(1);
  });

  it('sets names side by side far enough apart across for the left one’s name (drawn to its right)', () => {
    const many = ['hub', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const star = many.slice(1).map((id) => ({ source: 'hub', target: id }));
    const at = [...placeLoose(many, star, empty, 0.16, true).values()];
    const height = Math.max(...at.map((p) => p.y)) - Math.min(...at.map((p) => p.y));
    const width = Math.max(...at.map((p) => p.x)) - Math.min(...at.map((p) => p.x));
    expect(width).toBeGreaterThan(1.4 * height);
    // two places at about the same height (within a tenth of the ring's height) stand at least a
    // third of the ring's height apart across: a name of some 15 characters on a fitted stage
    for (const p of at)
      for (const q of at)
        if (p !== q && Math.abs(p.y - q.y) < height / 10)
          expect(Math.abs(p.x - q.x)).toBeGreaterThan(height / 3);
  });

  it('beside a graph, lines them up in its upper-left corner, one under the other', () => {
    const extent = { minX: 0, maxX: 100, minY: 0, maxY: 100, span: 100 };
    const at = placeLoose(ids, links, extent, 8, false);
    const points = ids.map((id) => at.get(id) as P);
    // one column, names one under the other a line apart, inside the extent's upper half
    expect(new Set(points.map((p) => p.x))).toEqual(new Set([4]));
    expect(points.map((p) => p.y)).toEqual([96, 88, 80, 72, 64, 56, 48]);
    // a ninth starts a second column, at the top
    const nine = [...ids, 'h', 'i'];
    const second = placeLoose(nine, links, extent, 8, false).get('i');
    expect(second).toEqual({ x: 44, y: 96 });
  });

  it('puts a lone entity in the corner, and nothing for no entity', () => {
    expect(placeLoose(['solo'], [], empty, 0.16, true).get('solo')).toEqual({ x: -0.92, y: 0.92 });
    expect(placeLoose([], links, empty, 0.16, true).size).toBe(0);
  });
});
