// The legend: one entry per entity kind with its colour and how many are shown of how many
// there are, and what a line's width says (how many sources back the relation). Display only;
// the Filters group shows and hides kinds. Kinds are re-read when the graph changes in place.

import { corroborationWidth, THIN_EDGES_ABOVE } from '../graph/edge-style';
import { colorForKind } from '../graph/palette';
import type { ParleyGraph } from '../graph/types';
import type { AppState } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import type { Store } from '../state/store';
import { el, replaceChildren } from './dom';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A kind's count in the legend: "12" when all are shown, "3/12" when filters hide some. */
export function kindCountText(shown: number, total: number): string {
  return shown === total ? String(total) : `${shown}/${total}`;
}

/** A short sample of a line of the width the canvas draws for `sources` sources. */
function lineSample(sources: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '8');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'line-sample');
  const line = document.createElementNS(SVG_NS, 'line');
  for (const [k, v] of Object.entries({ x1: 1, x2: 21, y1: 4, y2: 4 }))
    line.setAttribute(k, String(v));
  // sigma draws a width as about twice as many CSS pixels at the default zoom
  line.setAttribute('stroke-width', String(corroborationWidth(sources) * 1.5));
  svg.append(line);
  return svg;
}

/** Where this browser keeps whether the legend is open; null when storage cannot be read. */
const OPEN_KEY = 'parley.legend.open';

function keptOpen(): boolean | null {
  try {
    const kept = localStorage.getItem(OPEN_KEY);
    return kept === null ? null : kept === 'true';
  } catch {
    return null;
  }
}

/** Open by default, except on a short screen (a laptop's), where it would cover the graph. */
export function legendOpenAtStart(kept: boolean | null, screenHeight: number): boolean {
  return kept ?? screenHeight >= SHORT_SCREEN;
}
const SHORT_SCREEN = 860;

/** The disclosure button that opens and closes the legend's body; the choice is kept. `stop`
 * ends its following the window's height. */
function legendToggle(body: HTMLElement): { toggle: HTMLButtonElement; stop: () => void } {
  const toggle = el('button', {
    className: 'legend-toggle',
    text: 'Legend',
    attrs: { type: 'button', 'aria-controls': body.id },
  });
  const show = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
  };
  show(legendOpenAtStart(keptOpen(), window.innerHeight));
  // until the person opens or closes it, the legend follows the window's height (a window made
  // short closes it, as it would have opened closed)
  const tall = window.matchMedia(`(min-height: ${SHORT_SCREEN}px)`);
  const follow = () => {
    if (keptOpen() === null) show(tall.matches);
  };
  tall.addEventListener('change', follow);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    show(open);
    try {
      localStorage.setItem(OPEN_KEY, String(open));
    } catch {
      // not kept: the legend still opens and closes on this page
    }
  });
  return { toggle, stop: () => tall.removeEventListener('change', follow) };
}

/**
 * The room the legend takes from the bottom of the stage (its height and its margin), kept in
 * the stage's `--legend-inset`: the opening camera keeps the graph above it, however many kinds
 * the legend lists.
 */
function followLegendHeight(root: HTMLElement): () => void {
  const stage = root.parentElement;
  if (!stage) return () => {};
  const measure = () => {
    const room = stage.getBoundingClientRect().bottom - root.getBoundingClientRect().top;
    if (root.hidden || room <= 0) stage.style.removeProperty('--legend-inset');
    else stage.style.setProperty('--legend-inset', `${Math.ceil(room + 8)}px`);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(root);
  return () => {
    observer.disconnect();
    stage.style.removeProperty('--legend-inset');
  };
}

export function mountLegend(
  root: HTMLElement,
  graph: ParleyGraph,
  store: Store<AppState>,
  deriveView: (state: AppState) => DerivedView,
): () => void {
  const counts = new Map<string, HTMLElement>();
  const list = el('ul');
  // sigma draws no edge from a node to itself: the legend says so when the graph has any
  const selfLoopNote = el('p', { className: 'legend-note' });
  // above THIN_EDGES_ABOVE relations the canvas draws thin lines: widths show on a selection
  const thinNote = el('p', { className: 'legend-note' });
  const body = el('div', { className: 'legend-body', id: 'legend-body' }, [
    el('h2', { className: 'legend-title', text: 'Entity kinds' }),
    list,
    el('h2', { className: 'legend-title', text: 'Line width: sources' }),
    el(
      'ul',
      { className: 'corroboration-key' },
      [
        [1, '1 source only'],
        [2, '2 sources'],
        [3, '3 or more'],
      ].map(([n, text]) =>
        el('li', { className: 'legend-item' }, [
          lineSample(n as number),
          el('span', { text: text as string }),
        ]),
      ),
    ),
    thinNote,
    selfLoopNote,
  ]);
  const { toggle, stop } = legendToggle(body);
  const legend = el('section', { className: 'legend', attrs: { 'aria-label': 'Legend' } }, [
    toggle,
    body,
  ]);
  root.append(legend);

  /** The notes and the kinds, from the graph as it is now. */
  function rebuild(state: AppState) {
    thinNote.hidden = graph.size <= THIN_EDGES_ABOVE;
    thinNote.textContent = `Over ${THIN_EDGES_ABOVE.toLocaleString('en-US')} relations, lines are drawn thin; a selection shows its relations' widths and directions.`;
    const loops = graph.selfLoopCount;
    selfLoopNote.hidden = loops === 0;
    selfLoopNote.textContent = `${loops} relation${loops === 1 ? '' : 's'} of an entity with itself: not drawn, listed in Details.`;
    counts.clear();
    replaceChildren(
      list,
      [...deriveView(state).kinds.keys()].sort().map((kind) => {
        const count = el('span', { className: 'count' });
        counts.set(kind, count);
        return el('li', { className: 'legend-item' }, [
          el('span', {
            className: 'swatch',
            attrs: { 'aria-hidden': 'true' },
            style: { background: colorForKind(kind) },
          }),
          el('span', { text: kind }),
          count,
        ]);
      }),
    );
  }

  function update(state: AppState) {
    for (const [kind, { total, visible }] of deriveView(state).kinds) {
      const count = counts.get(kind);
      if (count) count.textContent = kindCountText(visible, total);
      count?.parentElement?.classList.toggle('hidden-kind', visible === 0);
    }
  }
  const stopInset = followLegendHeight(root);
  rebuild(store.get());
  update(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    const graphChanged = state.graphVersion !== previous.graphVersion;
    if (graphChanged) rebuild(state);
    if (graphChanged || state.filters !== previous.filters || state.focus !== previous.focus)
      update(state);
  });
  return () => {
    unsubscribe();
    stop();
    stopInset();
    legend.remove();
  };
}
