// Shared steps for the browser tests: open the explorer, find its landmarks, locate nodes on the
// canvas, and save a screenshot of each journey under test-results/ for a person to look at.
import { expect, type Page } from '@playwright/test';

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

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png` });
}
