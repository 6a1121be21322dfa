import { describe, expect, it } from 'vitest';
import { buildGraph, MIN_NODE_SIZE } from '../../src/graph/build-graph';
import { KIND_COLORS } from '../../src/graph/palette';
import type { ParleyGraph } from '../../src/graph/types';
import {
  acceptAllPending,
  acceptProposal,
  countDecisions,
  describeRelation,
  placeProposedEntities,
  rejectProposal,
} from '../../src/workspace/apply-draft';
import { createItemOrder } from '../../src/workspace/order';
import { createTransaction } from '../../src/workspace/transaction';
import { miniDataset } from '../fixtures/mini-dataset';
import { miniDraft } from '../ingest/draft-fixture';

/** Accepts straight into the graph, as one transaction would. */
const txOn = (graph: ParleyGraph) => createTransaction(graph, createItemOrder(graph));

const setup = () => ({ graph: buildGraph(miniDataset()), draft: miniDraft() });

describe('accepting proposals into the live graph', () => {
  it('adds an accepted entity with buildGraph’s attributes, near where the overlay drew it', () => {
    const { graph, draft } = setup();
    const positions = placeProposedEntities(graph, draft);
    const outcome = acceptProposal(txOn(graph), draft, { type: 'entity', index: 0 }, positions);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.applied.nodes).toEqual(['cara-diaz']);
    expect(outcome.draft.entities[0]?.decision).toBe('accepted');
    expect(draft.entities[0]?.decision).toBe('pending'); // the draft given is not changed
    const node = graph.getNodeAttributes('cara-diaz');
    expect(node).toMatchObject({
      label: 'Cara Diaz',
      kind: 'person',
      aliases: ['Diaz'],
      color: KIND_COLORS.person,
      ...positions.get('cara-diaz'),
    });
    expect(node.size).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
  });

  it('places a new entity near the known entity it is linked to', () => {
    const { graph, draft } = setup();
    const at = placeProposedEntities(graph, draft).get('cara-diaz');
    const ana = graph.getNodeAttributes('ana');
    let far = 0;
    graph.forEachNode((_n, a) => {
      far = Math.max(far, Math.hypot(a.x - ana.x, a.y - ana.y));
    });
    expect(at).toBeDefined();
    expect(Math.hypot((at?.x ?? 0) - ana.x, (at?.y ?? 0) - ana.y)).toBeLessThan(far);
  });

  it('adds an accepted relation as an edge with the evidence, and the article as a source, once', () => {
    const { graph, draft } = setup();
    const first = acceptProposal(txOn(graph), draft, { type: 'relation', index: 0 });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(graph.hasEdge('a3-meeting-1')).toBe(true);
    expect(graph.extremities('a3-meeting-1')).toEqual(['ana', 'cara-diaz']);
    expect(graph.isDirected('a3-meeting-1')).toBe(false);
    expect(graph.getEdgeAttributes('a3-meeting-1')).toEqual({
      kind: 'meeting',
      label: 'met',
      date: '2025-06-01',
      tone: 'verbal-cooperation',
      evidence: [{ source: 'a3', quote: 'Ana Ruiz met Cara Diaz in Geneva on Sunday.' }],
    });
    // its new end, still pending, was accepted along with it
    expect(first.applied.nodes).toEqual(['cara-diaz']);
    expect(first.draft.entities[0]?.decision).toBe('accepted');
    const second = acceptProposal(txOn(graph), first.draft, { type: 'relation', index: 1 });
    expect(second.ok).toBe(true);
    expect(graph.getAttribute('sources').map((s) => s.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('adds the evidence of a relation that extends one already in the graph', () => {
    const { graph, draft } = setup();
    const edges = graph.size;
    const outcome = acceptProposal(txOn(graph), draft, { type: 'relation', index: 2 });
    expect(outcome.ok && outcome.applied.extended).toEqual(['r1']);
    expect(graph.size).toBe(edges);
    expect(graph.getEdgeAttribute('r1', 'evidence')).toEqual([
      { source: 'a1', quote: 'Ana called Bo.' },
      { source: 'a3', quote: 'Ruiz and Bo Li spoke by phone again.' },
    ]);
  });

  it('refuses a relation whose new end was rejected, and changes nothing', () => {
    const { graph, draft } = setup();
    const before = JSON.stringify(graph.export());
    const rejected = rejectProposal(draft, { type: 'entity', index: 1 }).draft;
    const outcome = acceptProposal(
      txOn(graph),
      { ...rejected, relations: draft.relations },
      {
        type: 'relation',
        index: 1,
      },
    );
    expect(outcome).toEqual({
      ok: false,
      message:
        '“Cara Diaz held a call with Dan Eko” needs Dan Eko, which was rejected; accept Dan Eko first',
    });
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('refuses an entity whose id the graph already holds', () => {
    const { graph, draft } = setup();
    draft.entities[0]!.entity.id = 'bo';
    const outcome = acceptProposal(txOn(graph), draft, { type: 'entity', index: 0 });
    expect(outcome).toEqual({ ok: false, message: 'the graph already has an entity “bo”' });
  });

  it('accepts all remaining proposals, skipping the rejected ones', () => {
    const { graph, draft } = setup();
    const { draft: afterReject } = rejectProposal(draft, { type: 'relation', index: 0 });
    const { draft: done, applied, problems } = acceptAllPending(txOn(graph), afterReject);
    expect(problems).toEqual([]);
    expect(applied).toEqual({
      nodes: ['cara-diaz', 'dan-eko'],
      edges: ['a3-call-2'],
      extended: ['r1'],
    });
    expect(graph.hasEdge('a3-meeting-1')).toBe(false);
    expect(countDecisions(done)).toEqual({ pending: 0, accepted: 4, rejected: 1 });
  });
});

describe('rejecting proposals', () => {
  it('rejecting an entity rejects the pending relations that need it', () => {
    const { draft } = setup();
    const { draft: next, cascaded } = rejectProposal(draft, { type: 'entity', index: 0 });
    expect(cascaded).toBe(2);
    expect(next.relations.map((r) => r.decision)).toEqual(['rejected', 'rejected', 'pending']);
  });

  it('describes a relation as a plain sentence with the entities’ labels', () => {
    const { graph, draft } = setup();
    expect(describeRelation(graph, draft, 1)).toBe('Cara Diaz held a call with Dan Eko');
    expect(describeRelation(graph, draft, 2)).toBe('Ana Ruiz spoke by phone with Bo Li');
  });
});
