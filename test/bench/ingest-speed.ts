// `npm run bench:ingest`: how long reading a 1,000-word article takes in the browser's ingest
// worker (the target is under 1 s), and in Node for comparison. The article is made of the
// invented fixture articles' paragraphs (test/fixtures/articles), read against the curated
// dataset. In Chromium: the first reading in a worker (which loads the language model), then the
// median of 5 readings in that worker once the model has loaded, each timed from posting the
// article to the worker until its proposals come back; and the median of 3 readings each in a
// fresh worker; and 4 readings as "Add article…" makes them (ingestInWorker), the first starting
// its worker. Not part of npm test.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { DEFAULT_DATASET, readDatasetFile } from '../../src/cli/dataset-file';
import { ingestArticle } from '../../src/ingest/extract';
import type { IngestRequest } from '../../src/ingest/ingest-in-worker';
import { CHROMIUM_ARGS } from '../chromium-args';
import type { IngestSpeedWindow } from './ingest-speed/page';
import { median, ms } from './stats';

const PAGE_DIR = fileURLToPath(new URL('./ingest-speed/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const WORDS = 1000;
const RUNS = 5;

/** An invented article of at least `words` words: a headline, then the fixtures' paragraphs
 * (each fixture's own headline left out), in file order. */
export function benchArticle(words: number): string {
  const paragraphs = readdirSync(FIXTURES)
    .filter((f) => /^(crisis|news|names|dates)-.*\.txt$/.test(f))
    .sort()
    .flatMap((f) =>
      readFileSync(join(FIXTURES, f), 'utf8')
        .split(/\n\s*\n/)
        .slice(1),
    )
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const out = ['Ministers meet as a regional crisis deepens'];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = paragraphs[i % paragraphs.length] as string;
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out.join('\n\n');
}

function requestFor(text: string): IngestRequest {
  const read = readDatasetFile(DEFAULT_DATASET);
  if (!read.ok) throw new Error(`bench: ${DEFAULT_DATASET} is not a valid dataset`);
  return { text, context: read.dataset, meta: { fileName: 'bench.txt', published: '2025-05-10' } };
}

function inNode(request: IngestRequest): { first: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    ingestArticle(request.text, request.context, request.meta);
    times.push(performance.now() - started);
  }
  return { first: times[0] as number, median: median(times.slice(1)) };
}

async function inChromium(request: IngestRequest) {
  const outDir = await mkdtemp(join(os.tmpdir(), 'parley-ingest-speed-'));
  try {
    await build({
      configFile: false,
      root: PAGE_DIR,
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
    });
    const server = await preview({
      configFile: false,
      root: PAGE_DIR,
      logLevel: 'error',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 4274, strictPort: false, open: false },
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.resolvedUrls?.local[0]}index.html`);
      await page.waitForFunction(() => 'ingestSpeed' in window);
      const oneWorker = await page.evaluate(
        ({ request, runs }) =>
          (window as unknown as IngestSpeedWindow).ingestSpeed.inOneWorker(request, runs),
        { request, runs: RUNS + 1 },
      );
      const fresh: number[] = [];
      for (let i = 0; i < 3; i++)
        fresh.push(
          await page.evaluate(
            (r) => (window as unknown as IngestSpeedWindow).ingestSpeed.inFreshWorker(r),
            request,
          ),
        );
      const app: number[] = [];
      for (let i = 0; i <= 3; i++)
        app.push(
          await page.evaluate(
            (r) => (window as unknown as IngestSpeedWindow).ingestSpeed.throughApp(r),
            request,
          ),
        );
      return { first: oneWorker[0] as number, loaded: oneWorker.slice(1), fresh, app };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function main() {
  const text = benchArticle(WORDS);
  const request = requestFor(text);
  const words = text.split(/\s+/).length;
  const node = inNode(request);
  const browser = await inChromium(request);
  const verdict = median(browser.loaded) < 1000 ? 'under' : 'OVER';
  console.log(`Reading a ${words}-word invented article (load ${os.loadavg()[0]?.toFixed(1)})`);
  console.log(`  Chromium worker, first reading (loads the model):  ${ms(browser.first)}`);
  console.log(
    `  Chromium worker, model loaded, median of ${RUNS}:      ${ms(median(browser.loaded))}  (${browser.loaded.map(ms).join(', ')}); ${verdict} the 1 s target`,
  );
  console.log(
    `  Chromium, a fresh worker per reading, median of 3: ${ms(median(browser.fresh))}  (${browser.fresh.map(ms).join(', ')})`,
  );
  console.log(
    `  Chromium, as Add article… reads (ingestInWorker): first ${ms(browser.app[0] as number)}, then median of 3: ${ms(median(browser.app.slice(1)))}  (${browser.app.slice(1).map(ms).join(', ')})`,
  );
  console.log(`  Node, first reading (loads the model):             ${ms(node.first)}`);
  console.log(`  Node, model loaded, median of ${RUNS}:                 ${ms(node.median)}`);
}

await main();
