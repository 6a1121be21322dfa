// `npm run eval:ingest [-- --seeds DIR] [--articles DIR] [--dataset FILE] [--verbose]`: measures
// the article extractor against the curated dataset, from scratch and leave-one-out, and, where a
// folder of real articles with hand-read gold is at hand (`--articles DIR`; by default
// `../shared/articles/`, which lies outside the repo; skipped when absent), on those articles,
// and prints the figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkIntegrity } from '../data/integrity';
import { type Dataset, DatasetSchema } from '../data/schema';
import { issuesText } from '../data/zod-problems';
import { DraftSchema } from '../ingest/draft';
import {
  type Article,
  evaluateFromScratch,
  evaluateLeaveOneOut,
  type Score,
} from '../ingest/eval/evaluate';
import {
  GoldFileSchema,
  type GoldRow,
  scoreDraft,
  type Tally,
  totalRow,
} from '../ingest/eval/evaluate-gold';
import { ingestArticle } from '../ingest/extract';
import { DEFAULT_DATASET, readDatasetFile } from './dataset-file';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    articles: { type: 'string', default: '../shared/articles' },
    dataset: { type: 'string', default: DEFAULT_DATASET },
    verbose: { type: 'boolean', default: false },
  },
});

/** The curated dataset; one that fits the schema but breaks an integrity rule is still measured
 * against (with a warning), since the ingest only reads it. */
function loadCurated(file: string): Dataset {
  const loaded = readDatasetFile(file);
  if (loaded.ok) return loaded.dataset;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) {
    console.error(`eval-ingest: cannot read ${file}`);
    process.exit(1);
  }
  const first = loaded.problems[0];
  console.warn(
    `eval-ingest: warning: ${file} breaks ${loaded.problems.length} integrity rule(s)` +
      (first ? ` (first: ${first.path}: ${first.message})` : '') +
      '; measuring against it anyway',
  );
  return parsed.data;
}
const curated = loadCurated(values.dataset as string);
// The seed articles: the shared folder when there is one, else the copies kept with the tests
// (named seed-<source id>.txt).
const SHARED_SEEDS = '/work/shared/seeds';
const TEST_SEEDS = 'test/fixtures/articles';
const dir = values.seeds ?? (existsSync(SHARED_SEEDS) ? SHARED_SEEDS : TEST_SEEDS);
const articles: Article[] = readdirSync(dir)
  .filter((name) => name.endsWith('.txt') && (dir !== TEST_SEEDS || name.startsWith('seed-')))
  .sort()
  .map((name) => ({
    id: name.replace(/^seed-/, '').replace(/\.txt$/, ''),
    fileName: name,
    text: readFileSync(join(dir, name), 'utf8'),
  }));

const pct = (s: Score) => `${(s.rate * 100).toFixed(1).padStart(5)}%  (${s.found}/${s.total})`;
const row = (cells: string[], widths: number[]) =>
  cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join('  ');

const started = performance.now();
const scratch = evaluateFromScratch(articles, curated);
console.log(
  `\n(a) From scratch: ${articles.length} articles ingested in order, every proposal accepted`,
);
console.log(
  `    → ${scratch.dataset.entities.length} entities, ${scratch.dataset.relations.length} relations ` +
    `(curated: ${curated.entities.length} entities, ${curated.relations.length} relations)\n`,
);
const w = [34, 22, 22];
console.log(row(['', 'precision', 'recall'], w));
console.log(
  row(['entities (all kinds)', pct(scratch.entities.precision), pct(scratch.entities.recall)], w),
);
console.log(
  row(
    [
      'people + organisations',
      pct(scratch.peopleAndOrgs.precision),
      pct(scratch.peopleAndOrgs.recall),
    ],
    w,
  ),
);
console.log(
  row(
    ['interacting pairs (any relation)', pct(scratch.pairs.precision), pct(scratch.pairs.recall)],
    w,
  ),
);
console.log(row(['call/meeting/talks pairs', '', pct(scratch.meetingPairs.anyKind)], w));
console.log(
  row(['  … as call/meeting/talks/planned', '', pct(scratch.meetingPairs.sameFamily)], w),
);
const parsed = DatasetSchema.safeParse(scratch.dataset);
const problems = parsed.success ? checkIntegrity(parsed.data) : [];
console.log(
  `\nmerged dataset: ${parsed.success ? 'passes the schema' : 'FAILS the schema'}, ${problems.length} integrity problem(s)`,
);
for (const p of problems.slice(0, 10)) console.log(`  ${p.path}: ${p.message}`);
console.log(`false entities (${scratch.unmatched.length}): ${scratch.unmatched.join('; ') || '—'}`);
console.log(
  `missed people/organisations (${scratch.missed.length}): ${scratch.missed.join('; ') || '—'}`,
);

console.log('\n(b) Leave-one-out: curated data without the article, then ingest the article\n');
const lw = [22, 10, 18, 18, 10, 18];
console.log(
  row(['article', 'curated', 'same ends', 'same kind', 'proposed', 'on curated pairs'], lw),
);
const loo = evaluateLeaveOneOut(articles, curated);
const total = { curated: 0, sameEnds: 0, sameKind: 0, proposed: 0, onPairs: 0 };
const frac = (n: number, d: number) => `${n} (${d === 0 ? 0 : Math.round((100 * n) / d)}%)`;
for (const r of loo) {
  total.curated += r.curated;
  total.sameEnds += r.sameEnds;
  total.sameKind += r.sameKind;
  total.proposed += r.proposed;
  total.onPairs += r.proposedOnCuratedPair;
  const valid = DraftSchema.safeParse(r.draft).success ? '' : '  (draft INVALID)';
  console.log(
    row(
      [
        r.article,
        String(r.curated),
        frac(r.sameEnds, r.curated),
        frac(r.sameKind, r.curated),
        String(r.proposed),
        frac(r.proposedOnCuratedPair, r.proposed),
      ],
      lw,
    ) + valid,
  );
}
console.log(
  row(
    [
      'all',
      String(total.curated),
      frac(total.sameEnds, total.curated),
      frac(total.sameKind, total.curated),
      String(total.proposed),
      frac(total.onPairs, total.proposed),
    ],
    lw,
  ),
);

printGoldTable(values.articles as string);
console.log(`\n(${Math.round(performance.now() - started)} ms)`);

if (values.verbose) {
  for (const r of loo) {
    console.log(`\n--- ${r.article}: proposals`);
    for (const e of r.draft.entities)
      console.log(`  entity ${e.entity.id} (${e.entity.kind}) ${e.rule} ${e.confidence}`);
    for (const p of r.draft.relations)
      console.log(
        `  ${p.relation.source} -[${p.relation.kind}]-> ${p.relation.target}  "${p.relation.label}" ${p.rule}${p.extends ? ` extends ${p.extends}` : ''}`,
      );
  }
}

/** (c) The real articles with hand-read gold: one row per article, then the sums. */
function printGoldTable(folder: string) {
  const dir = resolve(folder);
  const goldFile = join(dir, 'gold.json');
  console.log(`\n(c) Real articles with hand-read gold (${folder})\n`);
  if (!existsSync(goldFile)) {
    console.log(`    skipped: ${goldFile} is absent (no folder of real articles here)`);
    return;
  }
  const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(goldFile, 'utf8')));
  if (!parsed.success) {
    console.log(`    skipped: ${goldFile} is not a gold file: ${issuesText(parsed.error.issues)}`);
    return;
  }
  const rows: GoldRow[] = [];
  let undatable = 0;
  let datedFromGraph = 0;
  for (const [name, gold] of Object.entries(parsed.data.articles)) {
    const file = join(dir, name);
    if (!existsSync(file)) {
      console.log(`    ${name}: skipped, the file is absent`);
      continue;
    }
    const draft = ingestArticle(readFileSync(file, 'utf8'), curated, { fileName: name });
    const scored = scoreDraft(name, draft, curated, gold);
    if (draft.source.published === null) {
      undatable += scored.date.total;
      datedFromGraph += scored.date.found;
    }
    rows.push(scored);
  }
  const t = (x: Tally) =>
    `${x.total === 0 ? '—' : `${Math.round((100 * x.found) / x.total)}%`} (${x.found}/${x.total})`;
  const gw = [30, 14, 14, 14, 14, 16, 6];
  console.log(
    row(['article', 'entities', 'pairs', 'right kind', 'right date', 'on gold pair', 'noise'], gw),
  );
  const all = totalRow(rows);
  for (const r of [...rows, all])
    console.log(
      row(
        [
          r.article.slice(0, 30),
          t(r.entities),
          t(r.pairs),
          t(r.kind),
          t(r.date),
          t(r.precision),
          String(r.noise.length),
        ],
        gw,
      ),
    );
  console.log(
    '\n    entities: gold entities linked or proposed; pairs: gold pairs with any relation (an event counts\n' +
      '    for each two of its participants); right kind / right date: of all gold pairs / of the pairs\n' +
      '    whose day the article pins; on gold pair: proposed relations that fall on a gold pair;\n' +
      '    noise: captions, credits and bylines proposed as entities',
  );
  if (undatable > 0)
    console.log(
      `    ${undatable} of the ${all.date.total} pinned days are in pages that give no date of their own (weekdays cannot be resolved);` +
        ` ${datedFromGraph} of them right all the same (a full date in the text, or the date of the event the graph already holds)`,
    );
  if (all.noise.length > 0) console.log(`    noise proposed: ${all.noise.join('; ')}`);
  if (!values.verbose) return;
  for (const r of rows) {
    console.log(`\n--- ${r.article}`);
    for (const m of r.missedEntities) console.log(`  missed entity: ${m}`);
    for (const m of r.missedPairs) console.log(`  missed pair: ${m}`);
    for (const m of r.wrongKind) console.log(`  wrong kind: ${m}`);
    for (const m of r.wrongDate) console.log(`  wrong date: ${m}`);
    for (const f of r.falseProposals)
      console.log(`  false: ${f.relation}  [${f.rule}]  «${f.sentence.slice(0, 140)}»`);
  }
}
