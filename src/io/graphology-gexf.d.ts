// Types for the two graphology-gexf files Parley imports directly: the DOM-agnostic parser factory
// (so the browser's DOMParser, or one handed in by tests, is used) and the writer, which needs no DOM.
// The package's own entry point loads @xmldom/xmldom for Node, which the browser does not need.
declare module 'graphology-gexf/common/parser.js' {
  import type { GexfParserOptions } from 'graphology-gexf/common/types';
  import type { AbstractGraph, Attributes, GraphConstructor } from 'graphology-types';

  type Parse = <N extends Attributes, E extends Attributes, G extends Attributes>(
    Graph: GraphConstructor<N, E, G>,
    source: Document,
    options?: GexfParserOptions,
  ) => AbstractGraph<N, E, G>;

  export default function createParserFunction(
    DOMParser: new () => { parseFromString(text: string, type: string): Document },
    Document: abstract new (...args: never[]) => unknown,
  ): Parse;
}

declare module 'graphology-gexf/common/writer.js' {
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';
  import type { AbstractGraph, Attributes } from 'graphology-types';

  export default function write<
    N extends Attributes,
    E extends Attributes,
    FN extends Attributes,
    FE extends Attributes,
  >(graph: AbstractGraph<N, E>, options?: GexfWriterOptions<N, E, FN, FE>): string;
}
