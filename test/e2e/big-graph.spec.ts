// A big graph (more than 10,000 entities) highlights on one overlay canvas: a click shows the
// entity, its neighbours and their relations over the faded graph, and closing the details
// brings the whole graph back, with one sigma renderer on the page throughout.
import { expect, type Page, test } from '@playwright/test';
import { expectNotice, heading, nodePosition, openExplorer, saveScreenshot } from './helpers';

/** A graphology JSON graph with positions on a spiral: n nodes, 2n edges, node 0 a hub set apart. */
function positionedGraph(n: number): Buffer {
  const nodes = Array.from({ length: n }, (_, i) => ({
    key: `n${i}`,
    attributes: {
      label: `Node ${i}`,
      x: i === 0 ? 160 : Math.sqrt(i) * Math.cos(i * 2.4),
      y: i === 0 ? 0 : Math.sqrt(i) * Math.sin(i * 2.4),
      size: i === 0 ? 12 : 3,
    },
  }));
  const edges = Array.from({ length: 2 * n }, (_, i) => ({
    source: i < 60 ? 'n0' : `n${i % n}`,
    target: `n${(i * 7919 + 13) % n}`,
  })).filter((e) => e.source !== e.target);
  return Buffer.from(JSON.stringify({ nodes, edges }));
}

const overlay = (page: Page) => page.locator('canvas.highlight-overlay');
const canvasCount = (page: Page) => page.locator('.graph canvas:not(.proposal-layer)').count();

test('on a 12,000-entity graph a click highlights on the overlay, and closing restores the graph', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByLabel('Import file').setInputFiles({
    name: 'big-positioned.json',
    mimeType: 'application/json',
    buffer: positionedGraph(12_000),
  });
  await expectNotice(page, /Imported 12000 entities/, { timeout: 90_000 });
  await expect(overlay(page)).toBeHidden();
  // sigma's seven layers and the overlay; no second renderer
  expect(await canvasCount(page)).toBe(8);

  const point = await nodePosition(page, 'n0');
  await page.mouse.click(point.x, point.y);
  await expect(heading(page)).toHaveText('Node 0');
  await expect(overlay(page)).toBeVisible();
  const faded = await page.evaluate(() => {
    const layers = [...document.querySelectorAll<HTMLCanvasElement>('.graph canvas')];
    return layers.map((c) => getComputedStyle(c).opacity).filter((o) => Number(o) < 1).length;
  });
  expect(faded).toBe(2); // the main edges and nodes, under the overlay
  await saveScreenshot(page, 'big-graph-highlight');

  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(overlay(page)).toBeHidden();
  expect(await canvasCount(page)).toBe(8);
});
