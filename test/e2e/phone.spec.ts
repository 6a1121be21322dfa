// The phone layout (390×844, touch): the Details panel is a bottom sheet and a tap selects.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  details,
  heading,
  namesNotShown,
  nodePosition,
  openExplorer,
  proposalsPanel,
  saveScreenshot,
} from './helpers';

test('on a phone, tapping a node opens it in the bottom sheet', async ({ page }) => {
  await openExplorer(page);
  const node = await nodePosition(page, 'donald-trump');
  await page.touchscreen.tap(node.x, node.y);
  await expect(heading(page)).toHaveText('Donald Trump');
  const sheet = await details(page).boundingBox();
  expect(sheet?.y ?? 0).toBeGreaterThan(844 / 3);
  expect(sheet?.width ?? 0).toBeGreaterThan(380);
  await saveScreenshot(page, 'phone');
});

test('on a phone, the Tools button opens the filters and the path finder as a drawer', async ({
  page,
}) => {
  await openExplorer(page);
  const filters = page.getByRole('group', { name: 'Filters' });
  await expect(filters).toBeHidden();
  const tools = page.getByRole('button', { name: 'Tools' });
  await tools.tap();
  await expect(tools).toHaveAttribute('aria-expanded', 'true');
  await expect(filters).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Path from' })).toBeVisible();
  await saveScreenshot(page, 'phone-tools');
  await tools.tap();
  await expect(filters).toBeHidden();
});

// An invented article (two made-up countries' dam talks, nine entities) read into a new story.
const DAM_TALKS = readFileSync('test/fixtures/stories/dam-talks.txt', 'utf8');

test('on a phone, every name of a story’s first article shows once it is accepted', async ({
  page,
}) => {
  test.slow(); // the article is read in a worker
  await openExplorer(page);
  await page.getByRole('button', { name: 'Story', exact: true }).tap();
  await page.getByRole('button', { name: 'New story…' }).tap();
  const story = page.getByRole('dialog', { name: 'New story' });
  await story.getByRole('textbox', { name: 'Story title' }).fill('Dam talks');
  await story.getByRole('button', { name: 'Create story' }).tap();
  await page.getByRole('button', { name: 'Story', exact: true }).tap();
  await page.getByRole('button', { name: 'Add article…' }).tap();
  await page.getByLabel('Article text').fill(DAM_TALKS);
  await page
    .getByRole('dialog', { name: 'Add an article' })
    .getByRole('button', { name: 'Read article' })
    .tap();
  const panel = proposalsPanel(page);
  await panel.getByRole('button', { name: 'Accept all remaining' }).tap({ timeout: 60_000 });
  await expect(panel.locator('.proposal-counts')).toHaveText(/^0 pending/);
  await panel.getByRole('button', { name: 'Close' }).tap();
  await expect(panel).toBeHidden();
  // a touch screen has no hovering over a dot to learn whose it is: each name is drawn
  await expect.poll(() => namesNotShown(page)).toEqual([]);
  await saveScreenshot(page, 'phone-first-article');
});
