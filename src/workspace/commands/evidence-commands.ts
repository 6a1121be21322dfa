// Add evidence and Remove evidence: a quote (with its source) joins a relation, or leaves it; a
// relation always keeps at least one, and a quote already there is not added twice.
import type { ParleyGraph } from '../../graph/types';
import { type CommandDef, labelOf, noRelation, refuse } from './command';
import { foldQuote } from './evidence';
import { type Quote, quoteProblem, storedQuote } from './relation-rules';

const relationName = (graph: ParleyGraph, id: string) => {
  if (!graph.hasEdge(id)) return id;
  const [source, target] = graph.extremities(id);
  return `${labelOf(graph, source)} ${graph.getEdgeAttribute(id, 'label')} ${labelOf(graph, target)}`;
};

export type AddEvidenceArgs = { id: string } & Quote;

function addProblem(
  graph: ParleyGraph,
  articles: Parameters<typeof quoteProblem>[1],
  args: AddEvidenceArgs,
) {
  if (!graph.hasEdge(args.id)) return noRelation(args.id);
  const problem = quoteProblem(graph, articles, args);
  if (problem) return problem;
  const there = graph
    .getEdgeAttribute(args.id, 'evidence')
    .some((e) => e.source === args.source && foldQuote(e.quote) === foldQuote(args.quote));
  return there ? 'Evidence: the relation already has this quote from this source' : null;
}

export const ADD_EVIDENCE: CommandDef<AddEvidenceArgs> = {
  name: 'add-evidence',
  describe: ({ id }, { graph }) => `Add evidence to ${relationName(graph, id)}`,
  validate: (args, { graph, articles }) => addProblem(graph, articles, args),
  apply: (tx, args, { articles }) => {
    const problem = addProblem(tx.graph, articles, args);
    if (problem) return refuse(problem);
    const evidence = tx.graph.getEdgeAttribute(args.id, 'evidence');
    tx.setEdge(args.id, {
      evidence: [...evidence, { source: args.source, quote: storedQuote(args.quote) }],
    });
    return { ok: true };
  },
};

export type RemoveEvidenceArgs = { id: string; index: number };

function removeProblem(graph: ParleyGraph, { id, index }: RemoveEvidenceArgs) {
  if (!graph.hasEdge(id)) return noRelation(id);
  const evidence = graph.getEdgeAttribute(id, 'evidence');
  if (!evidence[index]) return `the relation has no quote number ${index + 1}`;
  if (evidence.length === 1)
    return 'a relation keeps at least one quote: add another before removing this one, or remove the relation';
  return null;
}

export const REMOVE_EVIDENCE: CommandDef<RemoveEvidenceArgs> = {
  name: 'remove-evidence',
  describe: ({ id }, { graph }) => `Remove evidence from ${relationName(graph, id)}`,
  validate: (args, { graph }) => removeProblem(graph, args),
  apply: (tx, args) => {
    const problem = removeProblem(tx.graph, args);
    if (problem) return refuse(problem);
    const evidence = tx.graph.getEdgeAttribute(args.id, 'evidence');
    tx.setEdge(args.id, { evidence: evidence.filter((_e, i) => i !== args.index) });
    return { ok: true };
  },
};
