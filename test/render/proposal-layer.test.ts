import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import type { ParleyGraph } from '../../src/graph/types';
import { overlayItems } from '../../src/render/proposal-layer';
import { acceptProposal, placeProposedEntities } from '../../src/workspace/apply-draft';
import { createItemOrder } from '../../src/workspace/order';
import { createTransaction } from '../../src/workspace/transaction';
import { miniDataset } from '../fixtures/mini-dataset';
import { miniDraft } from '../ingest/draft-fixture';

/** Accepts straight into the graph, as one transaction would. */
const txOn = (graph: ParleyGraph) => createTransaction(graph, createItemOrder(graph));

describe('the proposals overlay', () => {
  it('draws each pending proposal: rings where new entities will go, lines between the ends', () => {
    const graph = buildGraph(miniDataset());
    const draft = miniDraft();
    const positions = placeProposedEntities(graph, draft);
    const items = overlayItems(graph, { draft, positions, highlighted: null });
    expect(items.map((i) => i.key)).toEqual([
      'relation:0',
      'relation:1',
      'relation:2',
      'entity:0',
      'entity:1',
    ]);
    const meeting = items[0];
    const ana = graph.getNodeAttributes('ana');
    expect(meeting?.type === 'relation' && meeting.from).toEqual({ x: ana.x, y: ana.y });
    expect(meeting?.type === 'relation' && meeting.to).toEqual(positions.get('cara-diaz'));
    expect(items[2]?.type === 'relation' && items[2].extendsExisting).toBe(true);
  });

  it('highlights the proposal pointed at, and the new entities a highlighted relation needs', () => {
    const graph = buildGraph(miniDataset());
    const draft = miniDraft();
    const positions = placeProposedEntities(graph, draft);
    const items = overlayItems(graph, {
      draft,
      positions,
      highlighted: { type: 'relation', index: 1 },
    });
    expect(items.filter((i) => i.highlighted).map((i) => i.key)).toEqual([
      'relation:1',
      'entity:0',
      'entity:1',
    ]);
  });

  it('leaves out what was decided: accepted proposals are in the graph now', () => {
    const graph = buildGraph(miniDataset());
    const positions = placeProposedEntities(graph, miniDraft());
    const outcome = acceptProposal(
      txOn(graph),
      miniDraft(),
      { type: 'relation', index: 0 },
      positions,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    const items = overlayItems(graph, { draft: outcome.draft, positions, highlighted: null });
    expect(items.map((i) => i.key)).toEqual(['relation:1', 'relation:2', 'entity:1']);
    expect(overlayItems(graph, null)).toEqual([]);
  });
});
