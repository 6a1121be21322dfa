// The explorer's journeys, as a person takes them in Chromium against the built app.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  details,
  expectNotice,
  heading,
  nodePosition,
  openExplorer,
  saveScreenshot,
  searchBox,
} from './helpers';

const dataset = JSON.parse(readFileSync('graph-data/us-china-trade-talks.json', 'utf8'));

test('search with a typo, click through three relationships, then Back twice', async ({ page }) => {
  await openExplorer(page);
  await searchBox(page).fill('Besent');
  await expect(page.getByRole('option').first()).toContainText('Scott Bessent');
  await searchBox(page).press('Enter');
  await expect(heading(page)).toHaveText('Scott Bessent');
  await expect(page).toHaveURL(/#\/entity\/scott-bessent$/);

  for (const name of ['He Lifeng', 'Jamie Dimon', 'JPMorgan Chase']) {
    await details(page).getByRole('button', { name, exact: true }).first().click();
    await expect(heading(page)).toHaveText(name);
  }
  await saveScreenshot(page, 'click-through');

  await page.goBack();
  await expect(heading(page)).toHaveText('Jamie Dimon');
  await page.goBack();
  await expect(heading(page)).toHaveText('He Lifeng');
  await page.goForward();
  await expect(heading(page)).toHaveText('Jamie Dimon');
});

test('a deep link opens the entity with its relationships and their evidence', async ({ page }) => {
  await openExplorer(page, '#/entity/ma-zhaoxu');
  await expect(heading(page)).toHaveText('Ma Zhaoxu');
  const call = details(page).locator('.relationship', { hasText: 'Christopher Landau' }).first();
  await expect(call.getByRole('button', { name: 'Christopher Landau', exact: true })).toBeVisible();
  await expect(call.locator('time')).toHaveText('22 May 2025');
  await expect(call.locator('blockquote').first()).toContainText('exchanged views');
  await expect(call.locator('cite').first()).toContainText('lines of communication');
  await saveScreenshot(page, 'deep-link');
});

test('keyboard only: / to search, Enter to choose, Tab to a relationship, Enter to follow it', async ({
  page,
}) => {
  await openExplorer(page);
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('Georgiva');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Kristalina Georgieva');
  await expect(heading(page)).toBeFocused();

  const target = details(page).getByRole('button', { name: 'International Monetary Fund' }).first();
  for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('International Monetary Fund');
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText('Nothing selected');
  await saveScreenshot(page, 'keyboard');
});

test('an unknown id in the link shows a notice and nothing breaks', async ({ page }) => {
  await openExplorer(page, '#/entity/nobody-here');
  await expectNotice(page, 'No entity “nobody-here” in this graph.');
  await expect(heading(page)).toHaveText('Nothing selected');
  await searchBox(page).fill('Xi');
  await searchBox(page).press('Enter');
  await expect(heading(page)).toHaveText('Xi Jinping');
  await saveScreenshot(page, 'unknown-hash');
});

test('clicking a node selects it, clicking an edge shows its evidence, clicking the background clears', async ({
  page,
}) => {
  await openExplorer(page);
  // nodes crowd at the opening zoom: as a person would, zoom in over the node first (the wheel
  // keeps the point under the pointer in place), then click it
  const seen = await nodePosition(page, 'ma-zhaoxu');
  await page.mouse.move(seen.x, seen.y);
  await page.mouse.wheel(0, -500);
  const node = await nodePosition(page, 'ma-zhaoxu');
  await page.mouse.click(node.x, node.y);
  await expect(heading(page)).toHaveText('Ma Zhaoxu');
  await details(page)
    .getByRole('button', { name: /^Open relation: spoke by phone with Christopher Landau/ })
    .click();
  await expect(heading(page)).toHaveText('Ma Zhaoxu spoke by phone with Christopher Landau');
  await expect(details(page).getByRole('heading', { name: /^Evidence/ })).toBeVisible();
  await expect(page).toHaveURL(/#\/relation\//);
  await saveScreenshot(page, 'relation');
  const box = await page.locator('#graph').boundingBox();
  await page.mouse.click((box?.x ?? 0) + 8, (box?.y ?? 0) + 8);
  await expect(heading(page)).toHaveText('Nothing selected');
});

test('a dataset that fails validation shows an error panel naming the file and the place', async ({
  page,
}) => {
  await page.route('**/us-china-trade-talks*.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ...dataset,
        relations: [{ ...dataset.relations[0], target: 'bessent' }],
      }),
    }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('us-china-trade-talks.json is not a valid dataset');
  await expect(alert).toContainText('relations[0].target: unknown entity "bessent"');
  await saveScreenshot(page, 'load-error');
});
