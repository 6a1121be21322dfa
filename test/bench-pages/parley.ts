// The Parley benchmark page: loads a generated dataset as the app does (text → parse + validate →
// buildGraph without layout, positions from the generator) and mounts sigma through mountRenderer
// with the app's store, state and view deriver. Exposes window.__bench (protocol.ts).
import { parseDatasetText } from '../../src/data/validate';
import { buildGraph } from '../../src/graph/build-graph';
import { mountRenderer } from '../../src/render/renderer';
import { type AppState, INITIAL_STATE, select, setStatus } from '../../src/state/app-state';
import { createViewDeriver } from '../../src/state/derive-view';
import { createStore } from '../../src/state/store';
import { afterFrames, animateCamera, exposeBench, fetchText, surfaces } from './measure';
import type { FirstFrame, LayoutFile, PageApi } from './protocol';

type Reducer<D> = (key: string, data: D) => Partial<D>;

async function open(size: string) {
  // started: the page's modules have loaded and run; the data is asked for from here
  const marks: Record<string, number> = { started: performance.now() };
  const [text, layoutText] = await Promise.all([
    fetchText(`data/dataset-${size}.json`),
    fetchText(`data/layout-${size}.json`),
  ]);
  marks.fetched = performance.now();
  const result = parseDatasetText(text);
  if (!result.ok) throw new Error(`bench page: invalid dataset: ${result.problems[0]?.message}`);
  marks.validated = performance.now();
  const graph = buildGraph(result.dataset, { layout: false });
  const layout = JSON.parse(layoutText) as LayoutFile;
  let i = 0;
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      const at = i++;
      return { ...attributes, x: layout.x[at] ?? 0, y: layout.y[at] ?? 0 };
    },
    { attributes: ['x', 'y'] },
  );
  marks.built = performance.now();

  const store = createStore<AppState>(INITIAL_STATE);
  store.update(setStatus({ state: 'ready' }));
  const container = document.getElementById('graph') as HTMLElement;
  const renderer = mountRenderer(container, graph, store, createViewDeriver(graph), {
    onNodeClick: (id) => store.update(select({ type: 'entity', id })),
    onEdgeClick: (id) => store.update(select({ type: 'relation', id })),
    onStageClick: () => store.update(select(null)),
  });
  marks.mounted = performance.now();
  const firstFrame = await afterFrames(2);
  const ready: FirstFrame = {
    firstFrame,
    marks,
    nodes: graph.order,
    edges: graph.size,
    renderer: 'sigma (WebGL)',
    surfaces: surfaces(),
  };
  const { sigma } = renderer;
  // for profiling by hand from the console or a script; no figure depends on it
  Object.assign(window, { __sigma: sigma, __graph: graph });
  const camera = sigma.getCamera();

  const api: PageApi = {
    async panZoom(durationMs) {
      const drawMs: number[] = [];
      let drawStart = 0;
      const before = () => {
        drawStart = performance.now();
      };
      const after = () => drawMs.push(performance.now() - drawStart);
      sigma.on('beforeRender', before);
      sigma.on('afterRender', after);
      const frames = await animateCamera(durationMs, ({ dx, dy, zoom }) =>
        camera.setState({ x: 0.5 + dx, y: 0.5 + dy, ratio: 1 / zoom }),
      );
      sigma.off('beforeRender', before);
      sigma.off('afterRender', after);
      return { ...frames, drawMs };
    },
    async click(node) {
      const start = performance.now();
      store.update(select({ type: 'entity', id: node }));
      const sync = performance.now() - start;
      return { sync, total: (await afterFrames(2)) - start };
    },
    async clearSelection() {
      store.update(select(null));
      await afterFrames(2);
    },
    async layoutTick() {
      let nodeReducerCalls = 0;
      let edgeReducerCalls = 0;
      const nodeReducer = sigma.getSetting('nodeReducer') as Reducer<object>;
      const edgeReducer = sigma.getSetting('edgeReducer') as Reducer<object>;
      sigma.setSetting('nodeReducer', (key, data) => {
        nodeReducerCalls += 1;
        return nodeReducer(key, data);
      });
      sigma.setSetting('edgeReducer', (key, data) => {
        edgeReducerCalls += 1;
        return edgeReducer(key, data);
      });
      await afterFrames(3);
      nodeReducerCalls = 0;
      edgeReducerCalls = 0;
      const start = performance.now();
      graph.updateEachNodeAttributes((_node, a) => ({ ...a, x: a.x + 1, y: a.y - 1 }), {
        attributes: ['x', 'y'],
      });
      const ms = (await afterFrames(2)) - start;
      sigma.setSetting('nodeReducer', nodeReducer);
      sigma.setSetting('edgeReducer', edgeReducer);
      await afterFrames(2);
      return { ms, nodeReducerCalls, edgeReducerCalls };
    },
  };
  return { ready, api };
}

const size = new URLSearchParams(window.location.search).get('size') ?? '1000';
exposeBench(open(size));
