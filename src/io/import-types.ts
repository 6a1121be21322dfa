// Types shared by the importers: what a file's reader hands the normaliser (a loose graph,
// still untrusted) and what `importText` returns (a ParleyGraph, or problems with a place).
import type { ParleyGraph } from '../graph/types';
import type {
  AttributeDropped,
  AttributeRenamed,
  ImportFormat,
  ImportReport,
  LeftOut,
} from './import-report';

export type { ImportFormat };

/**
 * One thing wrong with a file: where (`nodes[3].key`, `line 12`, `row 4, column "Source"`,
 * `(root)`) and what, in words; `file` names the file when an import reads several (CSV pairs).
 */
export type ImportProblem = { path: string; message: string; file?: string };

export type ImportResult =
  | {
      ok: true;
      format: ImportFormat;
      graph: ParleyGraph;
      /** True when positions were computed because the file had none (or not for every node). */
      laidOut: boolean;
      /** Set when the person stopped the layout before its end: how far it went. */
      layoutStopped?: { done: number; total: number };
      /** What the import changed, as data; `formatImportNotice(report)` words it and
       * `importReportDetails(report)` lists each change. */
      report: ImportReport;
    }
  | { ok: false; format: ImportFormat | null; problems: ImportProblem[] };

/** A node as a reader found it: its key, and attributes not yet checked. */
export type LooseNode = { key: string; attributes: Record<string, unknown> };

/** An edge as a reader found it; `key` is null when the file gave none. */
export type LooseEdge = {
  key: string | null;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Record<string, unknown>;
};

/**
 * How to name places in a file's problems: graphology JSON nests attributes
 * (`nodes[3].attributes.x`) where XML does not (`nodes[3].x`), XML calls a key `id`, and graph
 * attributes live in `attributes`, GEXF's `meta` or GraphML's `graph`.
 */
export type PathStyle = {
  keyName: 'key' | 'id';
  elementAttributes: readonly PropertyKey[];
  graphAttributes: readonly PropertyKey[];
};

/** What a reader itself changed or skipped while reading, for the import report. */
export type ReaderNotes = {
  renamed?: AttributeRenamed[];
  dropped?: AttributeDropped[];
  leftOut?: LeftOut[];
};

/** A graph read from a file but not yet trusted. */
export type LooseGraph = {
  attributes: Record<string, unknown>;
  nodes: LooseNode[];
  edges: LooseEdge[];
  where: PathStyle;
  notes?: ReaderNotes;
};

export type ReadResult = { ok: true; graph: LooseGraph } | { ok: false; problems: ImportProblem[] };
