// The phone layout (390×844, touch): the Details panel is a bottom sheet and a tap selects.
import { expect, test } from '@playwright/test';
import { details, heading, nodePosition, openExplorer, saveScreenshot } from './helpers';

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
