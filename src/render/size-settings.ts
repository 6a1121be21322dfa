// The renderer's settings that change with the graph's size: what a big graph leaves out while
// the camera moves, which names show, whether relations are picked.
import type { Settings } from 'sigma/settings';
import { THIN_EDGES_ABOVE } from '../graph/edge-style';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import { WHOLE_IN_VIEW_UP_TO } from './opening-camera';

type ParleySettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** How large (px) a node must be drawn for its name to show, in a graph neither small nor big. */
export const LABEL_THRESHOLD = 9;

/** How many names sigma's label grid keeps in each of its cells (120 px), at the camera's own
 * scale, in a graph that is not small. */
export const LABEL_DENSITY = 0.6;

/** Above this many relations, edges are not picked (hover and click): no one aims at one there. */
export const EDGE_EVENTS_MAX = 20_000;

/** Above 10k nodes or 50k edges: hide edges and labels while the camera moves; highlight on an overlay. */
export function isBigGraph(order: number, size: number): boolean {
  return order > 10_000 || size > 50_000;
}

/** Thin lines and big graphs draw the highlight, with its relation's name, on an overlay. */
export function highlightOnOverlay(order: number, size: number): boolean {
  return size > THIN_EDGES_ABOVE || isBigGraph(order, size);
}

/**
 * Settings that change with the graph's size: big graphs hide edges and labels while the camera
 * moves and draw fewer labels, small ones every label; edges are picked (hover and click) up to
 * EDGE_EVENTS_MAX. Where the overlay names the highlighted relation, sigma has no relation name
 * to draw, and would still walk the relations of every named node on each frame to find none.
 */
export function settingsForSize(order: number, size: number): Partial<ParleySettings> {
  const big = isBigGraph(order, size);
  return {
    renderEdgeLabels: !highlightOnOverlay(order, size),
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    enableEdgeEvents: size <= EDGE_EVENTS_MAX,
    ...labelSettings(order, size),
  };
}

/**
 * How large a node must be drawn for its name to show: every name in a small story (a first
 * article's dozen entities, the least linked drawn smallest), the biggest first in a larger graph
 * and the biggest only in a big one. sigma's label grid keeps names from overlapping either way.
 */
export function labelThreshold(order: number, size: number): number {
  if (isBigGraph(order, size)) return 14;
  if (order <= WHOLE_IN_VIEW_UP_TO) return 0;
  return LABEL_THRESHOLD;
}

/**
 * How many names a cell of sigma's label grid keeps: in a small story, all of them. The grid keeps
 * the biggest of a cell's names and hides the rest, and on a touch screen there is no hovering over
 * a dot to learn whose it is; a small story's layout keeps its names apart instead.
 */
export function labelDensity(order: number): number {
  return order <= WHOLE_IN_VIEW_UP_TO ? Number.POSITIVE_INFINITY : LABEL_DENSITY;
}

/** The label settings that follow the graph's size (applied again as a story grows or shrinks). */
export function labelSettings(
  order: number,
  size: number,
): Pick<ParleySettings, 'labelRenderedSizeThreshold' | 'labelDensity'> {
  return {
    labelRenderedSizeThreshold: labelThreshold(order, size),
    labelDensity: labelDensity(order),
  };
}
