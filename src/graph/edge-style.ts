// How a relation looks wherever it is drawn (the canvas, the timeline, the legend): its colour by
// tone and its width by how many sources back it. Plain tables, no DOM and no sigma.

/**
 * Above this many relations the canvas draws each as a thin straight line, with no width, arrow
 * or curve: at that density widths and arrowheads no longer read, and in software WebGL they
 * cost three times the frame (1k nodes / 5k relations: pan frame 170 → 60 ms). A highlight
 * there is drawn on the overlay, with widths and arrowheads.
 */
export const THIN_EDGES_ABOVE = 2_000;

/** CAMEO QuadClass colours: greens for cooperation, orange/red for conflict. */
export const TONE_COLORS: Readonly<Record<string, string>> = {
  'verbal-cooperation': '#4f9a55',
  'material-cooperation': '#1d6a2a',
  'verbal-conflict': '#d9822b',
  'material-conflict': '#b3262d',
};
export const UNTONED_EDGE_COLOR = '#c3c9d2';

/**
 * Line width by corroboration: a relation one article mentions is a hairline, one that two
 * report is thicker, three or more thicker still (the legend explains it). Index: sources, capped.
 */
export const CORROBORATION_WIDTHS: readonly number[] = [0.8, 0.8, 1.8, 2.8];

/** The line width of a relation backed by `sources` distinct sources. */
export function corroborationWidth(sources: number): number {
  const widths = CORROBORATION_WIDTHS;
  return widths[Math.min(sources, widths.length - 1)] ?? 1;
}
