// The layout at every width the explorer is used at (1024, 1280, 1440, 1920 and a 390 px phone),
// with a dataset titled to the schema's limit (500 characters): the title truncates with the full
// title kept in `title=`, the search box stays usable, no two top-bar controls overlap, a notice
// and the alert region cover neither a control nor the Details heading, and the camera opens a
// two-node graph with room for the legend and the notice; below 1024 px the story's buttons fold
// into the Story menu, so the bar keeps to two rows. With PARLEY_SCREENSHOTS=1 each width
// leaves a screenshot under test-results/screenshots/ for a person to look at.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  type Box,
  type CanvasWindow,
  cameraSettled,
  heading,
  namesWrittenOverOthers,
  nodePosition,
  noticeBoxWhenShown,
  openExplorer,
  pickFile,
  reloadExplorer,
  saveScreenshot,
  searchBox,
} from './helpers';

const LONG_TITLE =
  `US–China trade talks 2025: from Geneva to Busan, with analyst notes${' — and a title that goes on'.repeat(20)}`
    .slice(0, 500)
    .padEnd(500, '.');

/** The mini dataset cut to two people and one call between them, under a 500-character title. */
function twoNodeDataset(): string {
  const mini = JSON.parse(readFileSync('test/fixtures/io/parley-dataset.json', 'utf8')) as {
    entities: { id: string; roles?: unknown }[];
    relations: { id: string }[];
  };
  return JSON.stringify({
    ...mini,
    title: LONG_TITLE,
    entities: mini.entities
      .filter((e) => e.id === 'ana' || e.id === 'bo')
      .map(({ roles: _roles, ...e }) => e),
    relations: mini.relations.filter((r) => r.id === 'r1'),
  });
}

/** Every control of the top bar that is shown at this width, by its accessible name. */
function topBarControls(page: Page): [string, Locator][] {
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  return [
    ['Parley', page.getByRole('heading', { level: 1, name: 'Parley' })],
    ['dataset title', page.locator('#dataset-title')],
    ['Search entities', searchBox(page)],
    ['Graph', button('Graph')],
    ['List', button('List')],
    ['Undo', button('Undo')],
    ['Redo', button('Redo')],
    ['Tools', button('Tools')],
    ['Story', button('Story')],
    ...storyControls(page),
  ];
}

/** The top bar's controls that fold into the Story menu below 1024 px, in its order. */
function storyControls(page: Page): [string, Locator][] {
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  return [
    ['Import…', button('Import…')],
    ['Add article…', button('Add article…')],
    ['New story…', button('New story…')],
    ['Add source…', button('Add source…')],
    ['Add entity', button('Add entity')],
    ['Export format', page.getByLabel('Export format')],
    ['Export graph', button('Export graph')],
    ['Export view', button('Export view')],
    ['Share…', button('Share…')],
  ];
}

/** Below 1024 px: the bar keeps to two rows, and Story opens the folded buttons as a list that
 * the keyboard walks and Escape closes, focus back on Story. */
async function checkStoryMenu(page: Page, name: string, width: number) {
  const story = page.getByRole('button', { name: 'Story', exact: true });
  const folded = storyControls(page);
  expect(await shownBoxes(folded), 'buttons folded away').toEqual([]);
  const bar = await boxOf(page.getByRole('banner'));
  expect(bar.height, 'top bar in two rows').toBeLessThan(110);
  await story.click();
  await expect(story).toHaveAttribute('aria-expanded', 'true');
  const items = await shownBoxes(folded);
  expect(items.map(([n]) => n)).toEqual(folded.map(([n]) => n));
  expect(overlapsAmong(items), 'overlapping menu items').toEqual([]);
  for (const [item, box] of items)
    expect(box.x + box.width, `${item} right edge`).toBeLessThanOrEqual(width);
  await saveScreenshot(page, `layout-${name}-story-menu`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Import…', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(story).toHaveAttribute('aria-expanded', 'false');
  await expect(story).toBeFocused();
  expect(await shownBoxes(folded), 'buttons folded away again').toEqual([]);
  // Tab past the last button closes the list too
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Share…', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(story).toHaveAttribute('aria-expanded', 'false');
  // a dialog opened from the list closes the list when it closes, and focus returns to Story
  await story.click();
  await page.getByRole('button', { name: 'New story…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New story' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(story).toHaveAttribute('aria-expanded', 'false');
  await expect(story).toBeFocused();
}

async function shownBoxes(entries: [string, Locator][]): Promise<[string, Box][]> {
  const boxes: [string, Box][] = [];
  for (const [name, locator] of entries) {
    if (!(await locator.isVisible())) continue;
    const box = await locator.boundingBox();
    if (box && box.width > 0 && box.height > 0) boxes.push([name, box]);
  }
  return boxes;
}

/** The area two boxes share, in px² (0 when they only touch). */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0.5 && h > 0.5 ? w * h : 0;
}

function overlapsAmong(boxes: [string, Box][]): string[] {
  const found: string[] = [];
  boxes.forEach(([a, boxA], i) => {
    for (const [b, boxB] of boxes.slice(i + 1))
      if (overlap(boxA, boxB) > 0) found.push(`${a} × ${b}`);
  });
  return found;
}

function covered(cover: Box, boxes: [string, Box][]): string[] {
  return boxes.filter(([, box]) => overlap(cover, box) > 0).map(([name]) => name);
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not shown');
  return box;
}

async function checkLayout(page: Page, name: string, width: number) {
  await page.goto('/#/');
  await expect(heading(page)).toHaveText('Nothing selected');
  await pickFile(page, 'long-title.json', twoNodeDataset(), 'application/json');
  // the notice goes after 6 s: its box is read in the page as it shows
  const noticeBox = await noticeBoxWhenShown(page, 'Imported 2 entities');

  // the title: cut to one line, the whole of it in title=
  const title = page.locator('#dataset-title');
  await expect(title).toHaveAttribute('title', LONG_TITLE);

  // the search box is wide enough to use
  const search = await boxOf(searchBox(page));
  expect(search.width, 'search box width').toBeGreaterThanOrEqual(200);

  // no two controls overlap, and none runs off the page
  const controls = await shownBoxes(topBarControls(page));
  const folded = width < 1024;
  expect(controls.map(([n]) => n)).toEqual(
    expect.arrayContaining(
      folded
        ? ['Search entities', 'Undo', 'Redo', 'Story']
        : ['Search entities', 'Undo', 'Redo', 'Import…', 'Add entity', 'Export view', 'Share…'],
    ),
  );
  if (!folded) expect(controls.map(([n]) => n)).not.toContain('Story');
  expect(overlapsAmong(controls), 'overlapping top-bar controls').toEqual([]);
  for (const [control, box] of controls) {
    expect(box.x, `${control} left edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${control} right edge`).toBeLessThanOrEqual(width);
  }
  if (await title.isVisible()) {
    const titleBox = await boxOf(title);
    expect(titleBox.height, 'title on one line').toBeLessThan(30);
  }

  // the camera leaves the two nodes clear of the legend and the notice, away from the edges
  const graph = await boxOf(page.locator('#graph'));
  const legend = await boxOf(page.locator('.legend'));
  expect(covered(noticeBox, controls), 'under the import notice').toEqual([]);
  for (const node of ['ana', 'bo']) {
    const p = await nodePosition(page, node);
    const dot = { x: p.x - 20, y: p.y - 20, width: 40, height: 40 }; // a node and its ring
    expect(overlap(dot, legend), `${node} under the legend`).toBe(0);
    expect(overlap(dot, noticeBox), `${node} under the notice`).toBe(0);
    expect(p.x - graph.x, `${node} from the left`).toBeGreaterThan(40);
    expect(graph.x + graph.width - p.x, `${node} from the right`).toBeGreaterThan(40);
    expect(p.y - graph.y, `${node} from the top`).toBeGreaterThan(40);
    expect(graph.y + graph.height - p.y, `${node} from the bottom`).toBeGreaterThan(40);
  }
  await saveScreenshot(page, `layout-${name}`);
  if (folded) await checkStoryMenu(page, name, width);

  // a notice while an entity is open covers neither a control nor the Details heading
  await page.goto('/#/entity/ana');
  await expect(heading(page)).toHaveText('Ana Ruiz');
  const exported = noticeBoxWhenShown(page, 'Exported 2 entities');
  if (folded) await page.getByRole('button', { name: 'Story', exact: true }).click();
  await page.getByRole('button', { name: 'Export graph', exact: true }).click();
  const exportNotice = await exported;
  if (folded) await page.keyboard.press('Escape');
  const withHeading = [
    ...(await shownBoxes(topBarControls(page))),
    ...(await shownBoxes([['Details heading', heading(page)]])),
  ];
  expect(covered(exportNotice, withHeading), 'under the notice').toEqual([]);
  await saveScreenshot(page, `layout-${name}-notice`);

  // and so does the alert region with a problem in it
  await pickFile(page, 'broken.json', '{ "schemaVersion": 1, "title": ', 'application/json');
  const alert = page.locator('#import-alert');
  await expect(alert.getByRole('alert')).toBeVisible();
  const afterAlert = [
    ...(await shownBoxes(topBarControls(page))),
    ...(await shownBoxes([['Details heading', heading(page)]])),
  ];
  expect(covered(await boxOf(alert), afterAlert), 'under the alert').toEqual([]);
  expect(overlapsAmong(afterAlert), 'overlapping controls with an alert').toEqual([]);
  await saveScreenshot(page, `layout-${name}-alert`);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert.getByRole('alert')).toBeHidden();
}

test('the top bar, notices and camera hold at 1024, 1280, 1440 and 1920 px', async ({ page }) => {
  // one page, resized: each width imports the dataset afresh, so the camera opens at that size
  await openExplorer(page);
  for (const width of [1024, 1280, 1440, 1920]) {
    await test.step(`at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await checkLayout(page, `${width}`, width);
    });
  }
});

test('narrowing the window keeps the graph and the timeline beside the Details panel', async ({
  page,
}) => {
  // opened wide, then narrowed (a window snapped to half a screen): the timeline, drawn at the
  // wider width, held the graph's column open under the Details panel
  await openExplorer(page);
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await expect
      .poll(async () => {
        const panel = await boxOf(page.getByRole('complementary', { name: 'Details' }));
        const graph = await boxOf(page.locator('#graph'));
        const timeline = await boxOf(page.getByRole('region', { name: 'Timeline' }));
        return Math.max(graph.x + graph.width, timeline.x + timeline.width) - panel.x;
      }, `at ${width} px, how far the graph or the timeline runs under the Details panel`)
      .toBeLessThanOrEqual(1);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the top bar, notices and camera hold on a 390 px phone', async ({ page }) => {
    await openExplorer(page);
    await checkLayout(page, 'phone', 390);
  });
});

test("on a laptop's 1280 × 800 screen the legend starts closed and the graph keeps its room", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openExplorer(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  const toggle = legend.getByRole('button', { name: 'Legend' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(legend.getByText('1 source only')).toBeHidden();
  // the graph has at least half the window's height (the timeline's lanes scroll instead)
  const graph = await boxOf(page.locator('#graph'));
  expect(graph.height, 'graph height').toBeGreaterThanOrEqual(400);

  // the button opens it, from the keyboard too, and this browser keeps the choice
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(legend.getByText('1 source only')).toBeVisible();
  await reloadExplorer(page);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(legend.getByText('1 source only')).toBeVisible();
  await toggle.click();
  await expect(legend.getByText('1 source only')).toBeHidden();
});

/** The nodes whose disc lies partly under `box` (page coordinates), once the camera has settled. */
async function nodesUnder(page: Page, box: Box): Promise<string[]> {
  await cameraSettled(page);
  return page.evaluate((b) => {
    const { sigma } = (window as unknown as CanvasWindow).__parley.renderer;
    const stage = sigma.getContainer().getBoundingClientRect();
    return sigma
      .getGraph()
      .nodes()
      .filter((node) => {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden) return false;
        const p = sigma.framedGraphToViewport(data);
        const r = sigma.scaleSize(data.size);
        const [x, y] = [stage.left + p.x, stage.top + p.y];
        return x + r > b.x && x - r < b.x + b.width && y + r > b.y && y - r < b.y + b.height;
      });
  }, box);
}

test('the opening graph stays clear of the legend, and both follow the window while nobody has moved them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openExplorer(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  const toggle = legend.getByRole('button', { name: 'Legend' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(await nodesUnder(page, await boxOf(legend)), 'under the open legend').toEqual([]);

  // made short, the window closes the legend as a short one would have opened it
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(await nodesUnder(page, await boxOf(legend)), 'under the closed legend').toEqual([]);

  // made tall again, it opens again, and the graph makes room for it
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(await nodesUnder(page, await boxOf(legend)), 'under the reopened legend').toEqual([]);

  // once the person has chosen, the window's size no longer opens or closes it
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.setViewportSize({ width: 1920, height: 1000 });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('the names the graph shows never run into each other, and the biggest nodes keep theirs', async ({
  page,
}) => {
  for (const [width, height] of [
    [1024, 768],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openExplorer(page);
    await cameraSettled(page);
    expect(await namesWrittenOverOthers(page), `names over others at ${width} px`).toBe(0);
    const written = await page.evaluate(() =>
      (window as unknown as CanvasWindow).__parley.renderer.writtenNames().map((n) => n.node),
    );
    expect(written.length, `names written at ${width} px`).toBeGreaterThanOrEqual(4);
    expect(written).toEqual(expect.arrayContaining(['united-states', 'china']));
  }
});
