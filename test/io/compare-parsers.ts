// Prints, for the generated awkward files (test/io/awkward-files.ts), what graphology's own
// parsers read and what Parley's import holds, as a Markdown table:
//   npx tsx test/io/compare-parsers.ts [COUNT]
// (awkward-files.test.ts asserts the same counts; this is for reading them.)
import { importText } from '../../src/io/import-file';
import { formatImportNotice } from '../../src/io/import-report';
import { awkwardFiles, countsOf, referenceCounts } from './awkward-files';
import { nodeXml } from './node-dom-parser';

const count = Number(process.argv[2] ?? 4);
console.log(
  '| file | graphology: nodes / edges / self-loops | Parley: nodes / edges / self-loops | Parley says |',
);
console.log('| --- | --- | --- | --- |');
for (const file of awkwardFiles(count)) {
  const reference = referenceCounts(file);
  const result = importText(file.name, file.text, { ...nodeXml, layout: false });
  const ours = result.ok ? countsOf(result.graph) : null;
  const said = result.ok
    ? formatImportNotice(result.report)
    : result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  const cells = (c: typeof reference | null) =>
    c ? `${c.nodes} / ${c.edges} / ${c.selfLoops}` : 'refused';
  console.log(`| ${file.name} | ${cells(reference)} | ${cells(ours)} | ${said} |`);
}
