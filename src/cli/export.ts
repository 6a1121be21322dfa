// `npm run export -- [--format json|gexf|graphml|csv] [--out FILE] [DATASET]`: writes the same
// documents as the browser's Export button (default: JSON of the default dataset to stdout).
// CSV is two tables: with --out, FILE-nodes.csv and FILE-edges.csv; on stdout, nodes, a blank line, edges.
// Each document is written chunk by chunk to a stream, waiting for it to drain when it asks to.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { errorDetail } from '../data/errors';
import { formatProblems } from '../data/validate';
import { buildGraph } from '../graph/build-graph';
import { exportDocumentChunks } from '../io/export-chunks';
import { EXPORT_FORMAT_NAMES, isExportFormat, withSuffix } from '../io/formats';
import { type CliStreams, fail, runIfMain, writeLine } from './cli-run';
import { DEFAULT_DATASET, readDatasetFile } from './dataset-file';

/** Writes the chunks in order, honouring backpressure; rejects on the stream's error. */
async function writeChunks(stream: Writable, chunks: Iterable<string>): Promise<void> {
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => {}); // an error after the last chunk is the caller's to see
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
  }
}

async function writeFileChunks(target: string, chunks: Iterable<string>): Promise<void> {
  const stream = createWriteStream(target);
  try {
    await writeChunks(stream, chunks);
    stream.end();
    await finished(stream);
  } catch (error) {
    stream.destroy();
    fail(`cannot write ${target}: ${errorDetail(error)}`);
  }
}

function readArguments(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    fail(errorDetail(error));
  }
}

export async function exportCommand(args: string[], { stdout, stderr }: CliStreams) {
  const { values, positionals } = readArguments(args);
  const format = String(values.format);
  if (!isExportFormat(format)) {
    fail(`unknown format "${format}"; supported: ${EXPORT_FORMAT_NAMES.join(', ')}`);
  }
  if (positionals.length > 1) fail('give at most one dataset file');
  const file = positionals[0] ?? DEFAULT_DATASET;
  const result = readDatasetFile(file);
  if (!result.ok) {
    for (const line of formatProblems(file, result.problems)) writeLine(stderr, line);
    fail(`${file} is not a valid dataset`);
  }
  const documents = exportDocumentChunks(buildGraph(result.dataset), format);
  const out = values.out;
  if (typeof out === 'string') {
    for (const document of documents) {
      const target = withSuffix(out, document.suffix);
      await writeFileChunks(target, document.chunks);
      writeLine(stderr, `export: wrote ${target}`);
    }
    return 0;
  }
  try {
    for (const [i, document] of documents.entries()) {
      if (i > 0) await writeChunks(stdout, ['\r\n']);
      await writeChunks(stdout, document.chunks);
    }
  } catch (error) {
    fail(`cannot write to stdout: ${errorDetail(error)}`);
  }
  return 0;
}

runIfMain(import.meta.url, 'export', exportCommand);
