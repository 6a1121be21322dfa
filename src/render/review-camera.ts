// The camera while an article is reviewed: it brings what is proposed into the part of the stage
// the review panel leaves free (panning, and zooming out only when it cannot all fit there), and
// keeps a small story whole in view as proposals are accepted. The free area and the move are
// pure functions; the rest is a thin layer over sigma's camera.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { Point } from '../workspace/apply-draft';
import { moveCamera } from './camera-motion';

/** sigma's own camera: the nodes' extent fitted to the whole stage. */
export const SIGMA_FIT: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

type Box = { left: number; top: number; right: number; bottom: number };

/**
 * The part of the stage (in its own pixels) that the review panel leaves free: the largest of the
 * strips left, right, above and below the panel, or the whole stage when the panel is not over it
 * or leaves no strip.
 * Pure; `stage` and `cover` are viewport rectangles.
 */
export function freeArea(stage: Box, cover: Box | null): Box {
  const width = stage.right - stage.left;
  const height = stage.bottom - stage.top;
  const whole = { left: 0, top: 0, right: width, bottom: height };
  if (!cover) return whole;
  const overlaps =
    cover.left < stage.right &&
    cover.right > stage.left &&
    cover.top < stage.bottom &&
    cover.bottom > stage.top;
  if (!overlaps || cover.right <= cover.left) return whole;
  const strips: Box[] = [
    { ...whole, right: cover.left - stage.left },
    { ...whole, left: cover.right - stage.left },
    { ...whole, bottom: cover.top - stage.top },
    { ...whole, top: cover.bottom - stage.top },
  ];
  const size = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
  const best = strips.reduce((most, strip) => (size(strip) > size(most) ? strip : most));
  return size(best) > 0 ? best : whole;
}

/** The room kept right of the points for their names (drawn right of each node), in pixels. */
const NAME_ROOM = 96;

/**
 * Where points may go in the free area so that their names, drawn to their right, stay in it too:
 * the area less room for a short name on its right, never more than two fifths of its width. Pure.
 */
export function roomForNames(area: Box): Box {
  const room = Math.min(NAME_ROOM, 0.4 * Math.max(0, area.right - area.left));
  return { ...area, right: area.right - room };
}

/** How far from the free area's edges a revealed proposal should sit, in pixels. */
const REVEAL_MARGIN = 24;

/**
 * How to bring screen points into the free area: none when all are in it already; else the point
 * to centre in it, and how much to zoom out (1: a pan only) so that they all fit: never in, and
 * out only when the points are wider or taller than the free area (a story's first article, with
 * the review panel over most of the stage). Pure.
 */
export function revealMove(
  screen: readonly Point[],
  area: Box,
): { centre: Point; zoomOut: number } | null {
  if (screen.length === 0) return null;
  const m = REVEAL_MARGIN;
  const xs = screen.map((p) => p.x);
  const ys = screen.map((p) => p.y);
  const box = {
    left: Math.min(...xs),
    right: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
  };
  const inside =
    box.left >= area.left + m &&
    box.right <= area.right - m &&
    box.top >= area.top + m &&
    box.bottom <= area.bottom - m;
  if (inside) return null;
  const room = {
    width: Math.max(1, area.right - area.left - 2 * m),
    height: Math.max(1, area.bottom - area.top - 2 * m),
  };
  const zoomOut = Math.max(
    1,
    (box.right - box.left) / room.width,
    (box.bottom - box.top) / room.height,
  );
  return { centre: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 }, zoomOut };
}

type ParleySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type ReviewCamera = {
  /** A graph point on screen under a camera state (the camera's own by default). */
  screenPoint(p: Point, cameraState?: CameraState): Point;
  /**
   * Brings the points into the free area (revealMove) from the camera's state, or from `start`
   * (then going there even when the points are in view from it).
   */
  reveal(points: Point[], start?: CameraState): void;
  /** Glides the camera to `target`. */
  glide(target: CameraState): void;
};

/** The review's camera over sigma's; `covered` says where the review panel is (null: hidden). */
export function createReviewCamera(
  sigma: ParleySigma,
  covered: () => DOMRect | null,
): ReviewCamera {
  const container = sigma.getContainer();
  // computed from the state given: sigma keeps its matrix only while it has nodes to draw, so in
  // an empty story its own conversion would not follow the camera
  const screenPoint = (p: Point, cameraState = sigma.getCamera().getState()) =>
    sigma.graphToViewport(p, { cameraState });

  // where the camera is gliding to, while a reveal's glide is under way: a reveal that follows
  // at once (the first proposal highlighted as the review opens) starts from there, instead of
  // cancelling the glide half-way
  let heading: CameraState | null = null;

  /** Glides there, remembering it as the heading until it gets there. */
  function glide(target: CameraState) {
    heading = target;
    void moveCamera(sigma.getCamera(), target, 300).then(() => {
      if (heading === target) heading = null;
    });
  }

  function reveal(points: Point[], start?: CameraState) {
    const from = start ?? heading ?? sigma.getCamera().getState();
    const area = roomForNames(freeArea(container.getBoundingClientRect(), covered()));
    const move = revealMove(
      points.map((p) => screenPoint(p, from)),
      area,
    );
    if (!move) {
      if (start) glide(start);
      return;
    }
    // sigma stops zooming out at its largest ratio: the centre is worked out at the ratio it takes
    const ratio = Math.min(
      from.ratio * move.zoomOut,
      sigma.getSetting('maxCameraRatio') ?? Infinity,
    );
    const centre = sigma.viewportToFramedGraph(move.centre, { cameraState: from });
    const areaCentre = sigma.viewportToFramedGraph(
      { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 },
      { cameraState: { ...from, ratio } },
    );
    glide({
      ...from,
      x: from.x + centre.x - areaCentre.x,
      y: from.y + centre.y - areaCentre.y,
      ratio,
    });
  }

  return { screenPoint, reveal, glide };
}
