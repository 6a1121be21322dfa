// Reads GEXF (Gephi, Gephi Lite, NetworkX, Parley's own export). The structure (ids, ends,
// directions) is read from the DOM first so problems name the element; graphology-gexf's parser
// then reads the attributes (the attribute model, defaults, viz colour/size/position, meta).
// An edge's direction is its `type`, else a boolean `directed` attribute (how Parley writes a
// graph that mixes both), else the graph's `defaultedgetype`. Colours written as r/g/b come back
// as #rrggbb, so Parley's own export reads back to the colours it was written from.

import Graph from 'graphology';
import createParserFunction from 'graphology-gexf/common/parser.js';
import type { GraphOptions } from 'graphology-types';
import { errorDetail } from '../data/errors';
import { checkStructure } from './check-structure';
import type { LooseEdge, LooseGraph, ReadResult } from './import-types';
import { type DomParserConstructor, graphElementOf } from './xml-dom';

const WHERE = { keyName: 'id', elementAttributes: [], graphAttributes: ['meta'] } as const;

/**
 * The parser's graph: always mixed, multi and with self-loops, so no file makes it throw or
 * merge edges (graphology-gexf would otherwise build a graph of its first edge's `type`, which
 * fails for "mutual", and upgrade it as it goes).
 */
class ParserGraph extends Graph {
  constructor(options?: Partial<GraphOptions>) {
    super({ ...options, type: 'mixed', multi: true, allowSelfLoops: true });
  }
}

const RGB = /^rgb\((\d{1,3}),(\d{1,3}),(\d{1,3})\)$/;

/** `rgb(31,95,168)` → `#1f5fa8`; anything else as it is. */
export function rgbToHex(color: string): string {
  const match = RGB.exec(color);
  if (!match) return color;
  const channels = [match[1], match[2], match[3]].map(Number);
  if (channels.some((c) => c > 255)) return color;
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Reads the <gexf> document; `Parser` is the DOMParser it was parsed with. */
export function readGexf(document: Document, Parser: DomParserConstructor): ReadResult {
  const root = document.documentElement;
  const found = graphElementOf(root);
  if (!found.ok) return found;
  const graphElement = found.element;
  const defaultType = graphElement.getAttribute('defaultedgetype') || 'undirected';
  const nodeElements = Array.from(graphElement.getElementsByTagName('node'));
  const edgeElements = Array.from(graphElement.getElementsByTagName('edge'));

  const nodes = nodeElements.map((element) => ({
    key: element.getAttribute('id') ?? '',
    attributes: {} as Record<string, unknown>,
  }));
  const types = edgeElements.map((element) => element.getAttribute('type') || null);
  const edges: LooseEdge[] = edgeElements.map((element, i) => ({
    key: element.getAttribute('id') || null,
    source: element.getAttribute('source') ?? '',
    target: element.getAttribute('target') ?? '',
    undirected: (types[i] ?? defaultType) !== 'directed',
    attributes: {},
  }));
  const loose: LooseGraph = { attributes: {}, nodes, edges, where: WHERE };
  // Duplicate ids would make the library throw (or merge two edges into one) before we could say where.
  const { problems } = checkStructure(loose);
  if (problems.length > 0) return { ok: false, problems };

  let parsed: Graph;
  try {
    const parse = createParserFunction(Parser, document.constructor as new () => unknown);
    parsed = parse(ParserGraph, document, {
      addMissingNodes: true,
      allowUndeclaredAttributes: true,
    });
  } catch (error) {
    const detail = errorDetail(error);
    return {
      ok: false,
      problems: [
        {
          path: '(root)',
          message: `could not read the GEXF: ${detail.replace(/^graphology-gexf\/parser:\s*/, '')}`,
        },
      ],
    };
  }

  for (const node of nodes) {
    const attributes = parsed.getNodeAttributes(node.key);
    if (typeof attributes.color === 'string') attributes.color = rgbToHex(attributes.color);
    node.attributes = attributes;
  }
  // The parser adds edges in document order, so the i-th edge it holds is the i-th <edge>.
  const parsedEdges = parsed.edges();
  if (parsedEdges.length !== edges.length) {
    return {
      ok: false,
      problems: [
        {
          path: 'edges',
          message: 'could not match the edges the GEXF parser read to the <edge> elements',
        },
      ],
    };
  }
  edges.forEach((edge, i) => {
    const attributes = parsed.getEdgeAttributes(parsedEdges[i] as string);
    if (types[i] === null && typeof attributes.directed === 'boolean') {
      edge.undirected = !attributes.directed;
      delete attributes.directed;
    }
    edge.attributes = attributes;
  });
  const meta = parsed.getAttributes();
  // Parley's own export echoes its title as the description and signs itself as the creator.
  if (meta.creator === 'Parley') delete meta.creator;
  if (meta.description !== undefined && meta.description === meta.title) delete meta.description;
  loose.attributes = meta;
  return { ok: true, graph: loose };
}
