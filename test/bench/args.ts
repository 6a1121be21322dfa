// The bench command's flags: which sizes, how many runs, which halves. Pure: argv in, options out.

export type BenchOptions = {
  sizes: number[];
  /** Sizes also measured in the browser (cytoscape.js up to 10k; Parley alone above, open + one click). */
  browserSizes: number[];
  /** Timed Node runs per size (after one warm-up); sizes above 10k use at most `bigRuns`. */
  runs: number;
  bigRuns: number;
  /** Browser rounds (A B C interleaved) per size up to 10k, and for Parley alone at 100k. */
  rounds: number;
  bigRounds: number;
  node: boolean;
  browser: boolean;
  keep: boolean;
  help: boolean;
};

export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  sizes: [1000, 10_000, 100_000],
  browserSizes: [1000, 10_000, 100_000],
  runs: 5,
  bigRuns: 3,
  rounds: 2,
  bigRounds: 1,
  node: true,
  browser: true,
  keep: false,
  help: false,
};

export const USAGE = `npm run bench [-- FLAGS]
  --quick            1k and 10k nodes only, about 5 minutes (search and export then run on 10k)
  --sizes=N,N,...    node counts to generate (default 1000,10000,100000; 5 relations per node)
  --runs=N           timed Node runs per size after a warm-up (default 5; 3 above 10k)
  --rounds=N         browser rounds per size, pages interleaved (default 2 after a warm-up; 1 for Parley at 100k)
  --browser-sizes=N,...  sizes also run in the browser (default: all three; above 10k Parley alone,
                     open and one click: --sizes=100000 --no-node takes about 2 minutes)
  --no-node          skip the Node figures       --no-browser   skip the browser figures
  --keep             keep the generated files (printed path) instead of deleting them`;

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`bench: ${flag} needs a positive integer, got "${value}"`);
  return n;
}

/** "1000,10k,100_000" → [1000, 10000, 100000] */
function sizeList(flag: string, value: string): number[] {
  const sizes = value
    .split(',')
    .map((s) => positiveInt(flag, s.replace(/_/g, '').replace(/k$/i, '000')));
  if (sizes.some((n) => n < 2)) throw new Error(`bench: ${flag} needs at least 2 nodes`);
  return sizes;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_BENCH_OPTIONS };
  for (const arg of argv) {
    const [flag = '', value = ''] = arg.split('=', 2);
    if (flag === '--quick') options.sizes = [1000, 10_000];
    else if (flag === '--sizes') options.sizes = sizeList(flag, value);
    else if (flag === '--browser-sizes') options.browserSizes = sizeList(flag, value);
    else if (flag === '--runs') options.runs = options.bigRuns = positiveInt(flag, value);
    else if (flag === '--rounds') options.rounds = options.bigRounds = positiveInt(flag, value);
    else if (flag === '--no-node') options.node = false;
    else if (flag === '--no-browser') options.browser = false;
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else throw new Error(`bench: unknown flag "${arg}"\n${USAGE}`);
  }
  const sorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  options.sizes = sorted(options.sizes);
  options.browserSizes = sorted(options.browserSizes.filter((n) => options.sizes.includes(n)));
  return options;
}
