// Accepting and rejecting a draft's proposals against the live graph, through a workspace
// transaction (so an accept is one undoable command). An accepted entity becomes a
// node with the attributes buildGraph gives (colour by kind, size by neighbours), placed near the
// entities it is linked to; an accepted relation becomes an edge, or, when it `extends` a relation
// already there, adds its evidence to that edge. Accepting a relation whose new end is still
// pending accepts that entity too (a relation cannot hang in the air); when that end was rejected,
// the relation is refused with a message. Rejecting an entity rejects the pending relations that
// need it. The draft is never changed in place: each step returns the next draft.
import type { Entity, Evidence, Source } from '../data/schema';
import { graphBounds } from '../graph/bounds';
import { MIN_NODE_SIZE } from '../graph/build-graph';
import { joinEvidence } from '../graph/evidence';
import { colorForKind } from '../graph/palette';
import type { ParleyGraph } from '../graph/types';
import type { Decision, Draft } from '../ingest/draft';
import { type Extent, placeLoose } from './loose-layout';
import type { Transaction } from './transaction';

export type ProposalRef = { type: 'entity' | 'relation'; index: number };
export type Point = { x: number; y: number };

export type Applied = {
  /** Entity ids added as nodes. */
  nodes: string[];
  /** Relation ids added as edges. */
  edges: string[];
  /** Existing edges that gained evidence. */
  extended: string[];
};

export type AcceptOutcome =
  | { ok: true; draft: Draft; applied: Applied }
  | { ok: false; message: string };

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The label of an entity, whether in the graph or proposed by the draft; else its id. */
export function labelOf(graph: ParleyGraph, draft: Draft, id: string): string {
  if (graph.hasNode(id)) return graph.getNodeAttribute(id, 'label');
  return draft.entities.find((p) => p.entity.id === id)?.entity.label ?? id;
}

/** "Jane Doe held a call with Bo Li": a relation proposal as a plain sentence. */
export function describeRelation(graph: ParleyGraph, draft: Draft, index: number): string {
  const proposal = draft.relations[index];
  if (!proposal) return '';
  const { source, target, label } = proposal.relation;
  return `${labelOf(graph, draft, source)} ${label} ${labelOf(graph, draft, target)}`;
}

function graphExtent(graph: ParleyGraph): Extent {
  const bounds = graphBounds(graph);
  if (!bounds) return { minX: -1, maxX: 1, minY: -1, maxY: 1, span: 2 };
  const { minX, maxX, minY, maxY } = bounds;
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  return { minX, maxX, minY, maxY, span };
}

/**
 * Where each proposed new entity goes: around the mean of the entities it is linked to (by the
 * draft's relations), at a distance proportional to the graph's extent, spread by the golden
 * angle so neighbours do not overlap, kept inside the graph's extent (so the camera need not
 * move); entities linked to nothing known go on a ring (loose-layout.ts). Deterministic,
 * so the overlay's dashed ring is where the node appears once accepted.
 */
export function placeProposedEntities(graph: ParleyGraph, draft: Draft): Map<string, Point> {
  const extent = graphExtent(graph);
  const offset = extent.span * 0.08;
  const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
  const placed = new Map<string, Point>();
  const positionOf = (id: string): Point | undefined => {
    if (graph.hasNode(id)) {
      const { x, y } = graph.getNodeAttributes(id);
      return { x, y };
    }
    return placed.get(id);
  };
  const pending = draft.entities.map((p) => p.entity.id).filter((id) => !graph.hasNode(id));
  const neighboursOf = (id: string) =>
    draft.relations.flatMap(({ relation }) =>
      relation.source === id ? [relation.target] : relation.target === id ? [relation.source] : [],
    );
  // Entities linked to known ones first, then those linked to just-placed ones, a few rounds.
  let turn = 0;
  for (let round = 0; round < 4; round++) {
    for (const id of pending) {
      if (placed.has(id)) continue;
      const anchors = neighboursOf(id)
        .map(positionOf)
        .filter((p): p is Point => p !== undefined);
      if (anchors.length === 0) continue;
      const mean = {
        x: anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length,
        y: anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length,
      };
      const angle = turn++ * GOLDEN_ANGLE;
      placed.set(id, {
        x: clamp(mean.x + offset * Math.cos(angle), extent.minX, extent.maxX),
        y: clamp(mean.y + offset * Math.sin(angle), extent.minY, extent.maxY),
      });
    }
  }
  const loose = pending.filter((id) => !placed.has(id));
  const links = draft.relations.map(({ relation }) => relation);
  for (const [id, point] of placeLoose(loose, links, extent, offset, graph.order === 0))
    placed.set(id, point);
  return placed;
}

function withDecision(draft: Draft, ref: ProposalRef, decision: Decision): Draft {
  if (ref.type === 'entity') {
    return {
      ...draft,
      entities: draft.entities.map((p, i) => (i === ref.index ? { ...p, decision } : p)),
    };
  }
  return {
    ...draft,
    relations: draft.relations.map((p, i) => (i === ref.index ? { ...p, decision } : p)),
  };
}

/** Adds the draft's source to the graph's `sources` attribute, once. */
export function ensureSource(tx: Transaction, source: Source): void {
  const sources = tx.graph.getAttribute('sources') ?? [];
  if (sources.some((s) => s.id === source.id)) return;
  tx.setGraph({ sources: [...sources, { ...source }] });
}

function addEntity(tx: Transaction, entity: Entity, at: Point | undefined): void {
  const { id, ...attributes } = entity;
  tx.addNode(id, {
    ...attributes,
    aliases: [...attributes.aliases],
    x: at?.x ?? 0,
    y: at?.y ?? 0,
    size: MIN_NODE_SIZE,
    color: colorForKind(entity.kind),
  });
}

/** Why an entity proposal cannot be accepted; null when it can. */
function entityProblem(graph: ParleyGraph, draft: Draft, index: number): string | null {
  const proposal = draft.entities[index];
  if (!proposal) return `there is no proposed entity number ${index + 1}`;
  if (proposal.decision === 'accepted') return null;
  if (graph.hasNode(proposal.entity.id))
    return `the graph already has an entity “${proposal.entity.id}”`;
  return null;
}

/**
 * Accepts one proposal: adds it to the graph (with any pending entity a relation needs) and the
 * article to the graph's sources. Refuses, changing nothing, when it cannot be added.
 */
export function acceptProposal(
  tx: Transaction,
  draft: Draft,
  ref: ProposalRef,
  positions: ReadonlyMap<string, Point> = placeProposedEntities(tx.graph, draft),
): AcceptOutcome {
  const { graph } = tx;
  const applied: Applied = { nodes: [], edges: [], extended: [] };
  if (ref.type === 'entity') {
    const problem = entityProblem(graph, draft, ref.index);
    if (problem) return { ok: false, message: problem };
    const proposal = draft.entities[ref.index]!;
    if (proposal.decision === 'accepted') return { ok: true, draft, applied };
    ensureSource(tx, draft.source);
    addEntity(tx, proposal.entity, positions.get(proposal.entity.id));
    tx.sizeNodesByNeighbours();
    applied.nodes.push(proposal.entity.id);
    return { ok: true, draft: withDecision(draft, ref, 'accepted'), applied };
  }

  const proposal = draft.relations[ref.index];
  if (!proposal)
    return { ok: false, message: `there is no proposed relation number ${ref.index + 1}` };
  if (proposal.decision === 'accepted') return { ok: true, draft, applied };
  const { relation } = proposal;
  const sentence = describeRelation(graph, draft, ref.index);

  if (proposal.extends !== undefined) {
    if (!graph.hasEdge(proposal.extends))
      return {
        ok: false,
        message: `“${sentence}” adds evidence to relation “${proposal.extends}”, which is not in the graph`,
      };
    ensureSource(tx, draft.source);
    const existing = graph.getEdgeAttribute(proposal.extends, 'evidence') ?? [];
    tx.setEdge(proposal.extends, { evidence: joinEvidence(existing, relation.evidence) });
    applied.extended.push(proposal.extends);
    return { ok: true, draft: withDecision(draft, ref, 'accepted'), applied };
  }

  if (graph.hasEdge(relation.id))
    return { ok: false, message: `the graph already has a relation “${relation.id}”` };
  // The ends: in the graph already, or proposed entities accepted along with the relation.
  const ends: number[] = [];
  for (const end of [relation.source, relation.target]) {
    if (graph.hasNode(end)) continue;
    const at = draft.entities.findIndex((p) => p.entity.id === end);
    const endProposal = draft.entities[at];
    if (!endProposal)
      return { ok: false, message: `“${sentence}” links to an unknown entity “${end}”` };
    if (endProposal.decision === 'rejected')
      return {
        ok: false,
        message: `“${sentence}” needs ${endProposal.entity.label}, which was rejected; accept ${endProposal.entity.label} first`,
      };
    const problem = entityProblem(graph, draft, at);
    if (problem) return { ok: false, message: problem };
    if (!ends.includes(at)) ends.push(at);
  }
  if (relation.source === relation.target)
    return { ok: false, message: `“${sentence}” links an entity to itself` };

  ensureSource(tx, draft.source);
  let next = draft;
  for (const at of ends) {
    const entity = draft.entities[at]!.entity;
    addEntity(tx, entity, positions.get(entity.id));
    applied.nodes.push(entity.id);
    next = withDecision(next, { type: 'entity', index: at }, 'accepted');
  }
  const { id, source, target, directed, ...attributes } = relation;
  const copy = { ...attributes, evidence: attributes.evidence.map((e) => ({ ...e })) };
  tx.addEdge(id, source, target, !directed, copy);
  applied.edges.push(id);
  tx.sizeNodesByNeighbours();
  return { ok: true, draft: withDecision(next, ref, 'accepted'), applied };
}

/**
 * Rejects one proposal. Rejecting an entity also rejects the pending relations that need it;
 * `cascaded` counts them. An accepted proposal stays accepted (it is already in the graph).
 */
export function rejectProposal(draft: Draft, ref: ProposalRef): { draft: Draft; cascaded: number } {
  const list = ref.type === 'entity' ? draft.entities : draft.relations;
  const proposal = list[ref.index];
  if (!proposal || proposal.decision === 'accepted') return { draft, cascaded: 0 };
  let next = withDecision(draft, ref, 'rejected');
  let cascaded = 0;
  if (ref.type === 'entity') {
    const id = draft.entities[ref.index]!.entity.id;
    next = {
      ...next,
      relations: next.relations.map((p) => {
        if (p.decision !== 'pending' || p.extends !== undefined) return p;
        if (p.relation.source !== id && p.relation.target !== id) return p;
        cascaded++;
        return { ...p, decision: 'rejected' as const };
      }),
    };
  }
  return { draft: next, cascaded };
}

/** Accepts every pending proposal (entities first); the ones that cannot be added are reported. */
export function acceptAllPending(
  tx: Transaction,
  draft: Draft,
  positions: ReadonlyMap<string, Point> = placeProposedEntities(tx.graph, draft),
): { draft: Draft; applied: Applied; problems: string[] } {
  const applied: Applied = { nodes: [], edges: [], extended: [] };
  const problems: string[] = [];
  let next = draft;
  const refs: ProposalRef[] = [
    ...draft.entities.map((_p, index) => ({ type: 'entity' as const, index })),
    ...draft.relations.map((_p, index) => ({ type: 'relation' as const, index })),
  ];
  for (const ref of refs) {
    const list = ref.type === 'entity' ? next.entities : next.relations;
    if (list[ref.index]?.decision !== 'pending') continue;
    const outcome = acceptProposal(tx, next, ref, positions);
    if (!outcome.ok) {
      problems.push(outcome.message);
      continue;
    }
    next = outcome.draft;
    applied.nodes.push(...outcome.applied.nodes);
    applied.edges.push(...outcome.applied.edges);
    applied.extended.push(...outcome.applied.extended);
  }
  return { draft: next, applied, problems };
}

/** How many proposals (entities and relations) are pending, accepted and rejected. */
export function countDecisions(draft: Draft): Record<Decision, number> {
  const counts: Record<Decision, number> = { pending: 0, accepted: 0, rejected: 0 };
  for (const p of [...draft.entities, ...draft.relations]) counts[p.decision]++;
  return counts;
}

/** What the proposals overlay draws: the draft under review, where its new entities go, and the
 * proposal the person is pointing at (hovered or focused in the panel). */
export type ReviewView = {
  draft: Draft;
  positions: ReadonlyMap<string, Point>;
  highlighted: ProposalRef | null;
};

/** The review as the overlay sees it: read it, hear when it changes, and where the panel is. */
export type ReviewFeed = {
  get(): ReviewView | null;
  subscribe(listener: () => void): () => void;
  /** The part of the page the review panel covers, so the overlay keeps proposals out from under it. */
  covered(): DOMRect | null;
};
