// Shared steps for the browser tests: open the explorer, find its landmarks, locate nodes on the
// canvas, and (only when asked) save a screenshot of a journey for a person to look at.
import { expect, type Locator, type Page } from '@playwright/test';

export async function openExplorer(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await page.waitForFunction(() => 'parley' in window || '__parley' in window);
  await expect(page.locator('#status')).toBeHidden();
}

export const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
export const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search entities' });
export const heading = (page: Page) => details(page).getByRole('heading', { level: 2 });

/** Where a node is drawn, in page coordinates, once the camera has settled. */
export async function nodePosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => {
    const { renderer } = (
      window as unknown as {
        __parley: { renderer: { sigma: { getCamera(): { isAnimated(): boolean } } } };
      }
    ).__parley;
    return !renderer.sigma.getCamera().isAnimated();
  });
  return page.evaluate((id) => {
    type Sigma = {
      getNodeDisplayData(n: string): { x: number; y: number } | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getContainer(): HTMLElement;
    };
    const { renderer } = (window as unknown as { __parley: { renderer: { sigma: Sigma } } })
      .__parley;
    const data = renderer.sigma.getNodeDisplayData(id);
    if (!data) throw new Error(`no node ${id}`);
    const point = renderer.sigma.framedGraphToViewport(data);
    const box = renderer.sigma.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, node);
}

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

type GraphSnapshot = {
  nodes: Record<string, { label: string; kind: string; x: number; y: number }>;
  edges: Record<string, { source: string; target: string; kind: string; evidence: number }>;
  sources: string[];
};

/** The live graph's nodes (label, kind, position), edges (ends, kind, evidence count), sources. */
export async function graphSnapshot(page: Page): Promise<GraphSnapshot> {
  return page.evaluate(() => {
    type G = {
      forEachNode(
        f: (n: string, a: { label: string; kind: string; x: number; y: number }) => void,
      ): void;
      forEachEdge(
        f: (e: string, a: { kind: string; evidence?: unknown[] }, s: string, t: string) => void,
      ): void;
      getAttribute(name: 'sources'): { id: string }[];
    };
    const { graph } = (window as unknown as { __parley: { graph: G } }).__parley;
    const snapshot: GraphSnapshot = { nodes: {}, edges: {}, sources: [] };
    graph.forEachNode((n, a) => {
      snapshot.nodes[n] = { label: a.label, kind: a.kind, x: a.x, y: a.y };
    });
    graph.forEachEdge((e, a, s, t) => {
      snapshot.edges[e] = { source: s, target: t, kind: a.kind, evidence: a.evidence?.length ?? 0 };
    });
    snapshot.sources = graph.getAttribute('sources').map((s) => s.id);
    return snapshot;
  });
}
