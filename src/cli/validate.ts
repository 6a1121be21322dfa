// `npm run validate [-- FILE...]`: checks datasets against the schema and the integrity rules.
// Prints each problem as `file: path: message`; exits 1 on any problem.
import { formatProblems } from '../data/validate';
import { listDatasetFiles, readDatasetFile } from './dataset-file';

const files = process.argv.slice(2);
const targets = files.length > 0 ? files : listDatasetFiles();
let problemCount = 0;

for (const file of targets) {
  const result = readDatasetFile(file);
  if (result.ok) {
    const { entities, relations, sources } = result.dataset;
    console.log(
      `${file}: ok (${entities.length} entities, ${relations.length} relations, ${sources.length} sources)`,
    );
  } else {
    problemCount += result.problems.length;
    for (const line of formatProblems(file, result.problems)) console.error(line);
  }
}

if (targets.length === 0) console.error('validate: no dataset files found');
if (problemCount > 0) console.error(`validate: ${problemCount} problem(s)`);
process.exit(problemCount > 0 || targets.length === 0 ? 1 : 0);
