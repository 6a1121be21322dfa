// A large file is checked and laid out in a worker: the page shows progress, stays usable, and
// the import can be cancelled, leaving the graph that was loaded as it was.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import {
  expectNotice,
  exportGraph,
  graphImage,
  heading,
  nodePosition,
  openExplorer,
  saveScreenshot,
  searchBox,
} from './helpers';

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

/** Whether the graph's x positions, as Export graph gives them, are all finite, and how many
 * distinct ones there are. */
async function xSpread(page: Page): Promise<{ finite: boolean; distinct: number }> {
  const xs = (await exportGraph(page)).nodes.map((n) => n.attributes.x);
  return { finite: xs.every(Number.isFinite), distinct: new Set(xs).size };
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
  // the curated dataset's entities, as shipped
  const shipped = JSON.parse(readFileSync('graph-data/us-china-trade-talks.json', 'utf8'));
  await expect(graphImage(page)).toHaveAttribute(
    'aria-label',
    new RegExp(`^Graph of ${shipped.entities.length} entities`),
  );
});

test('a graph without positions is laid out in the worker and opens', async ({ page }) => {
  // 400 nodes: the whole layout runs (a graph's size only changes how many iterations it gets)
  await openExplorer(page);
  await page.getByLabel('Import file').setInputFiles({
    name: 'medium-graph.json',
    mimeType: 'application/json',
    buffer: bigGraph(400),
  });
  await expectNotice(
    page,
    /Imported 400 entities and \d+ relations from medium-graph\.json \(laid out/,
    { timeout: 100_000 },
  );
  const spread = await xSpread(page);
  expect(spread.finite).toBe(true);
  expect(spread.distinct).toBeGreaterThan(390);
});

test('a 10,000-node graph without positions: Stop layout opens it as laid out so far, and a node can be clicked', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByLabel('Import file').setInputFiles({
    name: 'ten-thousand.json',
    mimeType: 'application/json',
    buffer: bigGraph(10_000),
  });
  const stop = page.getByRole('button', { name: 'Stop layout' });
  await expect(stop).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('status').filter({ hasText: /\d+ of \d+ iterations/ })).toBeVisible();
  await stop.click();
  await expectNotice(
    page,
    /Imported 10000 entities and \d+ relations from ten-thousand\.json \(layout stopped after \d+ of \d+ iterations/,
    { timeout: 30_000 },
  );
  const spread = await xSpread(page);
  expect(spread.finite).toBe(true);
  expect(spread.distinct).toBeGreaterThan(9_900); // positions are float32 in the layout: a few coincide

  const point = await nodePosition(page, 'n42');
  await page.mouse.click(point.x, point.y);
  await expect(heading(page)).toHaveText(/^Node \d+$/);
  await saveScreenshot(page, 'import-10k-stopped-layout');
});
