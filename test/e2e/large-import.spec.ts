// A large file is checked and laid out in a worker: the page shows progress, stays usable, and
// the import can be cancelled, leaving the graph that was loaded as it was.
import { expect, test } from '@playwright/test';
import { heading, openExplorer, searchBox } from './helpers';

/** A graphology JSON graph with no positions (so it needs the layout): n nodes, 3n edges. */
function bigGraph(n: number): Buffer {
  const nodes = Array.from({ length: n }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Node ${i}` },
  }));
  const edges = Array.from({ length: 3 * n }, (_, i) => ({
    source: `n${i % n}`,
    target: `n${(i * 7919 + 13) % n}`,
  })).filter((e) => e.source !== e.target);
  return Buffer.from(JSON.stringify({ nodes, edges }));
}

test('a large import shows progress, the page stays usable, and Cancel leaves the graph as it was', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/he-lifeng');
  await page.getByLabel('Import file').setInputFiles({
    name: 'big-graph.json',
    mimeType: 'application/json',
    buffer: bigGraph(30_000),
  });
  const progress = page.getByRole('status').filter({ hasText: 'Importing big-graph.json' });
  await expect(progress).toBeVisible();

  // the main thread is free: search answers while the worker works
  await searchBox(page).fill('Besent');
  await expect(page.getByRole('option').first()).toContainText('Scott Bessent');
  await expect(progress).toBeVisible();

  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(progress).toBeHidden();
  await expect(heading(page)).toHaveText('He Lifeng');
  const order = await page.evaluate(
    () => (window as unknown as { __parley: { graph: { order: number } } }).__parley.graph.order,
  );
  expect(order).toBe(81);
});

test('a graph without positions is laid out in the worker and opens', async ({ page }) => {
  test.setTimeout(120_000); // ForceAtlas2 on 1,500 nodes, on a shared 2-core machine
  await openExplorer(page);
  await page.getByLabel('Import file').setInputFiles({
    name: 'medium-graph.json',
    mimeType: 'application/json',
    buffer: bigGraph(1500),
  });
  await expect(
    page.getByText(/Imported 1500 entities and \d+ relations from medium-graph\.json \(laid out/),
  ).toBeVisible({
    timeout: 100_000,
  });
  const spread = await page.evaluate(() => {
    const { graph } = (
      window as unknown as {
        __parley: { graph: { mapNodes<T>(f: (n: string, a: { x: number; y: number }) => T): T[] } };
      }
    ).__parley;
    const xs = graph.mapNodes((_n, a) => a.x);
    return { finite: xs.every(Number.isFinite), distinct: new Set(xs).size };
  });
  expect(spread.finite).toBe(true);
  expect(spread.distinct).toBeGreaterThan(1400);
});
