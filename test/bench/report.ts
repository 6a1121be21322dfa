// The printed report: one section per figure, each a plain table, then the budgets
// with met or missed and by how much. Takes the measured samples; computes medians here.
import type { PageRun } from './browser-bench';
import type { ExportFigures, OpenFigures, SearchFigures } from './node-bench';
import { median, ms, percent, percentile, ratio, shareOver, table } from './stats';

export type BrowserSize = {
  nodes: number;
  edges: number;
  rounds: number;
  /** What this size skips, if anything. */
  note?: string;
  /** Contender name → its timed runs, in the order they ran. */
  runs: Map<string, PageRun[]>;
};

const count = (n: number) => n.toLocaleString('en-US');
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function openSection(figures: readonly OpenFigures[]): string {
  const rows = figures.map((f) => [
    `${count(f.nodes)} / ${count(f.edges)}`,
    `${f.megabytes.toFixed(1)} MB`,
    String(f.runs),
    ms(median(f.jsonParse)),
    ms(median(f.total)),
    ratio(median(f.total) / median(f.jsonParse)),
    ms(median(f.parse)),
    ms(median(f.validate)),
    ms(median(f.build)),
    ratio(median(f.totalCpu) / median(f.jsonParseCpu)),
  ]);
  return [
    'Open a dataset in Node: JSON.parse + openDataset (validate, then build with layout: false), against a bare JSON.parse of the same text (the floor)',
    table(
      [
        'nodes / edges',
        'JSON',
        'runs',
        'JSON.parse',
        'open',
        'open/floor',
        '= parse',
        '+ validate',
        '+ build',
        'by CPU time',
      ],
      rows,
    ),
  ].join('\n');
}

export function searchSection(s: SearchFigures): string {
  const rows = [...s.byKind].map(([kind, samples]) => [
    kind,
    String(samples.length),
    ms(median(samples)),
    ms(percentile(samples, 95)),
    ms(Math.max(...samples)),
  ]);
  rows.push([
    'all',
    String(s.all.length),
    ms(median(s.all)),
    ms(percentile(s.all, 95)),
    ms(Math.max(...s.all)),
  ]);
  return [
    `Search at ${count(s.nodes)} nodes (createSearchIndex over searchDocsFromGraph: index built in ${ms(s.indexMs)}); ${s.queries} queries × ${s.rounds} rounds after a warm-up pass`,
    table(['query kind', 'calls', 'median', 'p95', 'max'], rows),
  ].join('\n');
}

export function exportSection(e: ExportFigures): string {
  return [
    `Export at ${count(e.nodes)} nodes / ${count(e.edges)} edges (generator positions), written in parts (exportDocumentChunks, every part produced)${e.warmUp ? ', after a warm-up' : ', no warm-up (each run takes seconds)'}`,
    table(
      ['format', 'runs', 'median', 'CPU time', 'output'],
      [
        [
          'JSON (graphology)',
          String(e.json.length),
          ms(median(e.json)),
          ms(median(e.jsonCpu)),
          `${e.jsonMegabytes.toFixed(0)} MB`,
        ],
        [
          'GEXF',
          String(e.gexf.length),
          ms(median(e.gexf)),
          ms(median(e.gexfCpu)),
          `${e.gexfMegabytes.toFixed(0)} MB`,
        ],
      ],
    ),
  ].join('\n');
}

type Figure = {
  name: string;
  value: (runs: readonly PageRun[]) => number;
  format: (n: number) => string;
  /** Whether other/Parley reads as "how many times slower" (not for shares or rates). */
  ratio: boolean;
  /** A pan/zoom figure: left out where no camera animation ran. */
  panZoom?: boolean;
};

const frames = (r: readonly PageRun[]) => r.flatMap((x) => x.frames.intervals);
const clicks = (r: readonly PageRun[]) => r.flatMap((x) => x.clicks);

const FIGURES: readonly Figure[] = [
  {
    name: 'first frame (navigation → graph drawn)',
    value: (r) => median(r.map((x) => x.ready.firstFrame)),
    format: ms,
    ratio: true,
  },
  {
    name: 'pan/zoom frames measured',
    panZoom: true,
    value: (r) => frames(r).length,
    format: (n) => String(n),
    ratio: false,
  },
  {
    name: 'pan/zoom frame p50',
    value: (r) => median(frames(r)),
    format: ms,
    ratio: true,
    panZoom: true,
  },
  {
    name: 'pan/zoom frame p95',
    value: (r) => percentile(frames(r), 95),
    format: ms,
    ratio: true,
    panZoom: true,
  },
  {
    name: 'pan/zoom frames > 16.7 ms',
    panZoom: true,
    value: (r) => shareOver(frames(r), 1000 / 60),
    format: percent,
    ratio: false,
  },
  {
    name: 'pan/zoom frames > 33 ms',
    panZoom: true,
    value: (r) => shareOver(frames(r), 1000 / 30),
    format: percent,
    ratio: false,
  },
  {
    name: 'pan/zoom frames per second',
    panZoom: true,
    value: (r) =>
      (1000 * sum(r.map((x) => x.frames.intervals.length))) /
      sum(r.map((x) => x.frames.durationMs)),
    format: (n) => (Number.isFinite(n) ? n.toFixed(1) : '–'),
    ratio: false,
  },
  {
    name: '  main-thread draw per frame p50',
    panZoom: true,
    value: (r) => median(r.flatMap((x) => x.frames.drawMs)),
    format: ms,
    ratio: true,
  },
  {
    name: 'click → highlighted frame',
    value: (r) => median(clicks(r).map((c) => c.total)),
    format: ms,
    ratio: true,
  },
  {
    name: '  of which synchronous',
    value: (r) => median(clicks(r).map((c) => c.sync)),
    format: ms,
    ratio: true,
  },
];

export function browserSection(size: BrowserSize, parleyName: string): string {
  const names = [...size.runs.keys()];
  const others = names.filter((n) => n !== parleyName);
  const parleyRuns = size.runs.get(parleyName) ?? [];
  const panZoomed = [...size.runs.values()].some((runs) => frames(runs).length > 0);
  const rows = FIGURES.filter((figure) => panZoomed || !figure.panZoom).map((figure) => {
    const values = names.map((n) => figure.value(size.runs.get(n) ?? []));
    const base = figure.value(parleyRuns);
    const ratios = others.map((n) =>
      figure.ratio ? ratio(figure.value(size.runs.get(n) ?? []) / base) : '',
    );
    return [figure.name, ...values.map(figure.format), ...ratios];
  });
  const lines = [
    `Browser, ${count(size.nodes)} nodes / ${count(size.edges)} edges: ${size.rounds} round(s)${names.length > 1 ? ', pages interleaved' : ''}${size.note ? `; ${size.note}` : ''}; medians (frames pooled over rounds)`,
    table(['figure', ...names, ...others.map((n) => `${n}/Parley`)], rows),
  ];
  const renderers = names.map((n) => `${n}: ${size.runs.get(n)?.[0]?.ready.renderer ?? '?'}`);
  lines.push(`  drawn by ${renderers.join('; ')}`);
  const surfaces = names.map((n) => {
    const s = size.runs.get(n)?.[0]?.ready.surfaces;
    return s ? `${n} ${s.canvases} (${s.webgl} WebGL, ${s.canvas2d} 2D)` : `${n} ?`;
  });
  lines.push(`  canvases on the page (contexts): ${surfaces.join('; ')}`);
  if (parleyRuns.length > 0) {
    const mark = (key: string) => median(parleyRuns.map((r) => r.ready.marks[key] ?? Number.NaN));
    const started = mark('started');
    const fetched = mark('fetched');
    const validated = mark('validated');
    const built = mark('built');
    const mounted = mark('mounted');
    const first = median(parleyRuns.map((r) => r.ready.firstFrame));
    lines.push(
      `  Parley's first frame: page and modules ${ms(started)}, fetch ${ms(fetched - started)}, parse + validate ${ms(validated - fetched)}, build + positions ${ms(built - validated)}, sigma mount and first render ${ms(mounted - built)}, then ${ms(first - mounted)} until the frame is shown`,
    );
    for (const name of others) {
      const runs = size.runs.get(name) ?? [];
      const at = (key: string) => median(runs.map((r) => r.ready.marks[key] ?? Number.NaN));
      const shown = median(runs.map((r) => r.ready.firstFrame));
      lines.push(
        `  ${name}'s first frame: page and modules ${ms(at('started'))}, fetch ${ms(at('fetched') - at('started'))}, JSON.parse ${ms(at('parsed') - at('fetched'))}, elements ${ms(at('built') - at('parsed'))}, mount ${ms(at('mounted') - at('built'))}, then ${ms(shown - at('mounted'))} until drawn`,
      );
    }
    const ticks = parleyRuns.flatMap((r) => (r.tick ? [r.tick] : []));
    const tick = ticks[0];
    if (tick) {
      lines.push(
        `  one layout tick (updateEachNodeAttributes moving every node): ${ms(median(ticks.map((t) => t.ms)))} to the next frame; nodeReducer ${count(tick.nodeReducerCalls)} calls (${(tick.nodeReducerCalls / size.nodes).toFixed(1)} per node), edgeReducer ${count(tick.edgeReducerCalls)} (${(tick.edgeReducerCalls / size.edges).toFixed(1)} per edge)`,
      );
    }
  }
  return lines.join('\n');
}

export type Budget = {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
  margin: string;
};

export function budgetSection(budgets: readonly Budget[]): string {
  return [
    'Budgets',
    table(
      ['budget', 'target', 'measured', 'verdict'],
      budgets.map((b) => [
        b.name,
        b.target,
        b.measured,
        b.met === null ? 'not measured' : b.met ? `met (${b.margin})` : `MISSED (${b.margin})`,
      ]),
      4,
    ),
  ].join('\n');
}
