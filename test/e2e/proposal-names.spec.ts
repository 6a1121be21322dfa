// The names of an article's proposed entities, drawn over the graph while it is reviewed, keep
// clear of the names the graph wrote and of each other: on the left of their ring when the right
// is taken (the renderer's writtenNames and the overlay's own places).
import { expect, test } from '@playwright/test';
import {
  type CanvasWindow,
  cameraSettled,
  openExplorer,
  pasteArticle,
  saveScreenshot,
} from './helpers';

/** An invented article naming new countries and office holders the curated graph lacks. */
const ARTICLE = `Leaders gather for border talks
Published: 2 Jun. 2025, 08:30

Zelenskiy said on Monday that Ukraine would send a delegation, and Sheinbaum said Mexico would host the talks.

Lula said Brazil would attend, and Ramaphosa said South Africa would send its foreign minister.
`;

type Box = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`proposed names keep clear of the graph's names at ${width} × ${height}`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    await openExplorer(page);
    await pasteArticle(page, ARTICLE);
    const layer = page.locator('canvas.proposal-layer');
    await expect(layer).toHaveAttribute('data-names', /left/);
    // the review brings its proposals into view: read the places once the camera is still
    await cameraSettled(page);
    const { proposed, graph } = await page.evaluate(() => ({
      proposed: JSON.parse(
        (document.querySelector('canvas.proposal-layer') as HTMLCanvasElement).dataset.names ??
          '[]',
      ) as Box[],
      graph: (window as unknown as CanvasWindow).__parley.renderer.writtenNames(),
    }));
    expect(proposed.length).toBeGreaterThanOrEqual(6);
    const covering = proposed.filter(
      (p, i) =>
        graph.some((g) => overlap(p, g)) || proposed.some((q, j) => i !== j && overlap(p, q)),
    );
    expect(covering).toEqual([]);
    await saveScreenshot(page, `proposal-names-${width}`);
  });
}
