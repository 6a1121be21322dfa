// The GraphML export: <key> declarations typed string/double/boolean/int, one <data> per
// attribute, each edge's id. Lists and objects (aliases, roles, evidence, sources) are JSON text.
// Colour is written twice: `color` (#rrggbb) and Gephi's r/g/b integers. Direction: the graph's
// `edgedefault` when every edge agrees; a graph that mixes both is written `edgedefault="directed"`
// with a boolean `directed` <data> on every edge, since readers that hold one kind of graph
// (NetworkX) refuse a `directed="false"` edge there; Parley's import restores each direction.
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { type ExportScope, exportGraph } from './export-json';
import { escapeXml } from './xml-text';

type KeyType = 'string' | 'double' | 'boolean' | 'int';
type KeyDeclaration = {
  id: string;
  domain: 'graph' | 'node' | 'edge';
  name: string;
  type: KeyType;
};

const KEYS: readonly KeyDeclaration[] = [
  { id: 'graph-title', domain: 'graph', name: 'title', type: 'string' },
  { id: 'graph-sources', domain: 'graph', name: 'sources', type: 'string' },
  { id: 'label', domain: 'node', name: 'label', type: 'string' },
  { id: 'kind', domain: 'node', name: 'kind', type: 'string' },
  { id: 'aliases', domain: 'node', name: 'aliases', type: 'string' },
  { id: 'description', domain: 'node', name: 'description', type: 'string' },
  { id: 'roles', domain: 'node', name: 'roles', type: 'string' },
  { id: 'x', domain: 'node', name: 'x', type: 'double' },
  { id: 'y', domain: 'node', name: 'y', type: 'double' },
  { id: 'size', domain: 'node', name: 'size', type: 'double' },
  { id: 'color', domain: 'node', name: 'color', type: 'string' },
  { id: 'r', domain: 'node', name: 'r', type: 'int' },
  { id: 'g', domain: 'node', name: 'g', type: 'int' },
  { id: 'b', domain: 'node', name: 'b', type: 'int' },
  { id: 'edge-label', domain: 'edge', name: 'label', type: 'string' },
  { id: 'edge-kind', domain: 'edge', name: 'kind', type: 'string' },
  { id: 'edge-date', domain: 'edge', name: 'date', type: 'string' },
  { id: 'edge-dateApproximate', domain: 'edge', name: 'dateApproximate', type: 'boolean' },
  { id: 'edge-tone', domain: 'edge', name: 'tone', type: 'string' },
  { id: 'edge-evidence', domain: 'edge', name: 'evidence', type: 'string' },
  { id: 'edge-directed', domain: 'edge', name: 'directed', type: 'boolean' },
];

type Data = [keyId: string, value: string | number | boolean | undefined];

/** `#1f5fa8` → [31, 95, 168]; null for colours that are not six-digit hex. */
function rgb(color: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return null;
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

function nodeData(attributes: NodeAttributes): Data[] {
  const channels = rgb(attributes.color);
  return [
    ['label', attributes.label],
    ['kind', attributes.kind],
    ['aliases', JSON.stringify(attributes.aliases)],
    ['description', attributes.description],
    ['roles', attributes.roles && JSON.stringify(attributes.roles)],
    ['x', attributes.x],
    ['y', attributes.y],
    ['size', attributes.size],
    ['color', attributes.color],
    ['r', channels?.[0]],
    ['g', channels?.[1]],
    ['b', channels?.[2]],
  ];
}

function edgeData(attributes: EdgeAttributes, directed: boolean | undefined): Data[] {
  return [
    ['edge-label', attributes.label],
    ['edge-kind', attributes.kind],
    ['edge-date', attributes.date],
    ['edge-dateApproximate', attributes.dateApproximate],
    ['edge-tone', attributes.tone],
    ['edge-evidence', JSON.stringify(attributes.evidence)],
    ['edge-directed', directed],
  ];
}

function dataLines(data: readonly Data[], indent: string): string[] {
  return data.flatMap(([key, value]) =>
    value === undefined ? [] : [`${indent}<data key="${key}">${escapeXml(String(value))}</data>`],
  );
}

export function exportGraphml(graph: ParleyGraph, scope: ExportScope = {}): string {
  const document = exportGraph(graph, scope);
  const undirected = document.edges.filter((e) => e.undirected === true).length;
  const mixed = undirected > 0 && undirected < document.edges.length;
  const edgeDefault = undirected > 0 && !mixed ? 'undirected' : 'directed';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      (k) => `  <key id="${k.id}" for="${k.domain}" attr.name="${k.name}" attr.type="${k.type}"/>`,
    ),
    `  <graph id="G" edgedefault="${edgeDefault}">`,
    ...dataLines(
      [
        ['graph-title', document.attributes?.title],
        ['graph-sources', JSON.stringify(document.attributes?.sources ?? [])],
      ],
      '    ',
    ),
  ];
  for (const node of document.nodes) {
    lines.push(`    <node id="${escapeXml(node.key)}">`);
    if (node.attributes) lines.push(...dataLines(nodeData(node.attributes), '      '));
    lines.push('    </node>');
  }
  for (const edge of document.edges) {
    const id = edge.key === undefined ? '' : ` id="${escapeXml(edge.key)}"`;
    const ends = `source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
    lines.push(`    <edge${id} ${ends}>`);
    const directed = mixed ? edge.undirected !== true : undefined;
    if (edge.attributes) lines.push(...dataLines(edgeData(edge.attributes, directed), '      '));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
