// `npm run eval:ingest [-- --seeds DIR] [--articles DIR] [--dataset FILE] [--verbose] [--confusion]`: measures
// the article extractor against the curated dataset, from scratch and leave-one-out, and, where a
// folder of real articles with hand-read gold is at hand (`--articles DIR`; by default
// `../shared/articles/`, which lies outside the repo; skipped when absent), on those articles,
// into the curated graph and into an empty one; then the corpus of other stories (`--corpus DIR`,
// by default `../shared/corpus/`), each group read into an empty graph: `dev` stories with a row
// per article, `check` stories with their totals only (they are for measuring, not for reading),
// and the gap between the two in gold pairs. A corpus article is read with the publication date
// its gold records, as a person adding it would give it (`npm run ingest -- --published`): many
// of those pages print no date of their own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkIntegrity } from '../data/integrity';
import { type Dataset, DatasetSchema, SCHEMA_VERSION } from '../data/schema';
import { issuesText } from '../data/zod-problems';
import { DraftSchema } from '../ingest/draft';
import {
  type Article,
  acceptAll,
  evaluateFromScratch,
  evaluateLeaveOneOut,
  type Score,
} from '../ingest/eval/evaluate';
import {
  GoldFileSchema,
  type GoldRow,
  kindConfusion,
  scoreDraft,
  type Tally,
  totalRow,
} from '../ingest/eval/evaluate-gold';
import { ingestArticle } from '../ingest/extract';
import { DEFAULT_DATASET, readDatasetFile } from './dataset-file';

/** A graph with nothing in it: what a person following a new story starts from. */
const EMPTY: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  title: 'empty',
  sources: [],
  entities: [],
  relations: [],
};

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    articles: { type: 'string', default: '../shared/articles' },
    corpus: { type: 'string', default: '../shared/corpus' },
    dataset: { type: 'string', default: DEFAULT_DATASET },
    verbose: { type: 'boolean', default: false },
    confusion: { type: 'boolean', default: false },
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

const tally = (x: Tally) =>
  `${x.total === 0 ? '—' : `${Math.round((100 * x.found) / x.total)}%`} (${x.found}/${x.total})`;
const GOLD_WIDTHS = [30, 14, 14, 14, 14, 16, 16, 6];

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

const articlesFolder = values.articles as string;
console.log(
  `\n(c) Real articles with hand-read gold (${articlesFolder}), read into the curated graph\n`,
);
printGoldTable(readGoldFolder(articlesFolder, curated), { perArticle: true });
console.log(`\n(d) The same articles (${articlesFolder}), read into an empty graph\n`);
printGoldTable(readGoldFolder(articlesFolder, EMPTY), { perArticle: true });
const dev = printCorpusGroup('e', 'dev', 'to develop on; every row may be read');
const check = printCorpusGroup(
  'f',
  'check',
  'to measure only: one total per story, no article rows',
);
printGap(dev, check);
printAsStories('g');
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

type FolderScore = { rows: GoldRow[]; undatable: number; datedFromGraph: number } | string;

/** Reads every article of a folder with hand-read gold into `context` and scores it; a string
 * says why the folder was skipped. */
type FolderOptions = {
  /** Reads each article with the publication date its gold records. */
  givePublished?: boolean;
  /** Reads the articles in the order they were published into one growing story, each one's
   * proposals all accepted before the next, as a person following the story does. */
  asOneStory?: boolean;
};

/** The gold's articles, in the order they were published (undated last), then by name. */
function inPublishedOrder<T extends { published?: string | null }>(
  articles: Record<string, T>,
): [string, T][] {
  const day = (a: T) => a.published ?? '9999';
  return Object.entries(articles).sort(
    ([an, a], [bn, b]) => day(a).localeCompare(day(b)) || an.localeCompare(bn),
  );
}

function readGoldFolder(
  folder: string,
  start: Dataset,
  { givePublished = false, asOneStory = false }: FolderOptions = {},
): FolderScore {
  const dir = resolve(folder);
  const goldFile = join(dir, 'gold.json');
  if (!existsSync(goldFile)) return `${goldFile} is absent (no folder of real articles here)`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(goldFile, 'utf8'));
  } catch (error) {
    return `${goldFile} is not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) return `${goldFile} is not a gold file: ${issuesText(parsed.error.issues)}`;
  const rows: GoldRow[] = [];
  let undatable = 0;
  let datedFromGraph = 0;
  let context = start;
  const articles = asOneStory
    ? inPublishedOrder(parsed.data.articles)
    : Object.entries(parsed.data.articles);
  for (const [name, gold] of articles) {
    const file = join(dir, name);
    if (!existsSync(file)) {
      console.log(`    ${name}: skipped, the file is absent`);
      continue;
    }
    const published = givePublished ? (gold.published ?? null) : undefined;
    const draft = ingestArticle(readFileSync(file, 'utf8'), context, { fileName: name, published });
    const scored = scoreDraft(name, draft, context, gold);
    if (draft.source.published === null) {
      undatable += scored.date.total;
      datedFromGraph += scored.date.found;
    }
    rows.push(scored);
    if (asOneStory) context = acceptAll(context, draft);
  }
  return { rows, undatable, datedFromGraph };
}

/** The head of a table of gold scores, its first column named `first` ("article", "story"). */
function goldHeader(first: string) {
  const columns = [
    'entities',
    'pairs',
    'right kind',
    'right date',
    'on gold pair',
    'right kind on',
  ];
  return row([first, ...columns, 'noise'], GOLD_WIDTHS);
}

function goldRow(r: GoldRow, name = r.article) {
  return row(
    [
      name.slice(0, 30),
      tally(r.entities),
      tally(r.pairs),
      tally(r.kind),
      tally(r.date),
      tally(r.precision),
      tally(r.precisionRightKind),
      String(r.noise.length),
    ],
    GOLD_WIDTHS,
  );
}

/** One table of gold scores: a row per article (where they may be read), then the sums. */
function printGoldTable(
  score: FolderScore,
  { perArticle }: { perArticle: boolean },
): GoldRow | null {
  if (typeof score === 'string') {
    console.log(`    skipped: ${score}`);
    return null;
  }
  const { rows, undatable, datedFromGraph } = score;
  console.log(goldHeader('article'));
  const all = totalRow(rows);
  for (const r of perArticle ? rows : []) console.log(goldRow(r));
  console.log(goldRow(all));
  if (!perArticle) return all;
  console.log(
    '\n    entities: gold entities linked or proposed; pairs: gold pairs with any relation (an event counts\n' +
      '    for each two of its participants); right kind / right date: of all gold pairs / of the pairs\n' +
      '    whose day the article pins; on gold pair: proposed relations that fall on a gold pair;\n' +
      '    right kind on: those of them with a kind the gold takes on that pair (of all proposed);\n' +
      '    noise: captions, credits and bylines proposed as entities',
  );
  if (undatable > 0)
    console.log(
      `    ${undatable} of the ${all.date.total} pinned days are in pages that give no date of their own (weekdays cannot be resolved);` +
        ` ${datedFromGraph} of them right all the same (a full date in the text, or the date of the event the graph already holds)`,
    );
  if (all.noise.length > 0) console.log(`    noise proposed: ${all.noise.join('; ')}`);
  if (values.verbose) printMisses(rows);
  if (values.confusion) printConfusion(rows);
  return all;
}

/** Why the pinned days of a total were missed, in counts only (so it may be printed for the
 * check stories too): their pair, their kind, any date, or the day itself. */
function pinnedDaysLine(total: GoldRow): string {
  const misses = Object.entries(total.dateMisses)
    .map(([why, n]) => `${n} ${why}`)
    .join(', ');
  return `pinned days: ${total.date.found} of ${total.date.total} right; missed: ${misses}`;
}

/** Gold kinds × proposed kinds for the pairs found (only where the rows may be read). */
function printConfusion(rows: readonly GoldRow[]) {
  const cells = kindConfusion(rows);
  console.log(
    '\n    kinds: gold (any of) × proposed, for the gold pairs found; wrong ones marked ✗',
  );
  console.log(`    ${pinnedDaysLine(totalRow(rows))}`);
  for (const c of cells)
    console.log(
      `    ${c.right ? ' ' : '✗'} ${String(c.count).padStart(3)}  ${c.gold.padEnd(34)} ${c.proposed}`,
    );
}

function printMisses(rows: readonly GoldRow[]) {
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

/** The story folders of a corpus group, by name. */
function storiesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The stories of one corpus group, each read into an empty graph: dev with a row per article
 * and the misses under --verbose; check with one total per story and nothing else. */
function printCorpusGroup(letter: string, group: 'dev' | 'check', note: string): GoldRow | null {
  const dir = resolve(values.corpus as string, group);
  console.log(
    `\n(${letter}) Corpus ${group} stories (${join(values.corpus as string, group)}), read into an empty graph; ${note}\n`,
  );
  if (!existsSync(dir)) {
    console.log(`    skipped: ${dir} is absent (no corpus here)`);
    return null;
  }
  const stories = storiesIn(dir);
  const totals: GoldRow[] = [];
  for (const story of stories) {
    const score = readGoldFolder(join(dir, story), EMPTY, { givePublished: true });
    if (typeof score === 'string') {
      console.log(`    ${story}: skipped: ${score}`);
      continue;
    }
    const total = totalRow(score.rows);
    totals.push({ ...total, article: story });
    if (group === 'dev') {
      console.log(`  ${story}`);
      printGoldTable(score, { perArticle: true });
      console.log('');
    }
  }
  if (totals.length === 0) return null;
  if (group === 'dev') console.log('  all dev stories');
  console.log(goldHeader('story'));
  const all = totalRow(totals);
  for (const r of [...totals, all]) console.log(goldRow(r));
  console.log(`    ${pinnedDaysLine(all)}`);
  return all;
}

/** The corpus's stories read as a person following each one reads them: article after article
 * into one story, each one's proposals accepted before the next (the ends of a pair found may then
 * be entities an earlier article named in full). Totals per story only, check stories included;
 * the issue's targets are the tables read into an empty graph above. */
function printAsStories(letter: string) {
  console.log(
    `\n(${letter}) The corpus's stories (${values.corpus as string}), each read article by article into one story, in the order published, every proposal accepted; totals only\n`,
  );
  const rows: GoldRow[] = [];
  for (const group of ['dev', 'check'] as const) {
    const dir = resolve(values.corpus as string, group);
    if (!existsSync(dir)) continue;
    const stories = storiesIn(dir);
    const totals: GoldRow[] = [];
    for (const story of stories) {
      const score = readGoldFolder(join(dir, story), EMPTY, {
        givePublished: true,
        asOneStory: true,
      });
      if (typeof score !== 'string') totals.push({ ...totalRow(score.rows), article: story });
    }
    if (totals.length > 0) rows.push(...totals, { ...totalRow(totals), article: `${group} all` });
  }
  if (rows.length === 0) {
    console.log('    skipped: no corpus here');
    return;
  }
  console.log(goldHeader('story'));
  for (const r of rows) console.log(goldRow(r));
}

/** The gap between the dev and the check stories in gold pairs found: a reader that learnt its
 * development articles rather than news shows it here. */
function printGap(dev: GoldRow | null, check: GoldRow | null) {
  if (!dev || !check) return;
  const rate = (t: Tally) => (t.total === 0 ? 0 : (100 * t.found) / t.total);
  const gap = rate(dev.pairs) - rate(check.pairs);
  console.log(
    `\n    dev–check gap in gold pairs: ${gap.toFixed(0)} points (dev ${rate(dev.pairs).toFixed(0)}%, check ${rate(check.pairs).toFixed(0)}%)`,
  );
}
