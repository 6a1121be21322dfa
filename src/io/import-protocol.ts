// Messages between the page and the import worker: the file's text in, progress and a
// serialized graph (graphology's export format) or the problems out.
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { ImportFormat, ImportProblem } from './import-types';

export type WorkerRequest = { fileName: string; text: string };

export type SerializedImport =
  | {
      ok: true;
      format: ImportFormat;
      laidOut: boolean;
      warnings: string[];
      serialized: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
    }
  | { ok: false; format: ImportFormat | null; problems: ImportProblem[] };

export type WorkerReply =
  | { type: 'progress'; stage: string }
  | { type: 'done'; result: SerializedImport };
