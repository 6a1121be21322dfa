// Where proposed entities linked to nothing already in the graph go. In a story's first article
// (an empty graph) they are set on a ring (an ellipse, wider than tall) filling the graph's space,
// the one linked to most of the others at its centre and the rest in the order their links reach
// them, so each proposed relation is a line of its own (set out one under the other, every
// relation between them ran along the same line, in the overlay and in the story once accepted). Beside a graph, the few a
// later article brings line up in its upper-left corner (sigma draws larger y higher), one under
// the other so their names do not run into each other, clear of the legend bottom-left. Pure
// and deterministic.

type Point = { x: number; y: number };
export type Extent = { minX: number; maxX: number; minY: number; maxY: number; span: number };
type Link = { source: string; target: string };

/** Beside a graph, entities linked to nothing known are set out in columns of at most this many. */
const COLUMN_ROWS = 8;
/** How far apart those columns stand, in rows: room for a name of some 15 characters on a
 * fitted stage (three rows let the first column's names run into the second's rings). */
const COLUMN_GAP = 5;

/** Each id's neighbours among `ids`, by the links between two of them. */
function neighbourMap(ids: readonly string[], links: readonly Link[]): Map<string, string[]> {
  const among = new Set(ids);
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { source, target } of links) {
    if (source === target || !among.has(source) || !among.has(target)) continue;
    neighbours.get(source)?.push(target);
    neighbours.get(target)?.push(source);
  }
  return neighbours;
}

/** The ids in the order a breadth-first walk from the best-linked reaches them; unlinked last. */
export function ringOrder(ids: readonly string[], links: readonly Link[]): string[] {
  const neighbours = neighbourMap(ids, links);
  const degree = (id: string) => new Set(neighbours.get(id)).size;
  const byDegree = [...ids].sort((a, b) => degree(b) - degree(a)); // stable: ties keep draft order
  const order: string[] = [];
  const seen = new Set<string>();
  for (const start of byDegree) {
    if (seen.has(start) || degree(start) === 0) continue;
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const id = queue.shift() as string;
      order.push(id);
      for (const next of neighbours.get(id) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...order, ...ids.filter((id) => !seen.has(id))];
}

/**
 * Positions for `ids` (entities with no known neighbour). `empty` says the graph has no node yet;
 * `offset` is the spacing the rest of the placement uses.
 */
export function placeLoose(
  ids: readonly string[],
  links: readonly Link[],
  extent: Extent,
  offset: number,
  empty: boolean,
): Map<string, Point> {
  const placed = new Map<string, Point>();
  if (ids.length === 0) return placed;
  const corner = { x: extent.minX + offset / 2, y: extent.maxY - offset / 2 };
  if (!empty || ids.length === 1) {
    ids.forEach((id, i) => {
      placed.set(id, {
        x: corner.x + COLUMN_GAP * offset * Math.floor(i / COLUMN_ROWS),
        y: corner.y - offset * (i % COLUMN_ROWS),
      });
    });
    return placed;
  }
  const order = ringOrder(ids, links);
  const hubLinks = new Set(neighbourMap(ids, links).get(order[0] as string)).size;
  const hub = ids.length >= 4 && hubLinks >= 2 ? order[0] : undefined;
  const onRing = hub === undefined ? order : order.slice(1);
  // wider than tall: a name is drawn to the right of its entity, so the two places side by side
  // at the bottom of the ring need room across for the left one's name (the stage is landscape
  // more often than not; the camera fits whatever shape to it)
  const across = extent.span * 0.48;
  const down = extent.span * 0.3;
  const centre = { x: (extent.minX + extent.maxX) / 2, y: (extent.minY + extent.maxY) / 2 };
  if (hub !== undefined) placed.set(hub, centre);
  // an odd number of places, so no two face each other across the hub at the centre
  const places = onRing.length % 2 === 0 ? onRing.length + 1 : onRing.length;
  onRing.forEach((id, i) => {
    // from near the top, clockwise on screen; a quarter of a step round, so that no two places
    // mirror each other across the upright (they would stand at the same height, names touching)
    const angle = Math.PI / 2 - (2 * Math.PI * (i + 0.25)) / places;
    placed.set(id, {
      x: centre.x + across * Math.cos(angle),
      y: centre.y + down * Math.sin(angle),
    });
  });
  return placed;
}
