// Reads graphology's serialization format (Parley's own JSON export, Gephi Lite's JSON files):
// the shape is checked with zod; what the attributes mean is left to normalizeGraph.
import { z } from 'zod';
import { describeValue, zodProblems } from '../data/zod-problems';
import type { ReadResult } from './import-types';

/** A key or an edge end: graphology allows text or numbers; Parley keeps it as text. */
const keySchema = (missing: string) =>
  z
    .union([z.string(), z.number()], {
      error: (issue) =>
        issue.input === undefined
          ? missing
          : `must be text or a number, not ${describeValue(issue.input)}`,
    })
    .transform(String);

const AttributesSchema = z.record(z.string(), z.unknown(), {
  error: 'must be an object of attributes',
});

const NodeSchema = z.object(
  {
    key: keySchema('is missing: every node needs a key'),
    attributes: AttributesSchema.nullish(),
  },
  { error: 'each node must be an object with a "key"' },
);

const EdgeSchema = z.object(
  {
    key: keySchema('is missing').nullish(),
    source: keySchema('is missing: every edge needs a source node'),
    target: keySchema('is missing: every edge needs a target node'),
    undirected: z.boolean({ error: 'must be true or false' }).nullish(),
    attributes: AttributesSchema.nullish(),
  },
  { error: 'each edge must be an object with a "source" and a "target"' },
);

export const GraphologyDocumentSchema = z.object({
  attributes: AttributesSchema.nullish(),
  options: z
    .object(
      {
        type: z
          .enum(['mixed', 'directed', 'undirected'], {
            error: 'must be mixed, directed or undirected',
          })
          .nullish(),
      },
      { error: 'must be an object of graph options' },
    )
    .nullish(),
  nodes: z.array(NodeSchema, { error: 'must be a list (an array) of nodes' }),
  edges: z.array(EdgeSchema, { error: 'must be a list (an array) of edges' }).nullish(),
});

export function readGraphology(value: unknown): ReadResult {
  const parsed = GraphologyDocumentSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error.issues) };
  const doc = parsed.data;
  const undirectedGraph = doc.options?.type === 'undirected';
  return {
    ok: true,
    graph: {
      attributes: doc.attributes ?? {},
      nodes: doc.nodes.map((n) => ({ key: n.key, attributes: n.attributes ?? {} })),
      edges: (doc.edges ?? []).map((e) => ({
        key: e.key ?? null,
        source: e.source,
        target: e.target,
        undirected: e.undirected === true || undirectedGraph,
        attributes: e.attributes ?? {},
      })),
      where: { keyName: 'key', elementAttributes: ['attributes'], graphAttributes: ['attributes'] },
    },
  };
}
