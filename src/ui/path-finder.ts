// The path finder: two comboboxes ("Path from", "Path to"), kinds to avoid (countries touch
// everyone, so avoiding them routes paths through people and events), and every shortest path
// listed hop by hop with each relation's kind and evidence. "No path" is a clear state.

import type { PathResult } from '../graph/paths';
import { entityRef } from '../graph/relationships';
import type { ParleyGraph } from '../graph/types';
import type { SearchIndex } from '../search/search-index';
import { type AppState, type Selection, setPathEnd, toggleAvoidKind } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import type { Store } from '../state/store';
import { el, replaceChildren } from './dom';
import { entityLink } from './entity-link';
import { mountSearchBox } from './search-box';

export type PathFinderDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  index: SearchIndex;
  deriveView(state: AppState): DerivedView;
  navigate(selection: Selection, options?: { focusPanel?: boolean }): void;
};

const MAX_LISTED_PATHS = 5;

/** The relations of one hop: kind, the sentence, its first quote, and a way to open it. */
function hopDescription(
  graph: ParleyGraph,
  edges: readonly string[],
  open: (edge: string) => void,
) {
  return el(
    'ul',
    { className: 'hop-relations' },
    edges.map((edge) => {
      const attributes = graph.getEdgeAttributes(edge);
      const [source, target] = graph.extremities(edge);
      const quote = attributes.evidence[0]?.quote;
      return el('li', {}, [
        el('span', { className: 'hop-kind', text: attributes.kind }),
        ' ',
        el('span', {
          text: `${graph.getNodeAttribute(source, 'label')} ${attributes.label} ${graph.getNodeAttribute(target, 'label')}`,
        }),
        quote
          ? el('blockquote', { className: 'evidence' }, [el('p', { text: `“${quote}”` })])
          : null,
        el('button', {
          className: 'text-button',
          text: 'Open relation',
          attrs: { type: 'button' },
          on: { click: () => open(edge) },
        }),
      ]);
    }),
  );
}

/** "Avoid passing through": one checkbox per entity kind. */
function avoidKindsGroup(kinds: readonly string[], store: Store<AppState>): HTMLElement {
  return el('fieldset', { className: 'facet-group' }, [
    el('legend', { text: 'Avoid passing through' }),
    el(
      'ul',
      {},
      [...kinds].sort().map((kind) => {
        const box = el('input', {
          attrs: { type: 'checkbox', 'data-kind': kind },
          on: { change: () => store.update(toggleAvoidKind(kind)) },
        });
        return el('li', {}, [
          el('label', { className: 'facet' }, [box, el('span', { text: kind })]),
        ]);
      }),
    ),
  ]);
}

/** The summary and up to MAX_LISTED_PATHS paths, each stop drawn by `stop` (with its next hop's relations). */
function foundPaths(
  path: PathResult,
  fromLabel: string,
  toLabel: string,
  stop: (node: string, hopEdges: readonly string[] | null) => Array<Node | null>,
): Array<HTMLElement | null> {
  const count = path.paths.length;
  const hops = path.length ?? 0;
  return [
    el('p', {
      className: 'path-summary',
      attrs: { role: 'status' },
      text: `${count === 1 ? 'One shortest path' : `${count} shortest paths`} of ${hops} hop${hops === 1 ? '' : 's'} from ${fromLabel} to ${toLabel}.`,
    }),
    ...path.paths.slice(0, MAX_LISTED_PATHS).map((nodes, p) =>
      el(
        'ol',
        { className: 'path', attrs: { 'aria-label': `Path ${p + 1}` } },
        nodes.map((node, i) =>
          el('li', { className: 'path-stop' }, stop(node, path.hops[p]?.[i]?.edges ?? null)),
        ),
      ),
    ),
    count > MAX_LISTED_PATHS
      ? el('p', {
          className: 'muted',
          text: `…and ${count - MAX_LISTED_PATHS} more, drawn on the graph.`,
        })
      : null,
  ];
}

/** A "Path from" or "Path to" box: choosing an entity sets that end, emptying it clears it. */
function mountEndBox(
  root: HTMLElement,
  deps: PathFinderDeps,
  end: 'from' | 'to',
  text: { label: string; placeholder: string },
) {
  return mountSearchBox(root, {
    index: deps.index,
    ...text,
    onChoose: (id) => deps.store.update(setPathEnd(end, id)),
    onClear: () => deps.store.update(setPathEnd(end, null)),
  });
}

/** What the result shows: a prompt for two entities, "No path", or the paths found. */
function resultContent(deps: PathFinderDeps, state: AppState): Array<HTMLElement | null> {
  const { graph, navigate } = deps;
  const { from, to } = state.path;
  if (!from || !to)
    return [
      el('p', { className: 'muted', text: 'Choose two entities to see how they are connected.' }),
    ];
  const { path } = deps.deriveView(state);
  const fromLabel = graph.getNodeAttribute(from, 'label');
  const toLabel = graph.getNodeAttribute(to, 'label');
  if (!path || path.length === null)
    return [
      el('p', {
        className: 'no-path',
        attrs: { role: 'status' },
        text: `No path between ${fromLabel} and ${toLabel}${state.path.avoidKinds.size ? ' while avoiding the chosen kinds' : ''} in what is shown. Try avoiding fewer kinds or relaxing the filters.`,
      }),
    ];
  const openRelation = (id: string) => navigate({ type: 'relation', id }, { focusPanel: true });
  const entityButton = (id: string) =>
    entityLink(entityRef(graph, id), () => navigate({ type: 'entity', id }, { focusPanel: true }));
  return foundPaths(path, fromLabel, toLabel, (node, hop) => [
    entityButton(node),
    hop ? el('div', { className: 'path-hop' }, [hopDescription(graph, hop, openRelation)]) : null,
  ]);
}

export function mountPathFinder(root: HTMLElement, deps: PathFinderDeps): () => void {
  const { graph, store } = deps;
  const fromRoot = el('div', { className: 'path-end' });
  const toRoot = el('div', { className: 'path-end' });
  const result = el('div', { className: 'path-result', attrs: { 'aria-live': 'polite' } });
  const avoid = avoidKindsGroup([...deps.deriveView(store.get()).kinds.keys()], store);
  const section = el(
    'section',
    { className: 'path-finder', attrs: { 'aria-label': 'Path finder' } },
    [fromRoot, toRoot, avoid, result],
  );
  root.append(section);
  const fromBox = mountEndBox(fromRoot, deps, 'from', {
    label: 'Path from',
    placeholder: 'From… (a person, an institution)',
  });
  const toBox = mountEndBox(toRoot, deps, 'to', { label: 'Path to', placeholder: 'To…' });

  const render = (state: AppState) => replaceChildren(result, resultContent(deps, state));
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.path !== previous.path ||
      state.filters !== previous.filters ||
      state.graphVersion !== previous.graphVersion
    )
      render(state);
    // keep the boxes in step when an end is set elsewhere ("Path from here") or cleared
    const labelOf = (id: string | null) =>
      id && graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : '';
    if (state.path.from !== previous.path.from) fromBox.setValue(labelOf(state.path.from));
    if (state.path.to !== previous.path.to) toBox.setValue(labelOf(state.path.to));
  });
  return () => {
    unsubscribe();
    fromBox.dispose();
    toBox.dispose();
    section.remove();
  };
}
