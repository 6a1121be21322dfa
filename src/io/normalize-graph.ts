// A loose graph from any reader → a ParleyGraph: keys checked (reserved, duplicate, dangling),
// attributes validated with zod, then the defaults filled in (label = key, kind "unknown", colour
// by kind, sizes by degree, a layout when the file has no positions). Self-loops are dropped with
// a warning; duplicate keys and edges to unknown nodes are problems.

import { RESERVED_KEYS } from '../data/reserved-keys';
import { formatPath } from '../data/validate';
import { assignSizes, createEmptyGraph } from '../graph/build-graph';
import { assignLayout } from '../graph/layout';
import { colorForKind, UNKNOWN_KIND } from '../graph/palette';
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import {
  EDGE_ATTRIBUTE_NAMES,
  EdgeAttributesSchema,
  GraphAttributesSchema,
  type ImportedEdgeAttributes,
  type ImportedNodeAttributes,
  isDrawableColor,
  LONE_SURROGATE,
  NODE_ATTRIBUTE_NAMES,
  NodeAttributesSchema,
  SILENT_ATTRIBUTE_NAMES,
} from './import-attributes';
import type { ImportProblem, LooseEdge, LooseGraph } from './import-types';
import { IMPORT_LIMITS } from './limits';
import { zodProblems } from './zod-problems';

const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

export type NormalizeResult =
  | { ok: true; graph: ParleyGraph; laidOut: boolean; warnings: string[] }
  | { ok: false; problems: ImportProblem[] };

function checkKey(key: string, what: string, keyName: string): string | null {
  if (key.trim() === '')
    return `is missing or empty: every ${what} needs ${keyName === 'id' ? 'an id' : 'a key'}`;
  if (RESERVED_KEYS.has(key)) return `"${key}" cannot be used as a ${what} key (it is reserved)`;
  if (CONTROL_CHARS.test(key))
    return `the ${what} key ${JSON.stringify(key)} holds control characters`;
  // Keys travel in links (#/entity/<key>): too long or broken text could never be selected.
  if (key.length > IMPORT_LIMITS.maxKeyLength)
    return `the ${what} key is ${key.length} characters long; Parley reads keys of at most ${IMPORT_LIMITS.maxKeyLength} characters`;
  if (LONE_SURROGATE.test(key))
    return `the ${what} key ${JSON.stringify(key)} holds broken Unicode (a lone surrogate)`;
  return null;
}

/** Key problems (empty, reserved, duplicate, dangling ends); the edges kept, self-loops aside. */
export function checkStructure(loose: LooseGraph): {
  problems: ImportProblem[];
  warnings: string[];
  edges: { edge: LooseEdge; index: number }[];
} {
  const { keyName } = loose.where;
  const problems: ImportProblem[] = [];
  const warnings: string[] = [];
  const nodeIndex = new Map<string, number>();
  loose.nodes.forEach((node, i) => {
    const path = formatPath(['nodes', i, keyName]);
    const wrong = checkKey(node.key, 'node', keyName);
    if (wrong) problems.push({ path, message: wrong });
    const earlier = nodeIndex.get(node.key);
    if (earlier === undefined) nodeIndex.set(node.key, i);
    else if (!wrong) {
      problems.push({
        path,
        message: `duplicate node key "${node.key}" (first used at nodes[${earlier}])`,
      });
    }
  });

  const edgeIndex = new Map<string, number>();
  const edges: { edge: LooseEdge; index: number }[] = [];
  const selfLoops: string[] = [];
  loose.edges.forEach((edge, i) => {
    let broken = false;
    if (edge.key !== null) {
      const path = formatPath(['edges', i, keyName]);
      const wrong = checkKey(edge.key, 'edge', keyName);
      const earlier = edgeIndex.get(edge.key);
      if (wrong) problems.push({ path, message: wrong });
      else if (earlier !== undefined) {
        problems.push({
          path,
          message: `duplicate edge key "${edge.key}" (first used at edges[${earlier}])`,
        });
      } else edgeIndex.set(edge.key, i);
      broken = wrong !== null;
    }
    for (const end of ['source', 'target'] as const) {
      const node = edge[end];
      const path = formatPath(['edges', i, end]);
      if (node === '') {
        problems.push({ path, message: `an edge needs a ${end} node` });
        broken = true;
      } else if (!nodeIndex.has(node)) {
        problems.push({ path, message: `unknown node "${node}"` });
        broken = true;
      }
    }
    if (broken) return;
    if (edge.source === edge.target) selfLoops.push(formatPath(['edges', i]));
    else edges.push({ edge, index: i });
  });
  if (selfLoops.length > 0) {
    const shown = selfLoops.slice(0, 5).join(', ');
    const more = selfLoops.length > 5 ? ` and ${selfLoops.length - 5} more` : '';
    warnings.push(
      `left out ${selfLoops.length} self-loop(s) (an edge from a node to itself), which Parley does not draw: ${shown}${more}`,
    );
  }
  return { problems, warnings, edges };
}

function unknownNames(
  attributes: Record<string, unknown>,
  known: readonly string[],
  seen: Set<string>,
) {
  for (const name of Object.keys(attributes)) {
    if (!known.includes(name) && !SILENT_ATTRIBUTE_NAMES.has(name)) seen.add(name);
  }
}

function ignoredWarning(what: string, names: Set<string>): string[] {
  if (names.size === 0) return [];
  const list = [...names].slice(0, 8).map((n) => JSON.stringify(n));
  const more = names.size > 8 ? ` and ${names.size - 8} more` : '';
  return [`ignored ${what} attributes Parley does not use: ${list.join(', ')}${more}`];
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

export function normalizeGraph(
  loose: LooseGraph,
  fileName: string,
  options: { layout?: boolean } = {},
): NormalizeResult {
  const structure = checkStructure(loose);
  const problems = [...structure.problems];
  const warnings = [...structure.warnings];
  const { where } = loose;

  const graphAttributes = GraphAttributesSchema.safeParse(loose.attributes, { reportInput: true });
  if (!graphAttributes.success) {
    problems.push(...zodProblems(graphAttributes.error.issues, where.graphAttributes));
  }

  const nodes: { key: string; parsed: ImportedNodeAttributes }[] = [];
  const ignoredNode = new Set<string>();
  loose.nodes.forEach((node, i) => {
    const parsed = NodeAttributesSchema.safeParse(node.attributes, { reportInput: true });
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error.issues, ['nodes', i, ...where.elementAttributes]));
      return;
    }
    unknownNames(node.attributes, NODE_ATTRIBUTE_NAMES, ignoredNode);
    nodes.push({ key: node.key, parsed: parsed.data });
  });

  const edges: { edge: LooseEdge; parsed: ImportedEdgeAttributes; index: number }[] = [];
  const ignoredEdge = new Set<string>();
  for (const { edge, index } of structure.edges) {
    const parsed = EdgeAttributesSchema.safeParse(edge.attributes, { reportInput: true });
    if (!parsed.success) {
      problems.push(
        ...zodProblems(parsed.error.issues, ['edges', index, ...where.elementAttributes]),
      );
      continue;
    }
    unknownNames(edge.attributes, EDGE_ATTRIBUTE_NAMES, ignoredEdge);
    edges.push({ edge, parsed: parsed.data, index });
  }
  if (loose.nodes.length === 0) {
    problems.push({
      path: 'nodes',
      message: 'the graph has no nodes, so there is nothing to show',
    });
  }
  if (problems.length > 0 || !graphAttributes.success) return { ok: false, problems };

  const sources = graphAttributes.data.sources ?? [];
  const title = graphAttributes.data.title?.trim() || titleFromFileName(fileName);
  const graph = createEmptyGraph({ title, schemaVersion: 1, sources });

  const givenSizes = new Map<string, number>();
  let positioned = 0;
  const badColors: string[] = [];
  for (const { key, parsed } of nodes) {
    const attributes = nodeAttributes(key, parsed);
    let color = parsed.color?.trim() ?? '';
    if (color !== '' && !isDrawableColor(color)) {
      badColors.push(color);
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

  const takenEdgeKeys = new Set(loose.edges.flatMap((e) => (e.key === null ? [] : [e.key])));
  const sourceIds = new Set(sources.map((s) => s.id));
  let unresolvedEvidence = 0;
  for (const { edge, parsed, index } of edges) {
    const key = edge.key ?? freshEdgeKey(index, takenEdgeKeys);
    const attributes = edgeAttributes(parsed);
    unresolvedEvidence += attributes.evidence.filter((e) => !sourceIds.has(e.source)).length;
    if (edge.undirected) graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes);
  }

  if (givenSizes.size < graph.order) {
    assignSizes(graph);
    for (const [key, size] of givenSizes) graph.setNodeAttribute(key, 'size', size);
  }
  const laidOut = positioned < graph.order;
  if (laidOut) {
    if (positioned > 0) {
      warnings.push(
        `only ${positioned} of ${graph.order} nodes had a position (x and y), so Parley laid out the whole graph`,
      );
    }
    if (options.layout ?? true) assignLayout(graph);
  }

  warnings.push(...ignoredWarning('node', ignoredNode), ...ignoredWarning('edge', ignoredEdge));
  if (badColors.length > 0) {
    warnings.push(
      `${badColors.length} node colour(s) were not colours Parley can draw (for example ${JSON.stringify(badColors[0])}); those nodes take their kind's colour`,
    );
  }
  if (unresolvedEvidence > 0) {
    warnings.push(
      `${unresolvedEvidence} evidence quote(s) name a source that is not in the file's sources`,
    );
  }
  return { ok: true, graph, laidOut, warnings };
}
