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
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const fitted = fitLabel(label, room, (text) => context.measureText(text).width);
  return fitted === label ? data : { ...data, label: fitted };
}
