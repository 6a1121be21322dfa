// `npm run bench`: generates synthetic knowledge graphs (test/fixtures/generate.ts), measures opening,
// search and export in Node, then first frame, pan/zoom frames and click-to-highlight in Chromium
// for Parley against cytoscape.js, and prints the figures with the budgets they must meet.
// Writes only into a temporary folder, deleted at the end (unless --keep).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { parseBenchArgs, USAGE } from './args';
import {
  buildPages,
  type Contender,
  CYTOSCAPE_CANVAS,
  CYTOSCAPE_WEBGL,
  launchBrowser,
  PARLEY,
  type PageRun,
  rendererString,
  runPage,
  servePages,
} from './browser-bench';
import { makeBenchDataset, writeBenchFiles } from './datasets';
import {
  benchExport,
  benchOpen,
  benchSearch,
  type ExportFigures,
  graphWithPositions,
  type OpenFigures,
  type SearchFigures,
} from './node-bench';
import {
  type BrowserSize,
  type Budget,
  browserSection,
  budgetSection,
  exportSection,
  openSection,
  searchSection,
} from './report';
import { median, ms, percentile, ratio } from './stats';

/** Above this size only Parley runs in the browser: cytoscape.js would take minutes per run. */
const CYTOSCAPE_MAX_NODES = 10_000;
const PAN_ZOOM_MS = 2000;

const startedAt = performance.now();
const log = (message: string) =>
  process.stderr.write(
    `bench: ${((performance.now() - startedAt) / 1000).toFixed(0)} s: ${message}\n`,
  );
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

type Results = {
  open: OpenFigures[];
  search: SearchFigures | null;
  exported: ExportFigures | null;
  browser: BrowserSize[];
  webgl: string;
  chromium: string;
};

async function main() {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const loadAtStart = load();
  const dir = await mkdtemp(join(os.tmpdir(), 'parley-bench-'));
  const site = join(dir, 'site');
  const results: Results = {
    open: [],
    search: null,
    exported: null,
    browser: [],
    webgl: '',
    chromium: '',
  };
  const edgesOf = new Map<number, number>();
  const clickNodesOf = new Map<number, string[]>();
  try {
    if (options.browser) {
      log('building the bench pages');
      await buildPages(site);
      await mkdir(join(site, 'data'));
    }
    const largest = options.sizes.at(-1);
    for (const nodes of options.sizes) {
      log(`generating ${nodes} nodes`);
      const bench = makeBenchDataset(nodes);
      edgesOf.set(nodes, bench.dataset.relations.length);
      clickNodesOf.set(nodes, bench.clickNodes);
      if (options.browser && options.browserSizes.includes(nodes)) {
        await writeBenchFiles(join(site, 'data'), bench);
      }
      if (!options.node) continue;
      // JIT warm-up happens on the first sizes; above 10k a run takes seconds and needs none
      const big = nodes > 10_000;
      const runs = big ? Math.min(options.runs, options.bigRuns) : options.runs;
      log(`opening ${nodes} nodes, ${runs} runs`);
      results.open.push(benchOpen(bench, runs, !big));
      if (nodes === largest) {
        const graph = graphWithPositions(bench);
        log(`search at ${nodes}`);
        results.search = benchSearch(graph, bench.dataset, 5);
        log(`export at ${nodes}`);
        results.exported = benchExport(
          graph,
          big ? { json: 2, gexf: 1 } : { json: 3, gexf: 3 },
          !big,
        );
      }
    }
    if (options.browser) await runBrowser(site, options, edgesOf, clickNodesOf, results);
  } finally {
    if (options.keep) log(`files kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
  printReport(results, options, {
    seconds: (performance.now() - started) / 1000,
    loadAtStart,
    loadAtEnd: load(),
  });
}

async function runBrowser(
  site: string,
  options: ReturnType<typeof parseBenchArgs>,
  edgesOf: Map<number, number>,
  clickNodesOf: Map<number, string[]>,
  results: Results,
) {
  const server = await servePages(site);
  const browser = await launchBrowser();
  try {
    results.chromium = browser.version();
    results.webgl = await rendererString(browser);
    const url = (c: Contender, nodes: number) =>
      `${server.url}${c.path}${c.path.includes('?') ? '&' : '?'}size=${nodes}`;
    // Above 10k a software-WebGL frame takes tens of seconds: open and one click on the hub only.
    const big = (nodes: number) => nodes > CYTOSCAPE_MAX_NODES;
    const run = (c: Contender, nodes: number) =>
      runPage(browser, url(c, nodes), {
        clickNodes: (clickNodesOf.get(nodes) ?? []).slice(0, big(nodes) ? 1 : 2),
        panZoomMs: big(nodes) ? 0 : PAN_ZOOM_MS,
        layoutTick: c === PARLEY && !big(nodes),
      });
    let warmedUp = false;
    for (const nodes of options.browserSizes) {
      const contenders = big(nodes) ? [PARLEY] : [PARLEY, CYTOSCAPE_CANVAS, CYTOSCAPE_WEBGL];
      const rounds = big(nodes) ? options.bigRounds : options.rounds;
      if (!warmedUp && !big(nodes)) {
        log(`browser warm-up at ${nodes}`);
        for (const c of contenders) await run(c, nodes);
        warmedUp = true;
      }
      const size: BrowserSize = {
        nodes,
        edges: edgesOf.get(nodes) ?? 0,
        rounds,
        runs: new Map(),
        ...(big(nodes)
          ? { note: 'Parley only, open and one click on the biggest hub (no pan/zoom, no tick)' }
          : {}),
      };
      for (let round = 0; round < rounds; round++) {
        for (const c of contenders) {
          log(`browser ${nodes}: ${c.name}, round ${round + 1}/${rounds}`);
          const pageRun: PageRun = await run(c, nodes);
          size.runs.set(c.name, [...(size.runs.get(c.name) ?? []), pageRun]);
        }
      }
      results.browser.push(size);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function verdict(measured: number, limit: number): Pick<Budget, 'met' | 'margin'> {
  if (!Number.isFinite(measured)) return { met: null, margin: '' };
  const met = measured <= limit;
  return {
    met,
    margin: met ? `${ratio(limit / measured)} under` : `${ratio(measured / limit)} over`,
  };
}

/** The browser figures Parley must lead cytoscape.js on, each read from a page's runs. */
const LEAD_FIGURES: readonly [string, (runs: readonly PageRun[]) => number][] = [
  ['first frame', (r) => median(r.map((x) => x.ready.firstFrame))],
  ['pan/zoom p50', (r) => median(r.flatMap((x) => x.frames.intervals))],
  [
    'pan/zoom p95',
    (r) =>
      percentile(
        r.flatMap((x) => x.frames.intervals),
        95,
      ),
  ],
  ['click', (r) => median(r.flatMap((x) => x.clicks.map((c) => c.total)))],
];

function budgets(results: Results, seconds: number): Budget[] {
  const list: Budget[] = [];
  const at = (nodes: number) => results.browser.find((b) => b.nodes === nodes);
  const runsOf = (size: BrowserSize | undefined, name: string) => size?.runs.get(name) ?? [];
  for (const nodes of [1000, 10_000]) {
    const size = at(nodes);
    const name = `${nodes / 1000}k: ahead of cytoscape.js on every browser figure`;
    if (!size) {
      list.push({
        name,
        target: '',
        measured: `not run: needs ${nodes} in --browser-sizes`,
        met: null,
        margin: '',
      });
      continue;
    }
    // Parley against the faster of cytoscape's two renderers, figure by figure
    const leads = LEAD_FIGURES.map(([figure, value]) => {
      const parley = value(runsOf(size, PARLEY.name));
      const best = Math.min(
        value(runsOf(size, CYTOSCAPE_CANVAS.name)),
        value(runsOf(size, CYTOSCAPE_WEBGL.name)),
      );
      return { figure, lead: best / parley };
    });
    const worst = Math.min(...leads.map((l) => l.lead));
    list.push({
      name,
      target: 'each ratio (faster cytoscape ÷ Parley) > 1',
      measured: leads.map((l) => `${l.figure} ${ratio(l.lead)}`).join(', '),
      met: Number.isFinite(worst) ? worst > 1 : null,
      margin: `least lead ${ratio(worst)}`,
    });
  }
  const ten = at(10_000);
  const firstFrame = (size: BrowserSize | undefined, name: string) =>
    median(runsOf(size, name).map((r) => r.ready.firstFrame));
  const parley10 = firstFrame(ten, PARLEY.name);
  const bestCy = Math.min(
    firstFrame(ten, CYTOSCAPE_CANVAS.name),
    firstFrame(ten, CYTOSCAPE_WEBGL.name),
  );
  list.push({
    name: 'first frame, 10k nodes / 50k edges',
    target: '≥ 5× ahead of cytoscape.js (its faster renderer)',
    measured: ten
      ? `${ms(parley10)} vs ${ms(bestCy)} (${ratio(bestCy / parley10)} ahead)`
      : 'not run: needs 10000 in --browser-sizes',
    ...verdict(parley10, bestCy / 5),
  });
  const hundred = at(100_000);
  const clicks = runsOf(hundred, PARLEY.name).flatMap((r) => r.clicks.map((c) => c.total));
  const notRun = 'not run: npm run bench -- --sizes=100000 --browser-sizes=100000 --no-node';
  list.push({
    name: '100k / 500k: click → highlighted frame',
    target: '≤ 200 ms',
    measured: hundred ? ms(median(clicks)) : notRun,
    ...verdict(median(clicks), 200),
  });
  list.push({
    name: '100k / 500k: first frame',
    target: '≤ 15 s',
    measured: hundred ? ms(firstFrame(hundred, PARLEY.name)) : notRun,
    ...verdict(firstFrame(hundred, PARLEY.name), 15_000),
  });
  const open = results.open.at(-1);
  if (open) {
    const r = median(open.total) / median(open.jsonParse);
    list.push({
      name: `parse + validate + build, ${open.nodes.toLocaleString('en-US')} nodes`,
      target: '≤ 3× bare JSON.parse',
      measured: `${ratio(r)} (${results.open.map((o) => ratio(median(o.total) / median(o.jsonParse))).join(', ')} by size; ${ratio(median(open.totalCpu) / median(open.jsonParseCpu))} by CPU time)`,
      ...verdict(r, 3),
    });
  }
  if (results.search) {
    const nodes = results.search.nodes.toLocaleString('en-US');
    list.push({
      name: `search median, ${nodes} nodes`,
      target: '≤ 2 ms',
      measured: ms(median(results.search.all)),
      ...verdict(median(results.search.all), 2),
    });
    list.push({
      name: `search p95, ${nodes} nodes`,
      target: '≤ 20 ms',
      measured: ms(percentile(results.search.all, 95)),
      ...verdict(percentile(results.search.all, 95), 20),
    });
  }
  if (results.exported) {
    for (const [name, samples, cpu, limit] of [
      ['export JSON in parts', results.exported.json, results.exported.jsonCpu, 2000],
      ['export GEXF in parts', results.exported.gexf, results.exported.gexfCpu, 3000],
    ] as const) {
      list.push({
        name: `${name}, ${results.exported.edges.toLocaleString('en-US')} edges`,
        target: `≤ ${limit / 1000} s`,
        measured: `${ms(median(samples))} (CPU time ${ms(median(cpu))})`,
        ...verdict(median(samples), limit),
      });
    }
  }
  list.push({
    name: 'the whole bench',
    target: '< 10 min',
    measured: `${(seconds / 60).toFixed(1)} min`,
    ...verdict(seconds, 600),
  });
  return list;
}

function printReport(
  results: Results,
  options: ReturnType<typeof parseBenchArgs>,
  run: { seconds: number; loadAtStart: string; loadAtEnd: string },
) {
  const cpus = os.cpus();
  const lines = [
    `Parley benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `Machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; load average ${run.loadAtStart} at start, ${run.loadAtEnd} at end (a shared, noisy machine: read medians and ratios)`,
  ];
  if (options.browser) {
    lines.push(
      `Browser: Chromium ${results.chromium}, headless, ${'1400×900'}, vsync and frame-rate limit off; WebGL renderer: ${results.webgl}${/swiftshader/i.test(results.webgl) ? ' (software WebGL: every browser figure is CPU time)' : ''}`,
    );
  }
  lines.push(
    `Graphs: generateSynthetic({ nodes, relationsPerNode: 5, seed: 20250512 }); Node figures are medians of ${options.runs} runs after a warm-up (${options.bigRuns} runs, no warm-up, above 10k); the whole run took ${run.seconds.toFixed(0)} s`,
    '',
  );
  if (results.open.length > 0) lines.push(openSection(results.open), '');
  if (results.search) lines.push(searchSection(results.search), '');
  if (results.exported) lines.push(exportSection(results.exported), '');
  for (const size of results.browser) lines.push(browserSection(size, PARLEY.name), '');
  lines.push(budgetSection(budgets(results, run.seconds)));
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
