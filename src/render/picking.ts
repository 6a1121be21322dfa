// The picking pass (the ids sigma reads under the pointer) is drawn only when a pointer may read
// it: not while the camera moves, and not at all while no pointer is over the graph (keyboard
// use, a pointer on the panels, Play moving the camera). It is drawn once the camera has stopped
// with the pointer over the graph, or at once when the pointer is about to read it.
import type Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { FadeState } from './fade-programs';

type ParleySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** How long after the camera's last move the picking pass is drawn again. */
const PICKING_AFTER_MOVE_MS = 120;
/** How long after the first frame its picking pass is drawn, when a pointer is over the graph. */
const PICKING_AFTER_OPEN_MS = 300;
/** The pointer events on which sigma reads the picking pass. */
const POINTER_EVENTS = ['mousemove', 'mousedown', 'click', 'touchstart'] as const;
const POINTER_END_EVENTS = ['mouseup', 'touchend'] as const;
/** Before sigma's own listeners. */
const CAPTURE = { capture: true } as const;

/**
 * Draws the picking pass only for a pointer over the graph: soon after the camera stops, or at
 * once when the pointer is about to read it (sigma reads it on its own listeners, inside the
 * container). Renders while no pointer is over the graph leave it out.
 */
export function deferPicking(
  sigma: Pick<ParleySigma, 'refresh' | 'getCamera'>,
  container: Pick<HTMLElement, 'matches' | 'addEventListener' | 'removeEventListener'>,
  fade: FadeState,
  page: Pick<Document, 'addEventListener' | 'removeEventListener'> = document,
) {
  let settled = 0;
  let pointerOver = container.matches(':hover');
  const pickNow = () => {
    clearTimeout(settled);
    fade.picking = true;
    if (!fade.pickStale) return;
    fade.pickStale = false;
    // a render now, with the picking pass (nothing to re-reduce)
    sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
  };
  const pickAfter = (ms: number) => {
    clearTimeout(settled);
    if (pointerOver) settled = setTimeout(pickNow, ms) as unknown as number;
    else fade.picking = false;
  };
  const pickSoon = () => pickAfter(PICKING_AFTER_MOVE_MS);
  const onCameraMove = () => {
    fade.picking = false;
    pickSoon();
  };
  let pressed = false;
  const beforePointer = (event: Event) => {
    pointerOver = true;
    if (event.type === 'mousedown' || event.type === 'touchstart') pressed = true;
    // a drag moves the camera: no picking until it is done
    const dragging = event.type === 'mousemove' && (event as MouseEvent).buttons > 0;
    if (!dragging) pickNow();
  };
  /** The end of a press anywhere on the page: sigma reads it when the press began on the graph. */
  const beforePressEnd = () => {
    if (!pressed) return;
    pressed = false;
    pickNow();
  };
  const onEnter = () => {
    pointerOver = true;
  };
  const onLeave = () => {
    pointerOver = false;
    pickAfter(0);
  };
  sigma.getCamera().on('updated', onCameraMove);
  pickAfter(PICKING_AFTER_OPEN_MS);
  container.addEventListener('pointerenter', onEnter);
  container.addEventListener('pointerleave', onLeave);
  for (const type of POINTER_EVENTS) container.addEventListener(type, beforePointer, CAPTURE);
  // sigma reads a tap and the end of a press from the document
  for (const type of POINTER_END_EVENTS) page.addEventListener(type, beforePressEnd, CAPTURE);
  return {
    pickSoon,
    dispose() {
      sigma.getCamera().off('updated', onCameraMove);
      container.removeEventListener('pointerenter', onEnter);
      container.removeEventListener('pointerleave', onLeave);
      for (const type of POINTER_EVENTS)
        container.removeEventListener(type, beforePointer, CAPTURE);
      for (const type of POINTER_END_EVENTS)
        page.removeEventListener(type, beforePressEnd, CAPTURE);
      clearTimeout(settled);
    },
  };
}

export type Picking = ReturnType<typeof deferPicking>;
