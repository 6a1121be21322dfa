// The analyst toolkit in the browser: filters and the timeline, the path finder, import with
// clear errors, every export format, and the list view by keyboard.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import Graph from 'graphology';
import { details, heading, openExplorer, saveScreenshot } from './helpers';

const dataset = JSON.parse(readFileSync('graph-data/us-china-trade-talks.json', 'utf8'));
const filters = (page: Page) => page.getByRole('group', { name: 'Filters' });
const summary = (page: Page) => filters(page).locator('.filters-summary');
const visibleNodeCount = (page: Page) =>
  page.evaluate(() => {
    const { renderer } = (
      window as unknown as {
        __parley: {
          renderer: {
            sigma: {
              getGraph(): { nodes(): string[] };
              getNodeDisplayData(n: string): { hidden?: boolean } | undefined;
            };
          };
        };
      }
    ).__parley;
    const sigma = renderer.sigma;
    return sigma
      .getGraph()
      .nodes()
      .filter((n) => !sigma.getNodeDisplayData(n)?.hidden).length;
  });

test('filter by kind and by date: the graph, the counts and the link change', async ({ page }) => {
  await openExplorer(page);
  const total = dataset.entities.length;
  await expect(summary(page)).toContainText(`Showing ${total} of ${total} entities`);
  expect(await visibleNodeCount(page)).toBe(total);

  await filters(page).getByRole('checkbox', { name: 'topic', exact: true }).uncheck();
  const topics = dataset.entities.filter((e: { kind: string }) => e.kind === 'topic').length;
  await expect(summary(page)).toContainText(`Showing ${total - topics} of ${total} entities`);
  await expect.poll(() => visibleNodeCount(page)).toBe(total - topics);
  await expect(page).toHaveURL(/hide=topic/);

  await filters(page).getByLabel('From date').fill('2025-10-01');
  await filters(page).getByLabel('To date').fill('2025-10-31');
  await filters(page).getByRole('checkbox', { name: 'Hide undated relations' }).check();
  await expect(page).toHaveURL(/from=2025-10-01/);
  const october = await visibleNodeCount(page);
  expect(october).toBeGreaterThan(5);
  expect(october).toBeLessThan(total - topics);
  await expect(summary(page)).toContainText(`Showing ${october} of ${total} entities`);
  // He Lifeng talked to Bessent in October; Ma Zhaoxu's interactions were in May
  const shown = await page.evaluate(() => {
    const { renderer } = (
      window as unknown as {
        __parley: {
          renderer: { sigma: { getNodeDisplayData(n: string): { hidden?: boolean } | undefined } };
        };
      }
    ).__parley;
    return ['he-lifeng', 'ma-zhaoxu'].map((n) => !renderer.sigma.getNodeDisplayData(n)?.hidden);
  });
  expect(shown).toEqual([true, false]);
  await saveScreenshot(page, 'filters-october');

  // the filtered view survives a reload from its link
  await page.reload();
  await expect(page.locator('#status')).toBeHidden();
  await expect(summary(page)).toContainText(`Showing ${october} of ${total} entities`);
  await filters(page).getByRole('button', { name: 'Reset filters' }).click();
  await expect(summary(page)).toContainText(`Showing ${total} of ${total} entities`);
});

test('find the path between two people and click along it', async ({ page }) => {
  await openExplorer(page);
  const from = page.getByRole('combobox', { name: 'Path from' });
  await from.fill('Ma Zhaoxu');
  await from.press('Enter');
  const to = page.getByRole('combobox', { name: 'Path to' });
  await to.fill('Georgieva');
  await to.press('Enter');
  const result = page.locator('.path-result');
  await expect(result).toContainText(
    /shortest paths? of \d+ hops? from Ma Zhaoxu to Kristalina Georgieva/,
  );
  const firstPath = result.getByRole('list', { name: 'Path 1' });
  const stops = firstPath.locator(':scope > li > button.entity-link');
  const count = await stops.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(stops.first()).toHaveText('Ma Zhaoxu');
  await expect(stops.last()).toHaveText('Kristalina Georgieva');
  await saveScreenshot(page, 'path-finder');

  const middle = (await stops.nth(1).textContent()) ?? '';
  await stops.nth(1).click();
  await expect(heading(page)).toHaveText(middle);

  await page
    .getByRole('group', { name: 'Filters' })
    .getByRole('checkbox', { name: 'country', exact: true })
    .uncheck();
  await page.locator('.path-finder').getByRole('checkbox', { name: 'person', exact: true }).check();
  await page.locator('.path-finder').getByRole('checkbox', { name: 'event', exact: true }).check();
  await expect(result.getByRole('status')).toContainText(
    'No path between Ma Zhaoxu and Kristalina Georgieva',
  );
});

test('import a GEXF file, then a broken one: the alert names the problem and the graph stays', async ({
  page,
}) => {
  await openExplorer(page);
  const input = page.getByLabel('Import file');
  await input.setInputFiles('test/fixtures/io/gephi-small.gexf');
  await expect(page.getByRole('status').filter({ hasText: /Imported \d+ entities/ })).toBeVisible();
  const imported = await page.evaluate(
    () => (window as unknown as { __parley: { graph: { order: number } } }).__parley.graph.order,
  );
  expect(imported).toBeGreaterThan(0);
  expect(imported).not.toBe(dataset.entities.length);

  // an edge to an undeclared node is created now (as Gephi does); a key of the wrong type is not
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": {"id": 7}}]}',
    ),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not import broken.json');
  await expect(alert).toContainText('broken.json: edges[0].target');
  const after = await page.evaluate(
    () => (window as unknown as { __parley: { graph: { order: number } } }).__parley.graph.order,
  );
  expect(after).toBe(imported);
  await saveScreenshot(page, 'import-error');
});

test('a broken file leaves the default graph and its selection untouched', async ({ page }) => {
  await openExplorer(page, '#/entity/scott-bessent');
  await page.getByLabel('Import file').setInputFiles({
    name: 'notes.gexf',
    mimeType: 'text/xml',
    buffer: Buffer.from('<gexf><graph><nodes><node id="a"></nodes></graph>'),
  });
  await expect(page.getByRole('alert')).toContainText('Could not import notes.gexf');
  await expect(heading(page)).toHaveText('Scott Bessent');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
});

for (const format of ['json', 'gexf', 'graphml', 'csv', 'png'] as const) {
  test(`export the graph as ${format} from the UI`, async ({ page }) => {
    await openExplorer(page);
    await page.getByRole('combobox', { name: 'Export format' }).selectOption(format);
    const downloads: Array<Promise<import('@playwright/test').Download>> = [];
    page.on('download', (d) => downloads.push(Promise.resolve(d)));
    const first = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export graph' }).click();
    await first;
    if (format === 'csv') await expect.poll(() => downloads.length).toBe(2);
    const files = await Promise.all(downloads);
    const read = async (i: number) => readFileSync((await files[i]!.path()) ?? '');
    if (format === 'json') {
      expect(Graph.from(JSON.parse((await read(0)).toString('utf8'))).order).toBe(
        dataset.entities.length,
      );
    } else if (format === 'gexf') {
      const text = (await read(0)).toString('utf8');
      expect(text).toContain('<gexf');
      expect(text.match(/<node /g)?.length).toBe(dataset.entities.length);
    } else if (format === 'graphml') {
      const text = (await read(0)).toString('utf8');
      expect(text).toContain('<graphml');
      expect(text.match(/<edge /g)?.length).toBe(dataset.relations.length);
    } else if (format === 'csv') {
      const names = files.map((f) => f.suggestedFilename()).sort();
      expect(names[0]).toMatch(/-edges-.*\.csv$/);
      expect(names[1]).toMatch(/-nodes-.*\.csv$/);
    } else {
      const bytes = await read(0);
      expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
  });
}

test('the list view works by keyboard: arrows move between rows, Enter opens one', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const entities = page.getByRole('table', { name: /Entities/ });
  await expect(entities).toBeVisible();
  await entities.getByRole('button', { name: 'Sort by Relationships' }).click();
  const firstRow = entities.locator('tbody tr').first();
  await firstRow.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = entities.locator('tbody tr').nth(2);
  await expect(third).toBeFocused();
  const name = (await third.locator('td').first().textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(name);
  await expect(details(page)).toBeVisible();
  await saveScreenshot(page, 'list-view');
});

test('neighbourhood focus shows only the entities within one or two hops, then the whole graph again', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/jamie-dimon');
  const show = details(page).getByRole('group', { name: 'Show' });
  await show.getByRole('button', { name: '1 hop' }).click();
  await expect(show.getByRole('button', { name: '1 hop' })).toHaveAttribute('aria-pressed', 'true');
  const oneHop = await visibleNodeCount(page);
  const neighbours = await page.evaluate(
    () =>
      (
        window as unknown as { __parley: { graph: { neighbors(n: string): string[] } } }
      ).__parley.graph.neighbors('jamie-dimon').length,
  );
  expect(oneHop).toBe(neighbours + 1);
  await show.getByRole('button', { name: '2 hops' }).click();
  const twoHops = await visibleNodeCount(page);
  expect(twoHops).toBeGreaterThan(oneHop);
  await saveScreenshot(page, 'focus-two-hops');
  await show.getByRole('button', { name: 'Whole graph' }).click();
  await expect.poll(() => visibleNodeCount(page)).toBe(dataset.entities.length);
});

test('the timeline highlights on hover, opens a relation on click, and sets the date filter by dragging', async ({
  page,
}) => {
  await openExplorer(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const mark = timeline.locator('circle.mark[data-edge="rel-047"]');
  await mark.hover();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (
            window as unknown as { __parley: { store: { get(): { hoveredEdge: string | null } } } }
          ).__parley.store.get().hoveredEdge,
      ),
    )
    .toBe('rel-047');
  await mark.click();
  await expect(page).toHaveURL(/#\/relation\/rel-047/);
  await expect(details(page).getByRole('heading', { name: /^Evidence/ })).toBeVisible();

  const axis = await timeline.locator('line.axis').boundingBox();
  if (!axis) throw new Error('no timeline axis');
  const y = axis.y + 12;
  await page.mouse.move(axis.x + axis.width * 0.7, y);
  await page.mouse.down();
  await page.mouse.move(axis.x + axis.width * 0.95, y, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/#\/relation\/rel-047\?.*from=\d{4}-\d{2}-\d{2}/);
  await expect(page.getByLabel('From date')).not.toHaveValue('');
  await saveScreenshot(page, 'timeline-brush');
});
