// Reads GEXF (Gephi, Gephi Lite, Parley's own export). The structure (ids, ends, directions) is
// read from the DOM first so problems name the element; graphology-gexf's parser then reads the
// attributes (the attribute model, defaults, viz colour/size/position, meta).
import Graph from 'graphology';
import createParserFunction from 'graphology-gexf/common/parser.js';
import type { LooseEdge, LooseGraph, ReadResult } from './import-types';
import { checkStructure } from './normalize-graph';
import { childElements, type DomParserConstructor, graphElementOf } from './xml-dom';

const WHERE = { keyName: 'id', elementAttributes: [], graphAttributes: ['meta'] } as const;

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
  const edges: LooseEdge[] = edgeElements.map((element) => {
    const type = element.getAttribute('type') || defaultType;
    return {
      key: element.getAttribute('id') || null,
      source: element.getAttribute('source') ?? '',
      target: element.getAttribute('target') ?? '',
      undirected: type !== 'directed',
      attributes: {},
    };
  });
  const loose: LooseGraph = { attributes: {}, nodes, edges, where: WHERE };
  // Duplicate ids would make the library throw (or merge two edges into one) before we could say where.
  const { problems } = checkStructure(loose);
  if (problems.length > 0) return { ok: false, problems };

  let parsed: Graph;
  try {
    const parse = createParserFunction(Parser, document.constructor as new () => unknown);
    parsed = parse(Graph, document, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
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

  for (const node of nodes) node.attributes = parsed.getNodeAttributes(node.key);
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
    edge.attributes = parsed.getEdgeAttributes(parsedEdges[i] as string);
  });
  loose.attributes = parsed.getAttributes();
  return { ok: true, graph: loose };
}
