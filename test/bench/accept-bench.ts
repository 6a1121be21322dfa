// A focused benchmark for the workspace: accepting one proposal on a 10k-entity graph, from the
// click to the next frame drawn with the change. Run against a built app (default dist/):
//   npx vite build && npx tsx test/bench/accept-bench.ts [--dist DIR] [--port N] [--nodes N] [--accepts N]
// It serves the build with `vite preview`, opens it in Debian's Chromium, imports a synthetic
// graph with positions (no layout to wait for), reads an invented article whose people are all
// new, and accepts its interactions one at a time, timing each. Prints the median and each time.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { buildGraph } from '../../src/graph/build-graph';
import { exportGraph } from '../../src/io/export-json';
import { CHROMIUM_ARGS } from '../chromium-args';
import { generateSynthetic } from '../fixtures/generate';
import { median } from './stats';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

const dist = option('dist', 'dist');
const port = Number(option('port', '4199'));
const nodes = Number(option('nodes', '10000'));
const accepts = Number(option('accepts', '5'));

/** Invented people only, so every interaction is a proposal with new ends. */
const FIRST = ['Mira', 'Tomas', 'Lena', 'Ivo', 'Sara', 'Anton', 'Nadia', 'Pavel'];
const SURNAMES = [
  'Castell',
  'Ferreira',
  'Hartman',
  'Novak',
  'Lindqvist',
  'Moreau',
  'Okafor',
  'Brandt',
];
const person = (i: number) => `${FIRST[i % 8]} ${SURNAMES[(i * 3) % 8]}`;
const ARTICLE = [
  'Bench article on a growing story',
  ...Array.from(
    { length: accepts },
    (_, i) =>
      `${person(2 * i)} later met ${person(2 * i + 1)} in Geneva to prepare the next round of talks.`,
  ),
].join('\n');

const synthetic = generateSynthetic({ nodes, seed: 7 });
const graph = buildGraph(synthetic.dataset, { layout: false });
for (const [id, { x, y }] of synthetic.positions) graph.mergeNodeAttributes(id, { x, y });
const file = join(mkdtempSync(join(tmpdir(), 'parley-accept-')), 'synthetic.json');
// compact: the import refuses files over 20 MB, and the indented 10k graph is 30 MB
writeFileSync(file, JSON.stringify(exportGraph(graph)));

const server = await preview({
  configFile: false,
  logLevel: 'error',
  preview: { port, strictPort: true, host: '127.0.0.1' },
  build: { outDir: dist },
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => '__parley' in window, null, { timeout: 60_000 });
  await page.getByLabel('Import file').setInputFiles(file);
  await page
    .waitForFunction(
      (n) =>
        document.getElementById('graph')?.getAttribute('aria-label')?.startsWith(`Graph of ${n} `),
      nodes,
      { timeout: 240_000 },
    )
    .catch(async (error) => {
      console.error(await page.locator('#import-alert').textContent());
      throw error;
    });
  await page.getByRole('button', { name: 'Add article…' }).click();
  await page.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
  await page.getByRole('button', { name: 'Read article' }).click();
  await page.getByRole('region', { name: 'Proposals' }).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(2000);
  const times: number[] = [];
  for (let i = 0; i < accepts; i++) {
    // a string, not a function: tsx would wrap the function's inner names in a helper the page lacks
    const ms = await page.evaluate<number>(`(async () => {
      const button = [...document.querySelectorAll('#proposals-root button')].find(
        (b) => /^Accept: .* (met|took part in) /.test(b.getAttribute('aria-label') ?? '') && !b.disabled,
      );
      if (!button) throw new Error('no pending meeting to accept among: ' + [...document.querySelectorAll('#proposals-root button')].map((b) => b.getAttribute('aria-label') ?? b.textContent).join(' | '));
      const graphLabel = document.getElementById('graph');
      const before = graphLabel.getAttribute('aria-label');
      const start = performance.now();
      button.click();
      // the change is in the graph, and the next frame, drawn with it, has been painted (a task
      // queued from a frame callback runs once that frame is painted)
      while (graphLabel.getAttribute('aria-label') === before) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - start;
    })()`);
    times.push(ms);
    await page.waitForTimeout(500);
  }
  console.log(
    `accept one proposal on ${nodes} entities (${dist}): median ${median(times).toFixed(0)} ms; each ${times
      .map((t) => t.toFixed(0))
      .join(', ')} ms`,
  );
} finally {
  await browser.close();
  await server.close();
}
