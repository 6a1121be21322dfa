// The timeline's gestures, turned into viewport changes and actions: the wheel zooms about the
// pointer (a trackpad pinch too) or pans sideways; a press on the axis band drags the viewport;
// two fingers pinch; a press elsewhere is a click on a mark (open it) or, once it moves, a brush
// across dates (the date filter); over the chart, the pointer hovers marks. On the focused
// chart, + and − zoom, 0 fits, ← and → pan (Shift: half a viewport). What it adds, dispose removes.
import type { TimeDomain } from '../../graph/timeline';
import { panView, zoomView } from './scale';

export type GestureHost = {
  chart: SVGSVGElement;
  /** The focusable element whose keys zoom and pan. */
  keyTarget: HTMLElement;
  /** Presses above this y (chart pixels) pan; below it they brush. */
  axisBand: number;
  /** Where a brush rectangle starts, in chart pixels. */
  brushTop: number;
  viewport(): TimeDomain | null;
  limits(): TimeDomain | null;
  /** The width the time axis spans, in pixels. */
  plotWidth(): number;
  height(): number;
  /** The time at a chart x. */
  time(px: number): number;
  /** Shows this viewport (already inside the limits). */
  setViewport(viewport: TimeDomain): void;
  zoomBy(factor: number): void;
  /** Pans by a share of the viewport's width (negative: earlier). */
  panBy(share: number): void;
  fit(): void;
  hover(edge: string | null): void;
  open(edge: string): void;
  /** A brushed span, in ms. */
  brushed(from: number, to: number): void;
};

const SVG_NS = 'http://www.w3.org/2000/svg';
const MIN_BRUSH_PX = 5;
const ZOOM_STEP = 2;

function markAt(event: Event): string | null {
  const target = event.target as Element | null;
  return target?.closest?.('[data-edge]')?.getAttribute('data-edge') ?? null;
}

/** The keys of the focused chart: + and − zoom, 0 fits, ← and → pan. */
function keyHandler(host: GestureHost) {
  return (event: KeyboardEvent) => {
    if (event.target !== host.keyTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      '+': () => host.zoomBy(1 / ZOOM_STEP),
      '=': () => host.zoomBy(1 / ZOOM_STEP),
      '-': () => host.zoomBy(ZOOM_STEP),
      _: () => host.zoomBy(ZOOM_STEP),
      '0': () => host.fit(),
      ArrowLeft: () => host.panBy(event.shiftKey ? -0.5 : -0.1),
      ArrowRight: () => host.panBy(event.shiftKey ? 0.5 : 0.1),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
}

/** The wheel: sideways (or with Shift) pans, up and down zoom about the pointer. */
function wheelHandler(host: GestureHost, localX: (event: WheelEvent) => number) {
  return (event: WheelEvent) => {
    const viewport = host.viewport();
    const limits = host.limits();
    if (!viewport || !limits) return;
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? host.plotWidth() : 1;
    if (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey) {
      const delta = (event.shiftKey && !event.deltaX ? event.deltaY : event.deltaX) * pixels;
      const shift = (delta / host.plotWidth()) * (viewport.end - viewport.start);
      host.setViewport(panView(viewport, shift, limits));
    } else {
      // a trackpad pinch arrives as a wheel with ctrlKey and small deltas
      const factor = Math.exp(event.deltaY * pixels * (event.ctrlKey ? 0.01 : 0.002));
      host.setViewport(zoomView(viewport, factor, host.time(localX(event)), limits));
    }
  };
}

/** The pointer: hover, click, brush, drag on the axis, and a two-finger pinch. */
function pointerHandlers(host: GestureHost, localX: (event: PointerEvent | WheelEvent) => number) {
  const { chart } = host;
  /** A press: a click when it does not move, a brush when it does, a pan when on the axis. */
  let press: { x0: number; edge: string | null; pan: TimeDomain | null } | null = null;
  let brush: { x0: number; rect: SVGRectElement } | null = null;
  const pointers = new Map<number, number>();
  let pinch: { distance: number; viewport: TimeDomain; anchor: number } | null = null;

  function dropBrush() {
    brush?.rect.remove();
    brush = null;
  }
  function drawBrush(x0: number, x1: number) {
    if (!brush && Math.abs(x1 - x0) >= MIN_BRUSH_PX) {
      const rect = document.createElementNS(SVG_NS, 'rect');
      const attrs = { class: 'brush', x: x0, y: host.brushTop, width: 0 };
      for (const [k, v] of Object.entries({ ...attrs, height: host.height() - host.brushTop }))
        rect.setAttribute(k, String(v));
      brush = { x0, rect };
      chart.append(rect);
    }
    if (brush) {
      brush.rect.setAttribute('x', String(Math.min(brush.x0, x1)));
      brush.rect.setAttribute('width', String(Math.abs(x1 - brush.x0)));
    }
  }
  const pinchOf = (viewport: TimeDomain) => {
    const [a, b] = [...pointers.values()] as [number, number];
    return { distance: Math.max(10, Math.abs(a - b)), viewport, anchor: host.time((a + b) / 2) };
  };

  const pointermove = (event: PointerEvent) => {
    if (pointers.has(event.pointerId)) pointers.set(event.pointerId, localX(event));
    const limits = host.limits();
    if (pinch && pointers.size === 2 && limits) {
      const { distance } = pinchOf(pinch.viewport);
      host.setViewport(zoomView(pinch.viewport, pinch.distance / distance, pinch.anchor, limits));
    } else if (!press) host.hover(markAt(event));
    else if (press.pan && limits) {
      const share = (press.x0 - localX(event)) / host.plotWidth();
      host.setViewport(panView(press.pan, share * (press.pan.end - press.pan.start), limits));
    } else drawBrush(press.x0, localX(event));
  };
  const pointerleave = () => {
    if (!press) host.hover(null);
  };
  const pointerdown = (event: PointerEvent) => {
    pointers.set(event.pointerId, localX(event));
    chart.setPointerCapture(event.pointerId);
    const viewport = host.viewport();
    if (pointers.size === 2 && viewport) {
      // a second finger: the press becomes a pinch
      pinch = pinchOf(viewport);
      dropBrush();
      press = null;
      return;
    }
    const onAxis = event.clientY - chart.getBoundingClientRect().top <= host.axisBand;
    press = { x0: localX(event), edge: markAt(event), pan: onAxis ? viewport : null };
  };
  const pointerup = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pinch) {
      if (pointers.size < 2) pinch = null;
      return;
    }
    const current = press;
    press = null;
    if (!current || current.pan) return;
    if (!brush) {
      if (current.edge) host.open(current.edge);
      return;
    }
    const x1 = localX(event);
    dropBrush();
    host.brushed(host.time(Math.min(current.x0, x1)), host.time(Math.max(current.x0, x1)));
  };
  const pointercancel = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    pinch = null;
    press = null;
    dropBrush();
  };
  return {
    handlers: { pointermove, pointerleave, pointerdown, pointerup, pointercancel },
    dropBrush,
  };
}

export function attachTimelineGestures(host: GestureHost): () => void {
  const { chart, keyTarget } = host;
  const localX = (event: PointerEvent | WheelEvent) =>
    event.clientX - chart.getBoundingClientRect().left;
  const pointer = pointerHandlers(host, localX);
  const onWheel = wheelHandler(host, localX);
  const onKeyDown = keyHandler(host);
  for (const [type, handler] of Object.entries(pointer.handlers))
    chart.addEventListener(type, handler as EventListener);
  chart.addEventListener('wheel', onWheel, { passive: false });
  keyTarget.addEventListener('keydown', onKeyDown);
  return () => {
    for (const [type, handler] of Object.entries(pointer.handlers))
      chart.removeEventListener(type, handler as EventListener);
    chart.removeEventListener('wheel', onWheel);
    keyTarget.removeEventListener('keydown', onKeyDown);
    pointer.dropBrush();
  };
}
