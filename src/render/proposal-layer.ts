// The proposals overlay: an article's proposed entities and relations drawn over the graph,
// apart from it: dashed rings for new entities (at the place they will take), dashed lines for new
// relations, dotted ones for new evidence on a relation already drawn. A 2D canvas above sigma's,
// redrawn after each sigma render so it follows the camera; it never takes pointer events. When
// a review opens, or a proposal is pointed at, that lies off screen or under the review panel, the
// camera brings it into the free part of the stage (review-camera.ts); a small story is kept
// whole in view as its proposals are accepted, and fills the stage again when the panel closes.

import type Sigma from 'sigma';
import { graphBounds } from '../graph/bounds';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import type { AppState } from '../state/app-state';
import type { Store } from '../state/store';
import type { Point, ReviewFeed, ReviewView } from '../workspace/apply-draft';
import { positionsMap, type Review } from '../workspace/review';
import { fitLabel, type NameBox, nameBox } from './label-fit';
import { WHOLE_IN_VIEW_UP_TO, wholeGraphCamera } from './opening-camera';
import { clearOverlayCanvas } from './overlay-canvas';
import { createReviewCamera, type ReviewCamera, SIGMA_FIT } from './review-camera';

export const PROPOSAL_LAYER_STYLE = {
  color: '#1f5fa8',
  highlight: '#b35c00',
  dimAlpha: 0.35,
  dash: [7, 5],
  dot: [2, 4],
  ringRadius: 9,
  font: '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
} as const;

export type OverlayItem =
  | { key: string; type: 'entity'; at: Point; label: string; highlighted: boolean }
  | {
      key: string;
      type: 'relation';
      from: Point;
      to: Point;
      extendsExisting: boolean;
      highlighted: boolean;
    };

/** The pending proposals of a review as things to draw, in graph coordinates. Pure. */
export function overlayItems(graph: ParleyGraph, view: ReviewView | null): OverlayItem[] {
  if (!view) return [];
  const { draft, positions, highlighted } = view;
  const at = (id: string): Point | undefined => {
    if (graph.hasNode(id)) {
      const { x, y } = graph.getNodeAttributes(id);
      return { x, y };
    }
    return positions.get(id);
  };
  const items: OverlayItem[] = [];
  draft.relations.forEach((p, index) => {
    if (p.decision !== 'pending') return;
    const from = at(p.relation.source);
    const to = at(p.relation.target);
    if (!from || !to) return;
    items.push({
      key: `relation:${index}`,
      type: 'relation',
      from,
      to,
      extendsExisting: p.extends !== undefined,
      highlighted: highlighted?.type === 'relation' && highlighted.index === index,
    });
  });
  draft.entities.forEach((p, index) => {
    if (p.decision !== 'pending' || graph.hasNode(p.entity.id)) return;
    const point = positions.get(p.entity.id);
    if (!point) return;
    const highlightedRelation =
      highlighted?.type === 'relation' ? draft.relations[highlighted.index]?.relation : undefined;
    items.push({
      key: `entity:${index}`,
      type: 'entity',
      at: point,
      label: p.entity.label,
      highlighted:
        (highlighted?.type === 'entity' && highlighted.index === index) ||
        highlightedRelation?.source === p.entity.id ||
        highlightedRelation?.target === p.entity.id,
    });
  });
  return items;
}

type ToScreen = (p: Point) => Point;

/** One proposed relation (a dashed line; dotted when it adds evidence to an existing one). */
function drawProposedRelation(
  context: CanvasRenderingContext2D,
  item: Extract<OverlayItem, { type: 'relation' }>,
  toScreen: ToScreen,
) {
  const style = PROPOSAL_LAYER_STYLE;
  const a = toScreen(item.from);
  const b = toScreen(item.to);
  context.lineWidth = item.highlighted ? 3.5 : 2;
  context.setLineDash(item.extendsExisting ? [...style.dot] : [...style.dash]);
  context.beginPath();
  context.moveTo(a.x, a.y);
  context.lineTo(b.x, b.y);
  context.stroke();
}

/** One proposed entity: a dashed ring and its name, right of the ring unless that covers a name
 * already written (the graph's, or another proposal's: `taken`, which it joins), else left of it;
 * where both are covered, right all the same, on a card over the names beneath: a proposal under
 * review is always named, and legibly. */
function drawProposedEntity(
  context: CanvasRenderingContext2D,
  item: Extract<OverlayItem, { type: 'entity' }>,
  toScreen: ToScreen,
  taken: NameBox[],
) {
  const style = PROPOSAL_LAYER_STYLE;
  const p = toScreen(item.at);
  const radius = style.ringRadius + (item.highlighted ? 3 : 0);
  context.setLineDash([4, 3]);
  context.lineWidth = item.highlighted ? 3 : 2;
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.beginPath();
  context.arc(p.x, p.y, radius, 0, Math.PI * 2);
  context.fill();
  context.stroke();
  context.setLineDash([]);
  context.font = style.font;
  context.textBaseline = 'middle';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  // a name that would run past the graph's right edge ends there with "…", as sigma's names do
  const right = p.x + radius + 4;
  const room = context.canvas.clientWidth - right - 2;
  const width = (text: string) => context.measureText(text).width;
  const fitted = room > 0 ? fitLabel(item.label, room, width) : item.label;
  const ring = { x: p.x, y: p.y, size: radius + 1 };
  const widths = { right: width(fitted), left: width(item.label) };
  const place = nameBox(ring, widths, NAME_HEIGHT, taken);
  const label = place?.side === 'left' ? item.label : fitted;
  const x = place?.side === 'left' ? place.box.left : right;
  taken.push(
    place?.box ?? {
      left: right,
      top: p.y - NAME_HEIGHT / 2,
      right: right + widths.right,
      bottom: p.y + NAME_HEIGHT / 2,
    },
  );
  // no side is clear: the name is written on a card of its own over the names beneath
  if (place === null) {
    context.fillStyle = 'rgba(255, 255, 255, 0.95)';
    context.fillRect(x - 2, p.y - NAME_HEIGHT / 2 - 2, widths.right + 4, NAME_HEIGHT + 4);
  }
  context.strokeText(label, x, p.y);
  context.fillStyle = item.highlighted ? style.highlight : '#1b2430';
  context.fillText(label, x, p.y);
}

/** The height a proposal's name takes (its font's size). */
const NAME_HEIGHT = 12;

/** One proposal, dimmed while another is highlighted. */
function drawItem(
  context: CanvasRenderingContext2D,
  item: OverlayItem,
  anyHighlighted: boolean,
  toScreen: ToScreen,
  taken: NameBox[],
) {
  const style = PROPOSAL_LAYER_STYLE;
  context.globalAlpha = anyHighlighted && !item.highlighted ? style.dimAlpha : 1;
  context.strokeStyle = item.highlighted ? style.highlight : style.color;
  context.fillStyle = item.highlighted ? style.highlight : style.color;
  if (item.type === 'relation') drawProposedRelation(context, item, toScreen);
  else drawProposedEntity(context, item, toScreen, taken);
}

type ParleySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

const pointsOf = (items: OverlayItem[]) =>
  items.flatMap((item) => (item.type === 'entity' ? [item.at] : [item.from, item.to]));
const keyOf = (items: OverlayItem[]) =>
  items
    .filter((item) => item.highlighted)
    .map((item) => item.key)
    .join(' ') || null;

/** The overlay's canvas over sigma's, and what draws the pending proposals on it. */
function createProposalCanvas(
  sigma: ParleySigma,
  graph: ParleyGraph,
  feed: ReviewFeed,
  camera: ReviewCamera,
  namesWritten: () => NameBox[],
) {
  const canvas = document.createElement('canvas');
  canvas.className = 'proposal-layer';
  canvas.setAttribute('aria-hidden', 'true');
  sigma.getContainer().append(canvas);
  const context = canvas.getContext('2d');
  function draw() {
    if (!context) return;
    clearOverlayCanvas(canvas, context, sigma.getDimensions());
    const items = overlayItems(graph, feed.get());
    canvas.hidden = items.length === 0;
    if (items.length === 0) return;
    const anyHighlighted = items.some((item) => item.highlighted);
    const toScreen = (p: Point) => camera.screenPoint(p);
    // lines under rings, highlighted ones last so they stay on top
    const ordered = [
      ...items.filter((i) => i.type === 'relation' && !i.highlighted),
      ...items.filter((i) => i.type === 'entity' && !i.highlighted),
      ...items.filter((i) => i.highlighted),
    ];
    // the graph's names (a fresh list each frame), which the proposals' names then join
    const taken = namesWritten();
    const graphNames = taken.length;
    for (const item of ordered) drawItem(context, item, anyHighlighted, toScreen, taken);
    // where the proposals' names went, for the browser tests; the attribute is touched only when
    // they move (this runs after every frame sigma draws)
    const places = JSON.stringify(taken.slice(graphNames));
    if (canvas.dataset.names !== places) canvas.dataset.names = places;
    context.globalAlpha = 1;
    context.setLineDash([]);
  }
  return { draw, remove: () => canvas.remove() };
}

/**
 * The camera following the review: a review brought into view as it opens, a proposal as it is
 * highlighted, a small story kept whole in view as proposals are accepted and as the stage changes
 * size, and fitted to the stage again when the review closes. Moves wait for the next frame where
 * the page or sigma must lay out first; none runs once `alive()` is false.
 */
function followReview(
  sigma: ParleySigma,
  graph: ParleyGraph,
  feed: ReviewFeed,
  camera: ReviewCamera,
  alive: () => boolean,
) {
  const later = (move: () => void) => requestAnimationFrame(() => alive() && move());
  const small = () => graph.order <= WHOLE_IN_VIEW_UP_TO;
  // an empty story included: undoing its first accepts leaves only the proposals to show
  const reviewingSmallStory = () => feed.get() !== null && small();
  /** The story and what is still proposed, fitted into the free area from sigma's own fit. */
  function fitSmallStory() {
    if (!reviewingSmallStory()) return;
    const nodes = graph.mapNodes((_node, { x, y }) => ({ x, y }));
    camera.reveal([...nodes, ...pointsOf(overlayItems(graph, feed.get()))], SIGMA_FIT);
  }
  // sigma frames the nodes' extent: in a small story, where it stands (a larger graph is never
  // refitted, and its extent is not worked out on every change)
  const framing = () => (small() ? JSON.stringify(graphBounds(graph)) : null);
  let framed = framing();
  // what was on screen already when this layer started (a review restored with its workspace)
  let shown: { draft: unknown; highlighted: string | null } = {
    draft: feed.get()?.draft ?? null,
    highlighted: keyOf(overlayItems(graph, feed.get())),
  };
  function follow() {
    const view = feed.get();
    const items = overlayItems(graph, view);
    const key = keyOf(items);
    const frame = framing();
    const reframed = frame !== framed;
    framed = frame;
    if (view !== null && shown.draft === null) {
      // opened: the review panel this store change opens is laid out by the next frame
      later(() => camera.reveal(pointsOf(items)));
    } else if (reframed && reviewingSmallStory()) {
      // an accept that widens a small story's extent moves where sigma frames every node, so the
      // camera could not keep the view anyway (it takes the new extent as it draws, by the next
      // frame); an accept inside the extent leaves the camera where it is
      later(fitSmallStory);
    } else if (view === null && shown.draft !== null && graph.order > 0 && small()) {
      // closed: a small story fills the stage again, as it opens
      const whole = wholeGraphCamera(sigma, sigma.getContainer());
      if (whole) camera.glide(whole);
    } else if (key !== null && key !== shown.highlighted) {
      camera.reveal(pointsOf(items.filter((item) => item.highlighted)));
    }
    shown = { draft: view?.draft ?? null, highlighted: key };
  }
  // the stage changes size as the panels around it fill (the timeline, once a relation is dated)
  const resized = () => {
    if (reviewingSmallStory()) later(fitSmallStory);
  };
  return { follow, resized };
}

/** The overlay over `sigma`; `namesWritten` says where the graph's last frame wrote its names (a
 * fresh list on each call, which the overlay extends), which the proposals' names keep clear of
 * where they can. */
export function mountProposalLayer(
  sigma: ParleySigma,
  graph: ParleyGraph,
  feed: ReviewFeed,
  namesWritten: () => NameBox[] = () => [],
): () => void {
  let alive = true;
  const camera = createReviewCamera(sigma, feed.covered);
  const layer = createProposalCanvas(sigma, graph, feed, camera, namesWritten);
  const follower = followReview(sigma, graph, feed, camera, () => alive);
  const onRender = () => layer.draw();
  const onResize = () => {
    layer.draw();
    follower.resized();
  };
  sigma.on('afterRender', onRender);
  sigma.on('resize', onResize);
  const unsubscribe = feed.subscribe(() => {
    layer.draw();
    follower.follow();
  });
  layer.draw();
  return () => {
    alive = false;
    unsubscribe();
    sigma.off('afterRender', onRender);
    sigma.off('resize', onResize);
    layer.remove();
  };
}

/** The store's review as the overlay reads it; the positions map is built once per review. */
export function reviewFeedFromStore(
  store: Store<AppState>,
  covered: () => DOMRect | null,
): ReviewFeed {
  let cached: { review: Review; positions: Map<string, Point> } | null = null;
  return {
    get() {
      const { review, highlightedProposal } = store.get();
      if (!review) return null;
      if (cached?.review !== review) cached = { review, positions: positionsMap(review) };
      return { draft: review.draft, positions: cached.positions, highlighted: highlightedProposal };
    },
    subscribe: (listener) =>
      store.subscribe((state, previous) => {
        if (
          state.review !== previous.review ||
          state.highlightedProposal !== previous.highlightedProposal ||
          state.graphVersion !== previous.graphVersion
        )
          listener();
      }),
    covered,
  };
}
