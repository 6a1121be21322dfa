// The browser half of the benchmark: builds the bench pages (test/bench-pages) into a temporary
// folder, serves them with `vite preview` on 127.0.0.1, and drives Debian's Chromium with
// Playwright through the same steps on each page: open, scripted pan and zoom, click to highlight.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from '@playwright/test';
import { build, type PreviewServer, preview } from 'vite';
import type {
  BenchWindow,
  ClickResult,
  FirstFrame,
  Frames,
  TickResult,
} from '../bench-pages/protocol';
import { CHROMIUM_ARGS } from '../chromium-args';

const PAGES_DIR = fileURLToPath(new URL('../bench-pages/', import.meta.url));
const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  // frames as fast as the work allows, so frame times measure the work, not the display
  '--disable-gpu-vsync',
  '--disable-frame-rate-limit',
];
export const VIEWPORT = { width: 1400, height: 900 };
const PAGE_TIMEOUT_MS = 240_000;

export type Contender = { name: string; path: string };
export const PARLEY: Contender = { name: 'Parley (sigma)', path: 'parley.html' };
export const CYTOSCAPE_CANVAS: Contender = { name: 'cytoscape canvas', path: 'cytoscape.html' };
export const CYTOSCAPE_WEBGL: Contender = {
  name: 'cytoscape webgl',
  path: 'cytoscape.html?webgl=1',
};

export type PageRun = {
  ready: FirstFrame;
  frames: Frames;
  clicks: ClickResult[];
  tick: TickResult | null;
};

/**
 * Builds the bench pages into `outDir`; the data files are written there afterwards. Unminified
 * (`minify: false`) for a profile whose function names read as the source's.
 */
export async function buildPages(outDir: string, { minify = true } = {}): Promise<void> {
  await build({
    configFile: false,
    root: PAGES_DIR,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        input: {
          parley: join(PAGES_DIR, 'parley.html'),
          cytoscape: join(PAGES_DIR, 'cytoscape.html'),
        },
      },
    },
  });
}

/**
 * Serves data/NAME.json from data/NAME.json.gz (written with it, gzip made once) with
 * `Content-Encoding: gzip`, as a static host serves prepared files. Without it vite preview
 * compresses every response again, 20 MB (10k) or 197 MB (100k) per page opened, on the same two
 * cores the browser draws with: 0.6 s or 6 s of a first frame were the bench's own server.
 */
function precompressedData(outDir: string) {
  return async (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const path = /^\/data\/([\w.-]+\.json)(?:\?|$)/.exec(request.url ?? '')?.[1];
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (!path || !gzip || request.method !== 'GET') return next();
    let body: Buffer;
    try {
      body = await readFile(join(outDir, 'data', `${path}.gz`));
    } catch {
      return next();
    }
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    response.end(body);
  };
}

export async function servePages(outDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: PAGES_DIR,
    logLevel: 'error',
    build: { outDir },
    // runs before vite preview's own compression and static files
    plugins: [
      {
        name: 'bench-precompressed-data',
        configurePreviewServer: (s) => void s.middlewares.use(precompressedData(outDir)),
      },
    ],
    preview: { host: '127.0.0.1', port: 4273, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('bench: vite preview did not report its address');
  return { url, close: () => server.close() };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: BENCH_CHROMIUM_ARGS,
  });
}

const bench = (page: Page) => ({
  ready: () => page.evaluate(() => (window as unknown as BenchWindow).__bench.ready),
  panZoom: (ms: number) =>
    page.evaluate((d) => (window as unknown as BenchWindow).__bench.panZoom(d), ms),
  click: (node: string) =>
    page.evaluate((n) => (window as unknown as BenchWindow).__bench.click(n), node),
  clear: () => page.evaluate(() => (window as unknown as BenchWindow).__bench.clearSelection()),
  tick: () =>
    page.evaluate(() => {
      const api = (window as unknown as BenchWindow).__bench;
      return api.layoutTick ? api.layoutTick() : null;
    }),
});

/** A fresh tab: open the page, let it settle, pan and zoom (unless 0 ms), click each node, one layout tick. */
export async function runPage(
  browser: Browser,
  url: string,
  options: { clickNodes: readonly string[]; panZoomMs: number; layoutTick: boolean },
): Promise<PageRun> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const api = bench(page);
    const ready = await api.ready();
    await page.waitForTimeout(300);
    const frames =
      options.panZoomMs > 0
        ? await api.panZoom(options.panZoomMs)
        : { intervals: [], durationMs: 0, drawMs: [] };
    await api.clear();
    const clicks: ClickResult[] = [];
    for (const node of options.clickNodes) {
      clicks.push(await api.click(node));
      await api.clear();
    }
    const tick = options.layoutTick ? await api.tick() : null;
    return { ready, frames, clicks, tick };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `bench: ${url} failed: ${detail}${errors.length ? `\n${errors.join('\n')}` : ''}`,
    );
  } finally {
    await page.close();
  }
}

/** The unmasked WebGL renderer string of this browser ("SwiftShader…" means software WebGL). */
export async function rendererString(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}
