// The opening camera: the graph's nodes fit the container less the insets the stylesheet asks for
// (where the legend and a notice sit), and the fit follows the container's size until someone
// moves the camera.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';

type ParleySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Up to this many entities, the camera keeps the whole graph in view: a selection does not close
 * in on one entity, and an accepted proposal fits the story again.
 */
export const WHOLE_IN_VIEW_UP_TO = 30;

type Insets = { top: number; right: number; bottom: number; left: number };

/**
 * How much of the graph's container the opening camera keeps clear on each side, in px: the
 * stylesheet says it (--camera-inset-top, -right, -bottom, -left on the container), as it knows
 * where the legend and the notice sit at each width; sigma's stagePadding where it says nothing.
 */
function cameraInsets(container: HTMLElement, fallback: number, extra: number): Insets {
  const style = getComputedStyle(container);
  const read = (side: keyof Insets) => {
    const value = Number.parseFloat(style.getPropertyValue(`--camera-inset-${side}`));
    return (Number.isFinite(value) && value >= 0 ? value : fallback) + extra;
  };
  return { top: read('top'), right: read('right'), bottom: read('bottom'), left: read('left') };
}

/**
 * The opening camera: the nodes' extent fits the container less its insets, centred in what is
 * left, so a small graph does not open with nodes in the corners under the legend or a notice.
 * Insets too big for a small container shrink to leave it at least half of each side.
 */
export function wholeGraphCamera(
  sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>,
  container: HTMLElement,
): CameraState | null {
  const { width, height } = sigma.getDimensions();
  if (width < 50 || height < 50) return null; // hidden (list view): the default camera stays
  let size = 0;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data) return;
    size = Math.max(size, data.size);
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  });
  if (!Number.isFinite(minX)) return null;
  // the insets keep the overlays clear of whole nodes, not only of their centres
  const inset = cameraInsets(container, sigma.getSetting('stagePadding'), size);
  const shrinkX = Math.min(1, width / 2 / Math.max(1, inset.left + inset.right));
  const shrinkY = Math.min(1, height / 2 / Math.max(1, inset.top + inset.bottom));
  const left = inset.left * shrinkX;
  const top = inset.top * shrinkY;
  const safeWidth = width - (inset.left + inset.right) * shrinkX;
  const safeHeight = height - (inset.top + inset.bottom) * shrinkY;
  // at the default camera, where the extent and the safe area's centre fall
  const base = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const a = sigma.framedGraphToViewport({ x: minX, y: minY }, { cameraState: base });
  const b = sigma.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: base });
  const ratio = Math.min(
    sigma.getSetting('maxCameraRatio') ?? 4,
    Math.max(
      1, // never closer than sigma's own fit: one node, or a graph that fits already
      Math.abs(b.x - a.x) / safeWidth,
      Math.abs(b.y - a.y) / safeHeight,
    ),
  );
  const centre = sigma.viewportToFramedGraph(
    { x: left + safeWidth / 2, y: top + safeHeight / 2 },
    { cameraState: base },
  );
  // the camera is the framed point at the viewport's centre; offsets from it scale with ratio
  return {
    x: (minX + maxX) / 2 - ratio * (centre.x - 0.5),
    y: (minY + maxY) / 2 - ratio * (centre.y - 0.5),
    ratio,
    angle: 0,
  };
}

/** Sets the opening camera; the state sigma keeps (null when the container is hidden). */
function fitCamera(sigma: ParleySigma, container: HTMLElement): CameraState | null {
  const state = wholeGraphCamera(sigma, container);
  if (!state) return null;
  sigma.getCamera().setState(state);
  return sigma.getCamera().getState();
}

const sameCamera = (a: CameraState, b: CameraState) =>
  a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;

/**
 * The container takes its final size as the panels around it mount (the timeline under it):
 * until someone moves the camera, the opening fit follows the container's size. `refit()` fits
 * it again at once (before the first frame is drawn, at the size the page has reached by then).
 */
export function followOpeningSize(sigma: ParleySigma, container: HTMLElement) {
  let opening = fitCamera(sigma, container) ?? sigma.getCamera().getState();
  let following = true;
  const refit = () => {
    if (!following) return;
    if (!sameCamera(sigma.getCamera().getState(), opening)) {
      disconnect();
      return;
    }
    sigma.resize();
    opening = fitCamera(sigma, container) ?? opening;
  };
  // in the next frame: a window's change of size may also open or close the legend (its own
  // media query), which moves the insets the fit keeps clear
  let frame = 0;
  const followSize = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(refit);
  });
  const disconnect = () => {
    following = false;
    cancelAnimationFrame(frame);
    followSize.disconnect();
  };
  followSize.observe(container);
  return { refit, disconnect };
}
