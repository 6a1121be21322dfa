// The GEXF export (GEXF 1.3) that Gephi desktop and Gephi Lite open with colours, sizes and
// positions. graphology-gexf writes the XML; Parley decides what goes where: lists and objects
// (aliases, roles, evidence) as JSON text, the relation kind as the edge's GEXF `kind` (so Gephi
// keeps parallel edges of different kinds), title and sources in <meta>.
import { MultiGraph } from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { type ExportScope, exportGraph } from './export-json';
import { stripInvalidXmlChars } from './xml-text';

type Scalar = string | number | boolean;

const clean = stripInvalidXmlChars;

function nodeData(attributes: NodeAttributes): Record<string, Scalar> {
  const data: Record<string, Scalar> = {
    kind: clean(attributes.kind),
    aliases: clean(JSON.stringify(attributes.aliases)),
  };
  if (attributes.description !== undefined) data.description = clean(attributes.description);
  if (attributes.roles !== undefined) data.roles = clean(JSON.stringify(attributes.roles));
  return data;
}

function edgeData(attributes: EdgeAttributes): Record<string, Scalar> {
  const data: Record<string, Scalar> = {};
  if (attributes.date !== undefined) data.date = clean(attributes.date);
  if (attributes.dateApproximate !== undefined) data.dateApproximate = attributes.dateApproximate;
  if (attributes.tone !== undefined) data.tone = attributes.tone;
  data.evidence = clean(JSON.stringify(attributes.evidence));
  return data;
}

export function exportGexf(graph: ParleyGraph, scope: ExportScope = {}): string {
  const document = exportGraph(graph, scope);
  const scoped = new MultiGraph<NodeAttributes, EdgeAttributes>({
    type: 'mixed',
    allowSelfLoops: false,
  });
  scoped.import({ nodes: document.nodes, edges: document.edges });
  // Written as <meta> children in this order; GEXF readers that do not know title/sources skip them.
  scoped.replaceAttributes({
    creator: 'Parley',
    description: clean(document.attributes?.title ?? ''),
    title: clean(document.attributes?.title ?? ''),
    sources: clean(JSON.stringify(document.attributes?.sources ?? [])),
  });
  return write<NodeAttributes, EdgeAttributes, Record<string, Scalar>, Record<string, Scalar>>(
    scoped,
    {
      version: '1.3',
      formatNode: (_key, attributes) => ({
        label: clean(attributes.label),
        attributes: nodeData(attributes),
        viz: { color: attributes.color, size: attributes.size, x: attributes.x, y: attributes.y },
      }),
      formatEdge: (_key, attributes) => ({
        label: clean(attributes.label),
        kind: clean(attributes.kind),
        attributes: edgeData(attributes),
      }),
    },
  );
}
