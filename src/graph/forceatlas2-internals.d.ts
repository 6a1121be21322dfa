// Types for the two graphology-layout-forceatlas2 files Parley uses directly: one iteration over
// the layout's matrices, and the helpers that build them from a graph and write positions back.
// Keeping the matrices between slices lets a long layout pause (and stop) without changing its result.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  export default function iterate(
    settings: ForceAtlas2Settings,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  import type { Attributes } from 'graphology-types';

  const helpers: {
    graphToByteArrays(
      graph: Graph,
      getEdgeWeight: (edge: string, attributes: Attributes) => number,
    ): { nodes: Float32Array; edges: Float32Array };
    assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
  };
  export default helpers;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
