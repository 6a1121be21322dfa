// The picking pass (the ids sigma reads under the pointer) is not drawn while the camera moves:
// it is drawn again once the camera has stopped, or at once when the pointer is about to read it.
import type Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { FadeState } from './fade-programs';

type ParleySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** How long after the camera's last move the picking pass is drawn again. */
const PICKING_AFTER_MOVE_MS = 120;
/** How long after the first frame its picking pass is drawn (at once if the pointer needs it). */
const PICKING_AFTER_OPEN_MS = 300;
/** The pointer events on which sigma reads the picking pass. */
const POINTER_EVENTS = ['mousemove', 'mousedown', 'click', 'touchstart'] as const;
const POINTER_END_EVENTS = ['mouseup', 'touchend'] as const;

/**
 * No picking pass while the camera moves; drawn again once it has stopped, or at once when the
 * pointer is about to read it (sigma reads it on its own listeners, inside the container).
 */
export function deferPicking(sigma: ParleySigma, container: HTMLElement, fade: FadeState) {
  let settled = 0;
  const pickNow = () => {
    clearTimeout(settled);
    fade.picking = true;
    if (!fade.pickStale) return;
    fade.pickStale = false;
    // a render now, with the picking pass (nothing to re-reduce)
    sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
  };
  const pickSoon = () => {
    clearTimeout(settled);
    settled = window.setTimeout(pickNow, PICKING_AFTER_MOVE_MS);
  };
  const onCameraMove = () => {
    fade.picking = false;
    pickSoon();
  };
  const beforePointer = (event: Event) => {
    // a drag moves the camera: no picking until it is done
    const dragging = event instanceof MouseEvent && event.type === 'mousemove' && event.buttons;
    if (!dragging) pickNow();
  };
  sigma.getCamera().on('updated', onCameraMove);
  settled = window.setTimeout(pickNow, PICKING_AFTER_OPEN_MS);
  for (const type of POINTER_EVENTS) container.addEventListener(type, beforePointer, true);
  // sigma reads a tap and the end of a press from the document
  for (const type of POINTER_END_EVENTS) document.addEventListener(type, beforePointer, true);
  return {
    pickSoon,
    dispose() {
      sigma.getCamera().off('updated', onCameraMove);
      for (const type of POINTER_EVENTS) container.removeEventListener(type, beforePointer, true);
      for (const type of POINTER_END_EVENTS)
        document.removeEventListener(type, beforePointer, true);
      clearTimeout(settled);
    },
  };
}

export type Picking = ReturnType<typeof deferPicking>;
