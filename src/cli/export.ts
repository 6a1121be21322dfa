// `npm run export -- [--format json] [--out FILE] [DATASET]`: writes the same document as the
// browser's Export button (default: JSON of the default dataset to stdout).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblems } from '../data/validate';
import { buildGraph } from '../graph/build-graph';
import { exportJsonText } from '../io/export-json';
import { DEFAULT_DATASET, readDatasetFile } from './dataset-file';

const FORMATS = ['json'] as const;

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
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
const format = String(values.format);
if (!(FORMATS as readonly string[]).includes(format)) {
  fail(`unknown format "${format}"; supported: ${FORMATS.join(', ')}`);
}
if (positionals.length > 1) fail('give at most one dataset file');

const file = positionals[0] ?? DEFAULT_DATASET;
const result = readDatasetFile(file);
if (!result.ok) {
  for (const line of formatProblems(file, result.problems)) console.error(line);
  fail(`${file} is not a valid dataset`);
}

const text = exportJsonText(buildGraph(result.dataset));
if (typeof values.out === 'string') {
  writeFileSync(values.out, text);
  console.error(`export: wrote ${values.out}`);
} else {
  process.stdout.write(text);
}
