// Big exports in parts: each format's chunks join into exactly the document exportDocuments
// gives, a big graph comes in chunks of bounded size, and the chunks can be read again.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { exportDocumentChunks } from '../../src/io/export-chunks';
import { EXPORT_FORMAT_NAMES, exportDocuments } from '../../src/io/formats';
import { CHUNK_CHARS } from '../../src/io/text-chunks';
import { generateSynthetic } from '../fixtures/generate';

function bigGraph() {
  const { dataset, positions } = generateSynthetic({ nodes: 400, seed: 3 });
  const graph = buildGraph(dataset, { layout: false });
  graph.updateEachNodeAttributes((node, a) => ({ ...a, ...positions.get(node) }));
  return graph;
}

describe('exports in chunks', () => {
  const graph = bigGraph();
  const scope = { nodes: new Set(graph.nodes().slice(0, 300)) };

  it.each(EXPORT_FORMAT_NAMES)('%s: the chunks join into the same documents', (format) => {
    for (const s of [{}, scope]) {
      const chunked = exportDocumentChunks(graph, format, s).map(({ chunks, ...d }) => ({
        ...d,
        text: [...chunks].join(''),
      }));
      expect(chunked).toEqual(exportDocuments(graph, format, s));
    }
  });

  it.each(['json', 'gexf', 'graphml'] as const)('%s: comes in several bounded chunks', (format) => {
    const [document] = exportDocumentChunks(graph, format);
    const chunks = [...(document?.chunks ?? [])];
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(2 * CHUNK_CHARS);
    // read again, the chunks are written anew and the same
    expect([...(document?.chunks ?? [])]).toEqual(chunks);
  });
});
