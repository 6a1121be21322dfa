// Generated GEXF and GraphML files with what real files from other tools hold and Parley once
// lost: self-loops, parallel edges (with and without ids), edges naming nodes the file never
// declares, mixed directions, edges without ids. Made here from a seed (no third-party file is
// copied in), and read by graphology's own parsers for the counts Parley must match.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';

export type AwkwardFile = { name: string; text: string };

/** A small deterministic generator (mulberry32), so each run makes the same files. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type EdgeSpec = {
  id: string | null;
  source: string;
  target: string;
  /** null: the file's default direction. */
  directed: boolean | null;
};

export type GraphSpec = {
  nodes: string[];
  edges: EdgeSpec[];
  /** The file's default direction. */
  defaultDirected: boolean;
  positions: boolean;
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function gexfText(spec: GraphSpec): string {
  const nodes = spec.nodes.map((id, i) => {
    const viz = spec.positions
      ? `<viz:position x="${i * 10}" y="${(i % 7) * 5}"/><viz:size value="${1 + (i % 4)}"/>`
      : '';
    return `<node id="${escape(id)}" label="Node ${escape(id)}">${viz}</node>`;
  });
  const edges = spec.edges.map((e) => {
    const id = e.id === null ? '' : ` id="${escape(e.id)}"`;
    const type = e.directed === null ? '' : ` type="${e.directed ? 'directed' : 'undirected'}"`;
    return `<edge${id} source="${escape(e.source)}" target="${escape(e.target)}"${type}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="${spec.defaultDirected ? 'directed' : 'undirected'}">
    <nodes>${nodes.join('\n      ')}</nodes>
    <edges>${edges.join('\n      ')}</edges>
  </graph>
</gexf>
`;
}

export function graphmlText(spec: GraphSpec): string {
  const nodes = spec.nodes.map((id, i) => {
    const data = spec.positions
      ? `<data key="x">${i * 10}</data><data key="y">${(i % 7) * 5}</data>`
      : '';
    return `<node id="${escape(id)}"><data key="label">Node ${escape(id)}</data>${data}</node>`;
  });
  const edges = spec.edges.map((e) => {
    const id = e.id === null ? '' : ` id="${escape(e.id)}"`;
    const directed = e.directed === null ? '' : ` directed="${e.directed}"`;
    return `<edge${id} source="${escape(e.source)}" target="${escape(e.target)}"${directed}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="x" for="node" attr.name="x" attr.type="double"/>
  <key id="y" for="node" attr.name="y" attr.type="double"/>
  <graph id="G" edgedefault="${spec.defaultDirected ? 'directed' : 'undirected'}">
    ${nodes.join('\n    ')}
    ${edges.join('\n    ')}
  </graph>
</graphml>
`;
}

/**
 * A random graph: `n` declared nodes, `m` edges, some of them self-loops, some parallel, some to
 * undeclared nodes (keys `u0`, `u1`, …), some without an id, some against the default direction.
 * GraphML files only mark `directed="true"` under an undirected default, the one override
 * graphology-graphml reads (it ignores `directed="false"`).
 */
export function randomSpec(seed: number, format: 'gexf' | 'graphml'): GraphSpec {
  const next = random(seed);
  const n = 3 + Math.floor(next() * 30);
  const m = Math.floor(next() * 80);
  const nodes = Array.from({ length: n }, (_, i) => String(i));
  const defaultDirected = format === 'gexf' ? next() < 0.5 : false;
  const pick = () => {
    if (next() < 0.08) return `u${Math.floor(next() * 5)}`;
    return nodes[Math.floor(next() * n)] as string;
  };
  const edges: EdgeSpec[] = [];
  for (let i = 0; i < m; i++) {
    const r = next();
    const previous = edges[edges.length - 1];
    let source: string;
    let target: string;
    if (r < 0.15) {
      source = pick();
      target = source; // a self-loop
    } else if (r < 0.25 && previous) {
      source = previous.source; // a parallel edge
      target = previous.target;
    } else {
      source = pick();
      target = pick();
    }
    const flip = next() < 0.3;
    const directed =
      format === 'gexf'
        ? flip
          ? !defaultDirected
          : null
        : flip
          ? true // directed="true" under edgedefault="undirected"
          : null;
    edges.push({ id: next() < 0.2 ? null : `e${i}`, source, target, directed });
  }
  return { nodes, edges, defaultDirected, positions: next() < 0.5 };
}

/** The hand-made cases, then `count` random ones, in both formats. */
export function awkwardFiles(count = 20): AwkwardFile[] {
  const cases: Record<string, GraphSpec> = {
    'self-loops': {
      nodes: ['a', 'b', 'c'],
      edges: [
        { id: 'ab', source: 'a', target: 'b', directed: null },
        { id: 'aa', source: 'a', target: 'a', directed: null },
        { id: 'bb1', source: 'b', target: 'b', directed: null },
        { id: 'bb2', source: 'b', target: 'b', directed: null },
      ],
      defaultDirected: true,
      positions: true,
    },
    parallel: {
      nodes: ['a', 'b'],
      edges: [
        { id: 'p1', source: 'a', target: 'b', directed: null },
        { id: 'p2', source: 'a', target: 'b', directed: null },
        { id: null, source: 'a', target: 'b', directed: null },
        { id: null, source: 'b', target: 'a', directed: null },
      ],
      defaultDirected: false,
      positions: false,
    },
    'missing-nodes': {
      nodes: ['0', '1'],
      edges: [
        { id: 'e0', source: '0', target: '2', directed: null },
        { id: 'e1', source: '3', target: '1', directed: null },
        { id: 'e2', source: '2', target: '3', directed: null },
        { id: 'e3', source: '0', target: '1', directed: null },
      ],
      defaultDirected: true,
      positions: true,
    },
    mixed: {
      nodes: ['a', 'b', 'c'],
      edges: [
        { id: 'u1', source: 'a', target: 'b', directed: null },
        { id: 'd1', source: 'b', target: 'c', directed: true },
        { id: 'd2', source: 'c', target: 'c', directed: true },
        { id: 'u2', source: 'c', target: 'a', directed: null },
      ],
      defaultDirected: false,
      positions: false,
    },
  };
  const files: AwkwardFile[] = [];
  for (const [name, spec] of Object.entries(cases)) {
    files.push({ name: `${name}.gexf`, text: gexfText(spec) });
    files.push({ name: `${name}.graphml`, text: graphmlText(spec) });
  }
  for (let seed = 1; seed <= count; seed++) {
    files.push({ name: `random-${seed}.gexf`, text: gexfText(randomSpec(seed, 'gexf')) });
    files.push({ name: `random-${seed}.graphml`, text: graphmlText(randomSpec(seed, 'graphml')) });
  }
  return files;
}

export type Counts = {
  nodes: number;
  edges: number;
  selfLoops: number;
  directed: number;
  undirected: number;
};

export function countsOf(graph: Graph): Counts {
  let selfLoops = 0;
  let directed = 0;
  graph.forEachEdge((edge, _a, source, target) => {
    if (source === target) selfLoops++;
    if (graph.isDirected(edge)) directed++;
  });
  return {
    nodes: graph.order,
    edges: graph.size,
    selfLoops,
    directed,
    undirected: graph.size - directed,
  };
}

/** What graphology's own parser reads, with `addMissingNodes` (as Gephi does). */
export function referenceCounts(file: AwkwardFile): Counts {
  // Each package's Node entry parses the text with its own copy of @xmldom/xmldom.
  const graph = file.name.endsWith('.gexf')
    ? parseGexf(Graph, file.text, { addMissingNodes: true })
    : parseGraphml(Graph, file.text, { addMissingNodes: true });
  return countsOf(graph);
}
