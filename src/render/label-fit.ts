// A name that would run past the right edge of the graph ends there with "…" instead of being cut
// off mid-letter by the canvas (on a phone, a long name on the right of a small story); the whole
// name stays in the hover box, the Details panel and the list view.

const ELLIPSIS = '…';
/** The fewest characters a shortened name keeps. */
const MIN_KEPT = 3;

/**
 * `label` as it fits in `room` px, `measure` giving a text's width: the label itself when it
 * fits, else its longest start (at least MIN_KEPT characters, no trailing space) followed by "…".
 * Pure.
 */
export function fitLabel(label: string, room: number, measure: (text: string) => number): string {
  if (label.length <= MIN_KEPT + 1 || measure(label) <= room) return label;
  const shortened = (n: number) => `${label.slice(0, n).trimEnd()}${ELLIPSIS}`;
  let best = MIN_KEPT;
  let low = MIN_KEPT + 1;
  let high = label.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (measure(shortened(middle)) <= room) {
      best = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return shortened(best);
}

type LabelData = { label?: string | null; x: number; size: number };
type LabelSettings = { labelSize: number; labelFont: string; labelWeight: string };

/** The canvas font sigma writes names in, for measuring them as they will be written. */
export const labelFontOf = (settings: LabelSettings) =>
  `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;

/**
 * The node's display data with its name fitted to the room left on the labels canvas, right of
 * where sigma writes it (3 px right of the disc); the same data when the name fits.
 */
export function labelInStage<D extends LabelData>(
  context: CanvasRenderingContext2D,
  data: D,
  settings: LabelSettings,
): D {
  const label = data.label;
  if (!label) return data;
  const room = context.canvas.clientWidth - (data.x + data.size + 3) - 2;
  // no glyph is wider than the font's size: a name that short fits without measuring
  if (room <= 0 || label.length * settings.labelSize <= room) return data;
  context.font = labelFontOf(settings);
  const fitted = fitLabel(label, room, (text) => context.measureText(text).width);
  return fitted === label ? data : { ...data, label: fitted };
}

// --- names that would be written over each other ------------------------------------------------
// sigma writes each name right of its disc whatever is written there already: around a busy node
// (a highlight shows every neighbour's name) and in a small story squeezed beside the proposals
// panel, names ran through each other. A name that would cover one written before it in the same
// frame goes left of its disc, or, when both sides are taken, is left out (its node's hover box
// still shows it). The frame writes the biggest nodes' names first (labelsBiggestFirst).

/** A written name's place on the labels canvas, in px. */
export type NameBox = { left: number; top: number; right: number; bottom: number };

const overlapping = (a: NameBox, b: NameBox) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where a node's name goes: right of its disc, where sigma writes it, unless that covers a name
 * already `written`; else left of it (`widths.left` wide: the whole name, as it is not cut at the
 * right edge there), unless that covers one too, or runs off the canvas's left; else nowhere.
 * `node` in the canvas's px; `widths.right` is the name's width as written on the right. Pure.
 */
export function nameBox(
  node: { x: number; y: number; size: number },
  widths: { right: number; left: number },
  fontSize: number,
  written: readonly NameBox[],
): { side: 'right' | 'left'; box: NameBox } | null {
  // sigma's baseline is a third of the font below the node's centre
  const top = node.y - fontSize / 2;
  const bottom = node.y + fontSize / 2;
  const rightStart = node.x + node.size + 3;
  const right = { left: rightStart, top, right: rightStart + widths.right, bottom };
  if (!written.some((w) => overlapping(w, right))) return { side: 'right', box: right };
  const leftEnd = node.x - node.size - 3;
  const left = { left: leftEnd - widths.left, top, right: leftEnd, bottom };
  if (left.left >= 0 && !written.some((w) => overlapping(w, left)))
    return { side: 'left', box: left };
  return null;
}

// --- which names a frame writes first -----------------------------------------------------------

/** sigma 3's label grid: square cells of the stage, each with its nodes biggest first. */
export type LabelGrid = {
  cells: Record<string, { key: string; size: number }[]>;
  getLabelsToDisplay(ratio: number, density: number): string[];
};

/**
 * The names sigma's label grid chooses (as many of each cell's biggest nodes as the density
 * allows at this zoom, as sigma 3 counts them), biggest node first over the whole stage, not
 * cell after cell: a name that cannot be written clear of the others (nameBox) is then a
 * small node's, not a country's because its cell came later.
 */
export function labelsBiggestFirst(grid: LabelGrid, ratio: number, density: number): string[] {
  const perCell = Math.ceil(density / ratio ** 2);
  const chosen: { key: string; size: number }[] = [];
  for (const cell of Object.values(grid.cells)) chosen.push(...cell.slice(0, perCell));
  chosen.sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1));
  return chosen.map((candidate) => candidate.key);
}
