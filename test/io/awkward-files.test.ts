// Imports lose nothing: on generated awkward GEXF and GraphML files (self-loops, parallel edges,
// undeclared nodes, mixed directions, edges without ids) Parley's import holds exactly the nodes,
// edges, self-loops and directions graphology's own parsers read with `addMissingNodes`, its
// report counts the self-loops and the created nodes, and an export of the result imports back
// with every edge.
import { describe, expect, it } from 'vitest';
import type { ParleyGraph } from '../../src/graph/types';
import { exportGexf } from '../../src/io/export-gexf';
import { exportGraphml } from '../../src/io/export-graphml';
import { exportJsonText } from '../../src/io/export-json';
import { importText } from '../../src/io/import-file';
import { awkwardFiles, countsOf, referenceCounts } from './awkward-files';
import { nodeXml } from './node-dom-parser';

function imported(name: string, text: string) {
  const result = importText(name, text, { ...nodeXml, layout: false });
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result;
}

const FILES = awkwardFiles(20);

describe.each(FILES)('$name', (file) => {
  const reference = referenceCounts(file);
  const result = imported(file.name, file.text);

  it('holds what graphology’s parser reads: nodes, edges, self-loops and directions', () => {
    expect(countsOf(result.graph)).toEqual(reference);
  });

  it('reports each self-loop and each created node', () => {
    const { report } = result;
    expect(report.selfLoops.count).toBe(reference.selfLoops);
    const declared = (file.text.match(/<node /g) ?? []).length;
    expect(report.entitiesCreated.count).toBe(reference.nodes - declared);
    expect(report.relations).toBe(reference.edges);
    for (const key of report.entitiesCreated.examples) {
      expect(result.graph.getNodeAttributes(key)).toMatchObject({ label: key, kind: 'unknown' });
    }
  });

  it.each([
    ['JSON', 'again.json', exportJsonText],
    ['GEXF', 'again.gexf', exportGexf],
    ['GraphML', 'again.graphml', exportGraphml],
  ] as const)('comes back whole through a %s export', (_format, name, write) => {
    const again = imported(name, write(result.graph)).graph;
    const edge = (g: ParleyGraph, e: string) => [...g.extremities(e), g.isDirected(e)];
    expect(again.nodes()).toEqual(result.graph.nodes());
    expect(again.edges()).toEqual(result.graph.edges());
    expect(again.mapEdges((e) => edge(again, e))).toEqual(
      result.graph.mapEdges((e) => edge(result.graph, e)),
    );
    expect(again.mapEdges((_e, a) => a)).toEqual(result.graph.mapEdges((_e, a) => a));
  });
});

describe('the generated set', () => {
  it('holds every awkward case somewhere', () => {
    const all = FILES.map((f) => referenceCounts(f));
    expect(all.some((c) => c.selfLoops > 0)).toBe(true);
    expect(all.some((c) => c.directed > 0 && c.undirected > 0)).toBe(true);
    expect(FILES.some((f) => imported(f.name, f.text).report.entitiesCreated.count > 0)).toBe(true);
    expect(FILES.some((f) => imported(f.name, f.text).report.keysCreated.count > 0)).toBe(true);
  });
});
