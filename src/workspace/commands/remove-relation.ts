// Remove relation: takes one relation out of the graph.
import type { Transaction } from '../transaction';
import type { BodyOutcome } from '../workspace';
import { type CommandDef, done, labelOf, noRelation, refuse } from './command';

export function removeRelation(tx: Transaction, edge: string): BodyOutcome {
  if (!tx.graph.hasEdge(edge)) return refuse(noRelation(edge));
  tx.dropEdge(edge);
  tx.sizeNodesByNeighbours();
  return done;
}

export const REMOVE_RELATION: CommandDef<{ edge: string }> = {
  name: 'remove-relation',
  describe: ({ edge }, { graph }) => {
    if (!graph.hasEdge(edge)) return `Remove ${edge}`;
    const [source, target] = graph.extremities(edge);
    return `Remove ${labelOf(graph, source)} ${graph.getEdgeAttribute(edge, 'label')} ${labelOf(graph, target)}`;
  },
  validate: ({ edge }, { graph }) => (graph.hasEdge(edge) ? null : noRelation(edge)),
  apply: (tx, { edge }) => removeRelation(tx, edge),
};
