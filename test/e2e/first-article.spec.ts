// A story's first article, read into an empty story on a laptop screen (1024 × 768, where the
// review panel floats over most of the graph): what it proposes is shown beside the panel, each
// relation a line of its own (not every entity one under the other, all their lines on one), and
// once accepted and the panel closed the story moves to the middle of the graph. The article is invented.
import { expect, type Page, test } from '@playwright/test';
import {
  type CanvasWindow,
  cameraSettled,
  heading,
  nodePosition,
  openExplorer,
  proposalsPanel,
  redoButton,
  searchBox,
  undoButton,
} from './helpers';

const ARTICLE = `Dockworkers' union threatens wider strike as port talks collapse
Published: 14 Oct. 2026
By Tomas Rinn

VELMOR, Oct. 14 (NWS) — The Velmor Dockworkers' Union on Monday threatened to extend its strike to every port in the country after talks with the Harbour Employers' Association broke down.

Union leader Greta Holm said the employers had rejected a pay offer. The association's chairman, Hans Ebb, accused the union of holding the economy hostage.

Prime Minister Lise Varga called Holm on Tuesday and urged both sides to return to the table.
`;

test.use({ viewport: { width: 1024, height: 768 } });

type Box = { x: number; y: number; width: number; height: number };

const graphNodes = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as CanvasWindow).__parley.renderer.sigma.getGraph().nodes(),
  );

/** Each node's place on the page, once the camera has settled. */
async function nodePlaces(page: Page) {
  const places = [];
  for (const id of await graphNodes(page)) places.push({ id, ...(await nodePosition(page, id)) });
  return places;
}

/** The longest distance between two of the places. */
const widest = (places: Array<{ x: number; y: number }>) =>
  Math.max(...places.flatMap((a) => places.map((b) => Math.hypot(a.x - b.x, a.y - b.y))));

const inside = (p: { x: number; y: number }, box: Box) =>
  p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;

test('a first article is laid out beside the review panel, then moves to the middle of the graph', async ({
  page,
}) => {
  test.slow(); // the article is read in a worker
  await openExplorer(page);
  await page.getByRole('button', { name: 'New story…' }).click();
  const story = page.getByRole('dialog', { name: 'New story' });
  await story.getByRole('textbox', { name: 'Story title' }).fill('Port strike');
  await story.getByRole('button', { name: 'Create story' }).click();
  await expect(page.locator('#graph')).toHaveAttribute(
    'aria-label',
    'Graph of 0 entities and 0 relations',
  );
  await page.getByRole('button', { name: 'Add article…' }).click();
  await page.getByLabel('Article text').fill(ARTICLE);
  await page
    .getByRole('dialog', { name: 'Add an article' })
    .getByRole('button', { name: 'Read article' })
    .click();
  const panel = proposalsPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible({ timeout: 60_000 });
  await panel.getByRole('button', { name: 'Accept all remaining' }).click();
  const counts = panel.locator('.proposal-counts');
  await expect(counts).toHaveText(/^0 pending/);
  const said = panel.locator('.proposal-message');
  await expect(said).toHaveText(/^Accepted \d+ proposals\.$/);
  // Undo puts the proposals back: what Accept all said is no longer true, so it is not shown
  await undoButton(page).click();
  await expect(counts).toHaveText(/^[1-9]\d* pending · 0 accepted/);
  await expect(said).toHaveText('');
  await redoButton(page).click();
  await expect(counts).toHaveText(/^0 pending/);

  const stage = (await page.locator('#graph').boundingBox()) as Box;
  const cover = (await panel.boundingBox()) as Box;
  expect(cover.x, 'the panel floats over the graph at this width').toBeGreaterThan(stage.x);
  // beside the panel: in the graph, left of the panel
  const beside = { ...stage, width: cover.x - stage.x };
  const placed = await nodePlaces(page);
  expect(placed.length).toBeGreaterThanOrEqual(5);
  for (const p of placed) expect(inside(p, beside), `${p.id} beside the panel`).toBe(true);
  // not one column: the entities stand at several distances from the left
  const columns = new Set(placed.map((p) => Math.round(p.x / 8)));
  expect(columns.size).toBeGreaterThanOrEqual(3);

  // an entity found by search while the panel is open is brought beside it, with the whole story
  await searchBox(page).fill('Greta Holm');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Greta Holm');
  await cameraSettled(page);
  for (const p of await nodePlaces(page))
    expect(inside(p, beside), `${p.id} beside the panel once Greta Holm is selected`).toBe(true);

  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  const after = await nodePlaces(page);
  for (const p of after) expect(inside(p, stage), `${p.id} in the graph`).toBe(true);
  // once the panel is gone the story moves to the middle of the graph, at least as large
  const middle = (places: Array<{ x: number }>) =>
    (Math.min(...places.map((p) => p.x)) + Math.max(...places.map((p) => p.x))) / 2;
  expect(Math.abs(middle(after) - (stage.x + stage.width / 2))).toBeLessThan(stage.width * 0.1);
  expect(widest(after)).toBeGreaterThanOrEqual(widest(placed) * 0.95);
});
