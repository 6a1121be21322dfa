// The timeline's gestures, turned into viewport changes and actions: the wheel zooms about the
// pointer (a trackpad pinch too) or pans sideways; a press on the axis band drags the view;
// two fingers pinch; a press elsewhere is a click on a mark (open it) or, once it moves, a brush
// across dates (the date filter); over the chart, the pointer hovers marks. On the focused
// chart, + and − zoom, 0 fits, ← and → pan (Shift: half a view). What it adds, dispose removes.
import type { TimeDomain } from '../graph/timeline';
import { panView, zoomView } from '../graph/timeline-scale';

export type GestureHost = {
  chart: SVGSVGElement;
  /** The focusable element whose keys zoom and pan. */
  keyTarget: HTMLElement;
  /** Presses above this y (chart pixels) pan; below it they brush. */
  axisBand: number;
  /** Where a brush rectangle starts, in chart pixels. */
  brushTop: number;
  view(): TimeDomain | null;
  limits(): TimeDomain | null;
  /** The width the time axis spans, in pixels. */
  plotWidth(): number;
  height(): number;
  /** The time at a chart x. */
  time(px: number): number;
  /** Shows this viewport (already inside the limits). */
  setView(view: TimeDomain): void;
  zoomBy(factor: number): void;
  /** Pans by a share of the view's width (negative: earlier). */
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

export function attachTimelineGestures(host: GestureHost): () => void {
  const { chart, keyTarget } = host;
  const localX = (event: PointerEvent | WheelEvent) =>
    event.clientX - chart.getBoundingClientRect().left;
  const localY = (event: PointerEvent) => event.clientY - chart.getBoundingClientRect().top;

  /** A press: a click when it does not move, a brush when it does, a pan when on the axis. */
  let press: { x0: number; edge: string | null; pan: TimeDomain | null } | null = null;
  let brush: { x0: number; rect: SVGRectElement } | null = null;
  const pointers = new Map<number, number>();
  let pinch: { distance: number; view: TimeDomain; anchor: number } | null = null;

  function dropBrush() {
    brush?.rect.remove();
    brush = null;
  }

  const onPointerMove = (event: PointerEvent) => {
    if (pointers.has(event.pointerId)) pointers.set(event.pointerId, localX(event));
    const limits = host.limits();
    if (pinch && pointers.size === 2 && limits) {
      const [a, b] = [...pointers.values()] as [number, number];
      const distance = Math.max(10, Math.abs(a - b));
      host.setView(zoomView(pinch.view, pinch.distance / distance, pinch.anchor, limits));
      return;
    }
    if (!press) {
      host.hover(markAt(event));
      return;
    }
    const x1 = localX(event);
    if (press.pan && limits) {
      const shift = ((press.x0 - x1) / host.plotWidth()) * (press.pan.end - press.pan.start);
      host.setView(panView(press.pan, shift, limits));
      return;
    }
    if (!brush && Math.abs(x1 - press.x0) >= MIN_BRUSH_PX) {
      const rect = document.createElementNS(SVG_NS, 'rect');
      for (const [k, v] of Object.entries({
        class: 'brush',
        x: press.x0,
        y: host.brushTop,
        width: 0,
        height: host.height() - host.brushTop,
      }))
        rect.setAttribute(k, String(v));
      brush = { x0: press.x0, rect };
      chart.append(rect);
    }
    if (brush) {
      brush.rect.setAttribute('x', String(Math.min(brush.x0, x1)));
      brush.rect.setAttribute('width', String(Math.abs(x1 - brush.x0)));
    }
  };
  const onPointerLeave = () => {
    if (!press) host.hover(null);
  };
  const onPointerDown = (event: PointerEvent) => {
    pointers.set(event.pointerId, localX(event));
    chart.setPointerCapture(event.pointerId);
    const view = host.view();
    if (pointers.size === 2 && view) {
      // a second finger: the press becomes a pinch
      const [a, b] = [...pointers.values()] as [number, number];
      pinch = { distance: Math.max(10, Math.abs(a - b)), view, anchor: host.time((a + b) / 2) };
      dropBrush();
      press = null;
      return;
    }
    const onAxis = localY(event) <= host.axisBand;
    press = { x0: localX(event), edge: markAt(event), pan: onAxis ? view : null };
  };
  const onPointerUp = (event: PointerEvent) => {
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
  const onPointerCancel = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    pinch = null;
    press = null;
    dropBrush();
  };
  const onWheel = (event: WheelEvent) => {
    const view = host.view();
    const limits = host.limits();
    if (!view || !limits) return;
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? host.plotWidth() : 1;
    if (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey) {
      const delta = (event.shiftKey && !event.deltaX ? event.deltaY : event.deltaX) * pixels;
      host.setView(panView(view, (delta / host.plotWidth()) * (view.end - view.start), limits));
    } else {
      // a trackpad pinch arrives as a wheel with ctrlKey and small deltas
      const factor = Math.exp(event.deltaY * pixels * (event.ctrlKey ? 0.01 : 0.002));
      host.setView(zoomView(view, factor, host.time(localX(event)), limits));
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== keyTarget || event.altKey || event.ctrlKey || event.metaKey) return;
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

  chart.addEventListener('pointermove', onPointerMove);
  chart.addEventListener('pointerleave', onPointerLeave);
  chart.addEventListener('pointerdown', onPointerDown);
  chart.addEventListener('pointerup', onPointerUp);
  chart.addEventListener('pointercancel', onPointerCancel);
  chart.addEventListener('wheel', onWheel, { passive: false });
  keyTarget.addEventListener('keydown', onKeyDown);
  return () => {
    chart.removeEventListener('pointermove', onPointerMove);
    chart.removeEventListener('pointerleave', onPointerLeave);
    chart.removeEventListener('pointerdown', onPointerDown);
    chart.removeEventListener('pointerup', onPointerUp);
    chart.removeEventListener('pointercancel', onPointerCancel);
    chart.removeEventListener('wheel', onWheel);
    keyTarget.removeEventListener('keydown', onKeyDown);
    dropBrush();
  };
}
