// `npm run validate [-- FILE...]`: checks datasets against the schema and the integrity rules.
// Prints each problem as `file: path: message`; exits 1 on any problem.
import { formatProblems } from '../data/validate';
import { type CliStreams, runIfMain, writeLine } from './cli-run';
import { listDatasetFiles, readDatasetFile } from './dataset-file';

export async function validateCommand(files: string[], { stdout, stderr }: CliStreams) {
  const targets = files.length > 0 ? files : listDatasetFiles();
  let problemCount = 0;
  for (const file of targets) {
    const result = readDatasetFile(file);
    if (result.ok) {
      const { entities, relations, sources } = result.dataset;
      writeLine(
        stdout,
        `${file}: ok (${entities.length} entities, ${relations.length} relations, ${sources.length} sources)`,
      );
    } else {
      problemCount += result.problems.length;
      for (const line of formatProblems(file, result.problems)) writeLine(stderr, line);
    }
  }
  if (targets.length === 0) writeLine(stderr, 'validate: no dataset files found');
  if (problemCount > 0) writeLine(stderr, `validate: ${problemCount} problem(s)`);
  return problemCount > 0 || targets.length === 0 ? 1 : 0;
}

runIfMain(import.meta.url, 'validate', validateCommand);
