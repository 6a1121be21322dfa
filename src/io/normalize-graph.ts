// A loose graph from any reader → a ParleyGraph: keys checked (reserved, duplicate, broken),
// attributes validated with zod, then the defaults filled in (label = key, kind "unknown", colour
// by kind, sizes by degree, a layout when the file has no positions). Self-loops are kept, nodes
// that edges name but the file never declares are created, and every change goes in the report.

import { zodProblems } from '../data/zod-problems';
import { assignSizes, createEmptyGraph } from '../graph/build-graph';
import { assignLayout } from '../graph/layout';
import { colorForKind, UNKNOWN_KIND } from '../graph/palette';
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { checkStructure } from './check-structure';
import {
  EDGE_ATTRIBUTE_NAMES,
  EdgeAttributesSchema,
  GraphAttributesSchema,
  type ImportedEdgeAttributes,
  type ImportedNodeAttributes,
  isDrawableColor,
  NODE_ATTRIBUTE_NAMES,
  NodeAttributesSchema,
  SILENT_ATTRIBUTE_NAMES,
} from './import-attributes';
import {
  type AttributeDropped,
  type AttributeScope,
  addCounted,
  emptyReport,
  type ImportReport,
} from './import-report';
import type { ImportFormat, ImportProblem, LooseEdge, LooseGraph } from './import-types';

export type NormalizeResult =
  | { ok: true; graph: ParleyGraph; laidOut: boolean; report: ImportReport }
  | { ok: false; problems: ImportProblem[] };

/** Counts, per name, the attributes Parley does not keep (drawing hints included). */
function countUnknown(
  attributes: Record<string, unknown>,
  known: readonly string[],
  counts: Map<string, number>,
) {
  for (const name of Object.keys(attributes)) {
    if (!known.includes(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
}

function dropped(scope: AttributeScope, counts: Map<string, number>): AttributeDropped[] {
  return [...counts].map(([name, count]) => ({
    scope,
    name,
    count,
    reason: SILENT_ATTRIBUTE_NAMES.has(name)
      ? 'a drawing hint Parley does not use'
      : 'Parley does not use it',
  }));
}

/** A key that no edge uses yet, for edges the file gave none (`edge-3`, `edge-3-2`, …). */
function freshEdgeKey(index: number, taken: Set<string>): string {
  let key = `edge-${index}`;
  for (let n = 2; taken.has(key); n++) key = `edge-${index}-${n}`;
  taken.add(key);
  return key;
}

function nodeAttributes(
  key: string,
  parsed: ImportedNodeAttributes,
): Omit<NodeAttributes, 'x' | 'y' | 'size' | 'color'> {
  const kind = parsed.kind?.trim() || UNKNOWN_KIND;
  const attributes: Omit<NodeAttributes, 'x' | 'y' | 'size' | 'color'> = {
    label: parsed.label?.trim() ? parsed.label : key,
    kind,
    aliases: (parsed.aliases ?? []).filter((alias) => alias.trim() !== ''),
  };
  if (parsed.description?.trim()) attributes.description = parsed.description;
  if (parsed.roles && parsed.roles.length > 0) attributes.roles = parsed.roles;
  return attributes;
}

/** Same key order as buildGraph, so an exported graph re-exports to the same text. */
function edgeAttributes(parsed: ImportedEdgeAttributes): EdgeAttributes {
  const kind = parsed.kind?.trim() || UNKNOWN_KIND;
  return {
    kind,
    label: parsed.label?.trim() ? parsed.label : kind === UNKNOWN_KIND ? 'related to' : kind,
    ...(parsed.date != null && { date: parsed.date }),
    ...(parsed.dateApproximate != null && { dateApproximate: parsed.dateApproximate }),
    ...(parsed.tone != null && { tone: parsed.tone }),
    evidence: parsed.evidence ?? [],
  };
}

/** `us-china.graph.json` → `us-china.graph`: the title of a file that names none. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return base.trim() || 'Imported graph';
}

/**
 * Puts each created node at the centre of its neighbours that have a position (the graph's
 * centre when none has), nudged a little so that two never sit on the same spot.
 */
function placeBesideNeighbours(graph: ParleyGraph, created: readonly string[]): number {
  const pending = new Set(created);
  let cx = 0;
  let cy = 0;
  let spread = 1;
  graph.forEachNode((node, a) => {
    if (pending.has(node)) return;
    cx += a.x;
    cy += a.y;
  });
  const placedCount = graph.order - pending.size;
  cx /= placedCount;
  cy /= placedCount;
  graph.forEachNode((node, a) => {
    if (!pending.has(node)) spread = Math.max(spread, Math.abs(a.x - cx), Math.abs(a.y - cy));
  });
  created.forEach((node, i) => {
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(node, (neighbour, a) => {
      if (pending.has(neighbour)) return;
      x += a.x;
      y += a.y;
      n++;
    });
    const angle = i * 2.399963; // the golden angle: nudges that never line up
    const nudge = spread * 0.02;
    graph.mergeNodeAttributes(node, {
      x: (n > 0 ? x / n : cx) + nudge * Math.cos(angle),
      y: (n > 0 ? y / n : cy) + nudge * Math.sin(angle),
    });
  });
  return created.length;
}

/** The graph attributes Parley keeps; others (GEXF meta, GraphML graph data) are reported. */
const GRAPH_ATTRIBUTE_NAMES = ['title', 'sources', 'schemaVersion'];

type ParsedNode = { key: string; parsed: ImportedNodeAttributes };
type ParsedEdge = { edge: LooseEdge; parsed: ImportedEdgeAttributes; index: number };
type Structure = ReturnType<typeof checkStructure>;

/** The file's attributes checked with zod: the problems, or the parsed graph, nodes and edges
 * with the names of attributes Parley does not keep, counted. */
function parseAttributes(loose: LooseGraph, structure: Structure) {
  const problems = [...structure.problems];
  const { where } = loose;
  const graphAttributes = GraphAttributesSchema.safeParse(loose.attributes, { reportInput: true });
  if (!graphAttributes.success) {
    problems.push(...zodProblems(graphAttributes.error.issues, where.graphAttributes));
  }

  const nodes: ParsedNode[] = [];
  const unknownNode = new Map<string, number>();
  loose.nodes.forEach((node, i) => {
    const parsed = NodeAttributesSchema.safeParse(node.attributes, { reportInput: true });
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error.issues, ['nodes', i, ...where.elementAttributes]));
      return;
    }
    countUnknown(node.attributes, NODE_ATTRIBUTE_NAMES, unknownNode);
    nodes.push({ key: node.key, parsed: parsed.data });
  });

  const edges: ParsedEdge[] = [];
  const unknownEdge = new Map<string, number>();
  for (const { edge, index } of structure.edges) {
    const parsed = EdgeAttributesSchema.safeParse(edge.attributes, { reportInput: true });
    if (!parsed.success) {
      problems.push(
        ...zodProblems(parsed.error.issues, ['edges', index, ...where.elementAttributes]),
      );
      continue;
    }
    countUnknown(edge.attributes, EDGE_ATTRIBUTE_NAMES, unknownEdge);
    edges.push({ edge, parsed: parsed.data, index });
  }
  if (loose.nodes.length === 0 && structure.missingNodes.length === 0) {
    problems.push({
      path: 'nodes',
      message: 'the graph has no nodes, so there is nothing to show',
    });
  }
  return { problems, graphAttributes, nodes, edges, unknownNode, unknownEdge };
}

/** Adds the file's nodes (defaults filled in, counted in the report), then the ones its edges
 * name but it never declares. Returns the sizes the file gave and how many nodes it placed. */
function addNodes(
  graph: ParleyGraph,
  nodes: ParsedNode[],
  missing: readonly string[],
  report: ImportReport,
): { givenSizes: Map<string, number>; positioned: number } {
  const givenSizes = new Map<string, number>();
  let positioned = 0;
  for (const { key, parsed } of nodes) {
    const attributes = nodeAttributes(key, parsed);
    if (!parsed.kind?.trim()) report.kindsDefaulted.entities++;
    if (!parsed.label?.trim()) report.labelsDefaulted.entities++;
    report.emptyAliasesRemoved += (parsed.aliases?.length ?? 0) - attributes.aliases.length;
    let color = parsed.color?.trim() ?? '';
    if (color !== '' && !isDrawableColor(color)) {
      addCounted(report.colorsReplaced, color);
      color = '';
    }
    if (parsed.size != null) givenSizes.set(key, parsed.size);
    if (parsed.x != null && parsed.y != null) positioned++;
    graph.addNode(key, {
      ...attributes,
      x: parsed.x ?? 0,
      y: parsed.y ?? 0,
      size: parsed.size ?? 1,
      color: color || colorForKind(attributes.kind),
    });
  }
  for (const key of missing) {
    addCounted(report.entitiesCreated, key);
    graph.addNode(key, {
      label: key,
      kind: UNKNOWN_KIND,
      aliases: [],
      x: 0,
      y: 0,
      size: 1,
      color: colorForKind(UNKNOWN_KIND),
    });
  }
  return { givenSizes, positioned };
}

/** Adds the edges (a key made for those without one, defaults counted in the report). */
function addEdges(
  graph: ParleyGraph,
  loose: LooseGraph,
  edges: ParsedEdge[],
  sourceIds: Set<string>,
  report: ImportReport,
) {
  const takenEdgeKeys = new Set(loose.edges.flatMap((e) => (e.key === null ? [] : [e.key])));
  for (const { edge, parsed, index } of edges) {
    const key = edge.key ?? freshEdgeKey(index, takenEdgeKeys);
    if (edge.key === null) addCounted(report.keysCreated, key);
    if (edge.source === edge.target) addCounted(report.selfLoops, key);
    if (!parsed.kind?.trim()) report.kindsDefaulted.relations++;
    if (!parsed.label?.trim()) report.labelsDefaulted.relations++;
    const attributes = edgeAttributes(parsed);
    report.unresolvedEvidence += attributes.evidence.filter((e) => !sourceIds.has(e.source)).length;
    if (edge.undirected) graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes);
  }
}

export function normalizeGraph(
  loose: LooseGraph,
  fileName: string,
  options: { layout?: boolean; format?: ImportFormat; fileNames?: readonly string[] } = {},
): NormalizeResult {
  const structure = checkStructure(loose);
  const parsed = parseAttributes(loose, structure);
  const { problems, graphAttributes, nodes } = parsed;
  if (problems.length > 0 || !graphAttributes.success) return { ok: false, problems };

  const report = emptyReport(options.fileNames ?? [fileName], options.format ?? 'graphology');
  const notes = loose.notes ?? {};
  report.attributesRenamed.push(...(notes.renamed ?? []));
  report.leftOut.push(...(notes.leftOut ?? []));
  const unknownGraph = new Map<string, number>();
  countUnknown(loose.attributes, GRAPH_ATTRIBUTE_NAMES, unknownGraph);
  report.attributesDropped.push(
    ...(notes.dropped ?? []),
    ...dropped('graph', unknownGraph),
    ...dropped('entity', parsed.unknownNode),
    ...dropped('relation', parsed.unknownEdge),
  );

  const sources = graphAttributes.data.sources ?? [];
  const title = graphAttributes.data.title?.trim() || titleFromFileName(fileName);
  const graph = createEmptyGraph({ title, schemaVersion: 1, sources });
  const created = structure.missingNodes;
  const { givenSizes, positioned: given } = addNodes(graph, nodes, created, report);
  addEdges(graph, loose, parsed.edges, new Set(sources.map((s) => s.id)), report);

  if (givenSizes.size < graph.order) {
    report.sizesComputed = graph.order - givenSizes.size;
    assignSizes(graph);
    for (const [key, size] of givenSizes) graph.setNodeAttribute(key, 'size', size);
  }
  report.positionsGiven = given;
  let positioned = given;
  if (created.length > 0 && positioned === nodes.length && positioned > 0) {
    // the file placed every node it declares: keep that, and put the created ones beside theirs
    report.positionsPlaced = placeBesideNeighbours(graph, created);
    positioned += created.length;
  }
  const laidOut = positioned < graph.order;
  if (laidOut && (options.layout ?? true)) assignLayout(graph);
  report.entities = graph.order;
  report.relations = graph.size;
  report.laidOut = laidOut;
  return { ok: true, graph, laidOut, report };
}
