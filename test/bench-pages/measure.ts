// Shared by the benchmark pages: frame waits, the scripted camera path, fetching, and the
// window.__bench wiring. The camera path is one function of time; each page maps it to its camera.
import type { BenchApi, FirstFrame, Frames, PageApi, Surfaces } from './protocol';

/** Every drawing context the page creates, counted as it is created (the page's modules load first). */
const contexts = new WeakSet<object>();
const created = { webgl: 0, canvas2d: 0 };
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (
  this: HTMLCanvasElement,
  kind: string,
  options?: unknown,
) {
  const context = getContext.call(this, kind, options);
  if (context && !contexts.has(context)) {
    contexts.add(context);
    if (kind === '2d') created.canvas2d += 1;
    else if (kind.includes('webgl')) created.webgl += 1;
  }
  return context;
} as typeof getContext;

/** The canvases in the page now and the contexts created so far. */
export function surfaces(): Surfaces {
  return { canvases: document.querySelectorAll('canvas').length, ...created };
}

/** Resolves after `count` animation frames: the first runs the pending draw, the next one shows it. */
export function afterFrames(count = 2): Promise<number> {
  return new Promise((resolve) => {
    let left = count;
    const tick = () => {
      left -= 1;
      if (left <= 0) resolve(performance.now());
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export type CameraPose = {
  /** Offset of the view centre from the graph centre, as a share of the graph's larger side. */
  dx: number;
  dy: number;
  /** Zoom factor relative to the fitted view (1 = whole graph). */
  zoom: number;
};

/** A pan around a small circle while zooming in to 3× and back out, over t ∈ [0, 1]. */
export function cameraPose(t: number): CameraPose {
  return {
    dx: 0.15 * Math.sin(2 * Math.PI * t),
    dy: 0.1 * (1 - Math.cos(2 * Math.PI * t)),
    zoom: 1 + 2 * Math.sin(Math.PI * t),
  };
}

/**
 * Drives `apply` once per animation frame for `durationMs`, then waits one more frame. Returns the
 * intervals between frames, less the first: a draw requested in one frame shows in the next, so
 * the first interval holds no draw yet, and the trailing frame holds the last one.
 */
export function animateCamera(
  durationMs: number,
  apply: (pose: CameraPose) => void,
): Promise<Omit<Frames, 'drawMs'>> {
  return new Promise((resolve) => {
    const stamps: number[] = [];
    const frame = (now: number) => {
      stamps.push(now);
      const t = Math.min(1, (now - (stamps[0] ?? now)) / durationMs);
      apply(cameraPose(t));
      if (t < 1) requestAnimationFrame(frame);
      else
        afterFrames(1).then((end) => {
          stamps.push(end);
          const intervals = stamps.slice(2).map((s, i) => s - (stamps[i + 1] ?? s));
          resolve({ intervals, durationMs: end - (stamps[1] ?? end) });
        });
    };
    requestAnimationFrame(frame);
  });
}

export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bench page: ${url} answered ${response.status}`);
  return response.text();
}

/** Sets window.__bench: every call waits for the page's graph to be open first. */
export function exposeBench(opened: Promise<{ ready: FirstFrame; api: PageApi }>): void {
  const api = opened.then((o) => o.api);
  const bench: BenchApi = {
    ready: opened.then((o) => o.ready),
    panZoom: (ms) => api.then((a) => a.panZoom(ms)),
    click: (node) => api.then((a) => a.click(node)),
    clearSelection: () => api.then((a) => a.clearSelection()),
    layoutTick: () =>
      api.then((a) => {
        if (!a.layoutTick) throw new Error('bench page: this page has no layout tick');
        return a.layoutTick();
      }),
  };
  Object.assign(window, { __bench: bench });
}
