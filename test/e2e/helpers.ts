// Shared steps for the browser tests: open the explorer, find its landmarks, locate nodes on the
// canvas, and (only when asked) save a screenshot of a journey for a person to look at.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The graph's container, named with the whole workspace's counts once a graph is open. */
export const graphImage = (page: Page) => page.getByRole('img', { name: /^Graph of \d+ entities/ });

/**
 * Opens the explorer at a link and waits until it is ready: the loading status gone and the graph
 * named with its counts. Notices are recorded from the start (see `expectNotice`).
 */
export async function openExplorer(page: Page, hash = ''): Promise<void> {
  await recordNotices(page);
  await page.goto(`/${hash}`);
  await explorerReady(page);
}

/** Reloads the page and waits until the explorer is ready again. */
export async function reloadExplorer(page: Page): Promise<void> {
  await page.reload();
  await explorerReady(page);
}

/** Waits until the workspace's last change is written to this browser's storage: a reload
 * before the write ends would start from the record before it. */
export async function savedInBrowser(page: Page): Promise<void> {
  await expect(page.locator('.save-status')).toHaveText('Saved in this browser.');
}

/** Opening the explorer is the heaviest step of most tests (sigma's first frames in software
 * WebGL): on a 2-core machine shared with other jobs it has taken over 15 s. */
const LOADING = { timeout: 60_000 };

async function explorerReady(page: Page): Promise<void> {
  await expect(page.locator('#status')).toBeHidden(LOADING);
  await expect(graphImage(page)).toBeVisible(LOADING);
}

export const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
export const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search entities' });
export const heading = (page: Page) => details(page).getByRole('heading', { level: 2 });
export const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
export const redoButton = (page: Page) => page.getByRole('button', { name: 'Redo', exact: true });
export const historyRegion = (page: Page) => page.getByRole('region', { name: 'History' });
export const filtersGroup = (page: Page) => page.getByRole('group', { name: 'Filters' });
/** The line over the filters that counts what they leave ("Showing 84 of 84 entities…"). */
export const filtersSummary = (page: Page) => filtersGroup(page).locator('.filters-summary');

/**
 * Records every text the polite notice region shows, on this and every later load of the page,
 * as a screen reader hears them. A notice goes after 6 s, so asserting on the element races with
 * a slow machine; asserting on what was announced does not.
 */
export async function recordNotices(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if ('__notices' in window) return;
    const announced: string[] = [];
    Object.assign(window, { __notices: announced });
    new MutationObserver(() => {
      const notice = document.getElementById('notice');
      const text = notice && !notice.hidden ? (notice.textContent ?? '') : '';
      if (text !== '' && announced.at(-1) !== text) announced.push(text);
    }).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden'],
    });
  });
}

/** Waits until the notice region has announced a text that matches (see `recordNotices`). */
export async function expectNotice(
  page: Page,
  text: string | RegExp,
  options: { timeout?: number } = {},
): Promise<void> {
  const matching =
    typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text);
  await expect
    .poll(
      () => page.evaluate(() => (window as unknown as { __notices?: string[] }).__notices ?? []),
      options,
    )
    .toContainEqual(matching);
}

/**
 * The notice's box, read in the page at the first frame the notice shows a text: its 6 s clock
 * starts two frames later, so this cannot miss it however slow the machine.
 */
export async function noticeBoxWhenShown(page: Page, text: string): Promise<Box> {
  const handle = await page.waitForFunction((wanted) => {
    const notice = document.getElementById('notice');
    if (!notice || notice.hidden || !(notice.textContent ?? '').includes(wanted)) return null;
    const { x, y, width, height } = notice.getBoundingClientRect();
    return { x, y, width, height };
  }, text);
  return (await handle.jsonValue()) as Box;
}

export type Box = { x: number; y: number; width: number; height: number };

/**
 * An axe check of the page with the WCAG 2.0/2.1 A and AA rules. The explorer has no frames, so
 * axe runs in the page itself (`setLegacyMode`): by default it opens a blank page for every check
 * to merge the frames' results there, 1 to 1.5 s a check on a 2-core machine. Refuses a page
 * with frames, whose cross-origin ones that way would go unchecked.
 */
export function axeCheck(page: Page): AxeBuilder {
  expect(page.frames(), 'frames in the page axe checks').toHaveLength(1);
  return new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode();
}

// --- the canvas ------------------------------------------------------------------------------
// sigma draws the graph on WebGL canvases: a node has no element, name or box a test could find,
// and the camera is not in the DOM. The helpers below read what sigma draws through the
// read-only handle the explorer leaves on `window.__parley`, and only they do.

type Sigma = {
  getCamera(): {
    isAnimated(): boolean;
    getState(): { x: number; y: number; ratio: number; angle: number };
  };
  getGraph(): { nodes(): string[] };
  getNodeDisplayData(
    n: string,
  ): { x: number; y: number; size: number; hidden?: boolean } | undefined;
  getEdgeDisplayData(e: string): { hidden?: boolean } | undefined;
  getNodeDisplayedLabels(): Set<string>;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  scaleSize(size: number): number;
  getContainer(): HTMLElement;
};
export type CanvasWindow = {
  __parley: {
    renderer: {
      sigma: Sigma;
      mark?: string;
      writtenNames(): { node: string; left: number; top: number; right: number; bottom: number }[];
    };
  };
};

/** The places of the names the last frame wrote that run into another's (none, when all is well). */
export const namesWrittenOverOthers = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const boxes = (window as unknown as CanvasWindow).__parley.renderer.writtenNames();
    return boxes.filter((a, i) =>
      boxes.some(
        (b, j) =>
          i !== j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
      ),
    ).length;
  });

/** The entities whose name sigma did not draw in its last frame. */
export const namesNotShown = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const { sigma } = (window as unknown as CanvasWindow).__parley.renderer;
    const shown = sigma.getNodeDisplayedLabels();
    return sigma
      .getGraph()
      .nodes()
      .filter((node) => !shown.has(node));
  });

/** Waits until the camera has stopped moving: a frame drawn, then no animation running. */
export async function cameraSettled(page: Page): Promise<void> {
  // a pan that a hover asks for starts on the next frame at the latest
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.waitForFunction(
    () => !(window as unknown as CanvasWindow).__parley.renderer.sigma.getCamera().isAnimated(),
  );
}

/** The camera's position and zoom. */
export const cameraState = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as CanvasWindow).__parley.renderer.sigma.getCamera().getState(),
  );

/** Where a node is drawn, in page coordinates, once the camera has settled. */
export async function nodePosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  await cameraSettled(page);
  return page.evaluate((id) => {
    const { sigma } = (window as unknown as CanvasWindow).__parley.renderer;
    const data = sigma.getNodeDisplayData(id);
    if (!data) throw new Error(`no node ${id}`);
    const point = sigma.framedGraphToViewport(data);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, node);
}

/** How many nodes the canvas draws (not hidden by the filters or a focus). */
export const drawnNodeCount = (page: Page) =>
  page.evaluate(() => {
    const { sigma } = (window as unknown as CanvasWindow).__parley.renderer;
    return sigma
      .getGraph()
      .nodes()
      .filter((n) => !sigma.getNodeDisplayData(n)?.hidden).length;
  });

/** Whether the canvas draws a node. */
export const nodeDrawn = (page: Page, node: string) =>
  page.evaluate((id) => {
    const data = (window as unknown as CanvasWindow).__parley.renderer.sigma.getNodeDisplayData(id);
    return data !== undefined && !data.hidden;
  }, node);

/** Whether the canvas draws a relation. */
export const edgeDrawn = (page: Page, edge: string) =>
  page.evaluate((id) => {
    const data = (window as unknown as CanvasWindow).__parley.renderer.sigma.getEdgeDisplayData(id);
    return data !== undefined && !data.hidden;
  }, edge);

/**
 * Saves a screenshot under test-results/screenshots/ for a person to look at, only when
 * PARLEY_SCREENSHOTS=1: it asserts nothing, and reading back a SwiftShader canvas is slow, so
 * `npm test` does not take them.
 */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<void> {
  if (process.env.PARLEY_SCREENSHOTS !== '1') return;
  await target.screenshot({ path: `test-results/screenshots/${name}.png` });
}

// --- ingest: reading an article into proposals ---------------------------------------------------

export const proposalsPanel = (page: Page) => page.getByRole('region', { name: 'Proposals' });

/** Pastes `text` into "Add article…", reads it, and waits for its proposals (read in a worker:
 * on a busy machine that takes a while); returns the proposals panel. */
export async function pasteArticle(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await page.getByLabel('Article text').fill(text);
  await dialog.getByRole('button', { name: 'Read article' }).click();
  await expect(dialog).toBeHidden();
  const panel = proposalsPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Proposals from pasted text', {
    timeout: 60_000,
  });
  return panel;
}

/** Picks a file through the Import control's file input, as the Import… button would. */
export async function pickFile(page: Page, name: string, text: string, mimeType = 'text/plain') {
  await page.getByLabel('Import file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}

/** Drops a file on the page, as dragging it from the desktop would. */
export async function dropFile(page: Page, name: string, text: string, mimeType = 'text/plain') {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text, mimeType }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: mimeType }));
      return transfer;
    },
    { name, text, mimeType },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

/** What Export graph (JSON, the default format) downloads, parsed. */
export type ExportedGraph = {
  attributes: { sources: { id: string }[] };
  nodes: { key: string; attributes: { label: string; kind: string; x: number; y: number } }[];
  edges: {
    key: string;
    source: string;
    target: string;
    attributes: { kind: string; evidence?: unknown[] };
  }[];
};

/** Exports the whole graph as JSON from the top bar and reads the file. */
export async function exportGraph(page: Page): Promise<ExportedGraph> {
  await page.getByRole('combobox', { name: 'Export format' }).selectOption('json');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export graph', exact: true }).click(),
  ]);
  return JSON.parse(readFileSync(await download.path(), 'utf8')) as ExportedGraph;
}

type GraphSnapshot = {
  nodes: Record<string, { label: string; kind: string; x: number; y: number }>;
  edges: Record<string, { source: string; target: string; kind: string; evidence: number }>;
  sources: string[];
};

/** The graph's nodes (label, kind, position), edges (ends, kind, evidence count) and sources, as
 * Export graph gives them. */
export async function graphSnapshot(page: Page): Promise<GraphSnapshot> {
  const exported = await exportGraph(page);
  const snapshot: GraphSnapshot = { nodes: {}, edges: {}, sources: [] };
  for (const { key, attributes: a } of exported.nodes)
    snapshot.nodes[key] = { label: a.label, kind: a.kind, x: a.x, y: a.y };
  for (const { key, source, target, attributes: a } of exported.edges)
    snapshot.edges[key] = { source, target, kind: a.kind, evidence: a.evidence?.length ?? 0 };
  snapshot.sources = exported.attributes.sources.map((s) => s.id);
  return snapshot;
}
