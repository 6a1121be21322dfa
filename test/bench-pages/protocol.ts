// What a benchmark page exposes on `window.__bench` for the runner (test/bench/browser.ts) to call.
// Every time is in milliseconds from performance.now(), whose origin is the navigation start.

export type LayoutFile = {
  /** Per entity, in dataset order: position and the node size Parley's buildGraph gives it. */
  x: number[];
  y: number[];
  size: number[];
};

export type FirstFrame = {
  /** Navigation start → the graph drawn: after the render call and two requestAnimationFrame ticks. */
  firstFrame: number;
  /** Milestones on the way there (navigation start → each). */
  marks: Record<string, number>;
  nodes: number;
  edges: number;
  /** What actually drew: "sigma (WebGL)", "cytoscape canvas", "cytoscape webgl" or a fallback. */
  renderer: string;
  /** What the browser composites each frame, at the first frame. */
  surfaces: Surfaces;
};

export type Surfaces = { canvases: number; webgl: number; canvas2d: number };

export type Frames = {
  /** Time between consecutive animation frames while the camera moves. */
  intervals: number[];
  durationMs: number;
  /** Main-thread time of each draw the library made meanwhile (sigma.render, cytoscape's redraw). */
  drawMs: number[];
};

export type ClickResult = {
  /** Selection dispatched → highlighted frame shown (two requestAnimationFrame ticks). */
  total: number;
  /** The synchronous part: state update, reducers or style, and the draw call. */
  sync: number;
};

export type TickResult = { ms: number; nodeReducerCalls: number; edgeReducerCalls: number };

export type BenchApi = {
  ready: Promise<FirstFrame>;
  panZoom(durationMs: number): Promise<Frames>;
  click(node: string): Promise<ClickResult>;
  clearSelection(): Promise<void>;
  /** Parley only: one layout tick that moves every node, with the reducer calls it causes. */
  layoutTick?(): Promise<TickResult>;
};

/** What a page implements once its graph is open; `ready` and the wiring come from exposeBench. */
export type PageApi = Omit<BenchApi, 'ready'>;

export type BenchWindow = Window & { __bench: BenchApi };
