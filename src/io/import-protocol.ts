// Messages between the page and the import worker: the files' text in (and, later, "stop the
// layout"), progress and a serialized graph (graphology's export format) or the problems out.
import type { SerializedGraph } from 'graphology-types';
import type { LayoutProgress } from '../graph/layout';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { ImportReport } from './import-report';
import type { ImportFormat, ImportProblem } from './import-types';

export type WorkerRequest =
  /** One file, or a nodes CSV and an edges CSV. */
  | { type: 'import'; files: { name: string; text: string }[] }
  /** Ends the layout where it is; the graph comes back with the positions reached so far. */
  | { type: 'stop-layout' };

export type SerializedImport =
  | {
      ok: true;
      format: ImportFormat;
      laidOut: boolean;
      /** Set when the layout was stopped before the end: how far it went. */
      layoutStopped?: LayoutProgress;
      report: ImportReport;
      serialized: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
    }
  | { ok: false; format: ImportFormat | null; problems: ImportProblem[] };

export type WorkerReply =
  | { type: 'progress'; stage: string; layout?: LayoutProgress }
  | { type: 'done'; result: SerializedImport };
