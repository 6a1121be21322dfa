// `npm run export -- [--format json|gexf|graphml|csv] [--out FILE] [DATASET]`: writes the same
// documents as the browser's Export button (default: JSON of the default dataset to stdout).
// CSV is two tables: with --out, FILE-nodes.csv and FILE-edges.csv; on stdout, nodes, a blank line, edges.

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { errorDetail } from '../data/errors';
import { formatProblems } from '../data/validate';
import { buildGraph } from '../graph/build-graph';
import { EXPORT_FORMAT_NAMES, exportDocuments, isExportFormat, withSuffix } from '../io/formats';
import { DEFAULT_DATASET, readDatasetFile } from './dataset-file';

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

let parsed: ReturnType<typeof parseArgs>;
try {
  parsed = parseArgs({
    options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } },
    allowPositionals: true,
  });
} catch (error) {
  fail(errorDetail(error));
}
const { values, positionals } = parsed;
const format = String(values.format);
if (!isExportFormat(format)) {
  fail(`unknown format "${format}"; supported: ${EXPORT_FORMAT_NAMES.join(', ')}`);
}
if (positionals.length > 1) fail('give at most one dataset file');

const file = positionals[0] ?? DEFAULT_DATASET;
const result = readDatasetFile(file);
if (!result.ok) {
  for (const line of formatProblems(file, result.problems)) console.error(line);
  fail(`${file} is not a valid dataset`);
}

const documents = exportDocuments(buildGraph(result.dataset), format);
if (typeof values.out === 'string') {
  for (const document of documents) {
    const target = withSuffix(values.out, document.suffix);
    writeFileSync(target, document.text);
    console.error(`export: wrote ${target}`);
  }
} else {
  process.stdout.write(documents.map((d) => d.text).join('\r\n'));
}
