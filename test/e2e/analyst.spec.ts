// The analyst toolkit in the browser: filters and the timeline, the path finder, import with
// clear errors, every export format, and the list view by keyboard.
import { readFileSync } from 'node:fs';
import { type Download, expect, type Page, test } from '@playwright/test';
import Graph from 'graphology';
import {
  details,
  drawnNodeCount,
  expectNotice,
  filtersGroup,
  filtersSummary,
  graphImage,
  heading,
  nodeDrawn,
  openExplorer,
  reloadExplorer,
  saveScreenshot,
} from './helpers';

const dataset = JSON.parse(readFileSync('graph-data/us-china-trade-talks.json', 'utf8'));
type Ends = { source: string; target: string };
/** The counts in the graph's name: the whole workspace's entities and relations. */
async function graphCounts(page: Page): Promise<{ entities: number; relations: number }> {
  const name = (await graphImage(page).getAttribute('aria-label')) ?? '';
  const [, entities, relations] = /^Graph of (\d+) entities and (\d+) relations/.exec(name) ?? [];
  return { entities: Number(entities), relations: Number(relations) };
}

test('filter by kind and by date: the graph, the counts and the link change', async ({ page }) => {
  await openExplorer(page);
  const total = dataset.entities.length;
  await expect(filtersSummary(page)).toContainText(`Showing ${total} of ${total} entities`);
  expect(await drawnNodeCount(page)).toBe(total);

  await filtersGroup(page).getByRole('checkbox', { name: 'topic', exact: true }).uncheck();
  const topics = dataset.entities.filter((e: { kind: string }) => e.kind === 'topic').length;
  await expect(filtersSummary(page)).toContainText(
    `Showing ${total - topics} of ${total} entities`,
  );
  await expect.poll(() => drawnNodeCount(page)).toBe(total - topics);
  await expect(page).toHaveURL(/hide=topic/);

  await filtersGroup(page).getByLabel('From date').fill('2025-10-01');
  await filtersGroup(page).getByLabel('To date').fill('2025-10-31');
  await filtersGroup(page).getByRole('checkbox', { name: 'Hide undated relations' }).check();
  await expect(page).toHaveURL(/from=2025-10-01/);
  const october = await drawnNodeCount(page);
  expect(october).toBeGreaterThan(5);
  expect(october).toBeLessThan(total - topics);
  await expect(filtersSummary(page)).toContainText(`Showing ${october} of ${total} entities`);
  // He Lifeng talked to Bessent in October; Ma Zhaoxu's interactions were in May
  expect(await nodeDrawn(page, 'he-lifeng')).toBe(true);
  expect(await nodeDrawn(page, 'ma-zhaoxu')).toBe(false);
  await saveScreenshot(page, 'filters-october');

  // the filtered view survives a reload from its link
  await reloadExplorer(page);
  await expect(filtersSummary(page)).toContainText(`Showing ${october} of ${total} entities`);

  // a range with nothing in it: the stage says the filters hide everything, and how to undo it
  await filtersGroup(page).getByLabel('From date').fill('2001-01-01');
  await filtersGroup(page).getByLabel('To date').fill('2001-12-31');
  await expect(filtersSummary(page)).toContainText(`Showing 0 of ${total} entities`);
  const emptyStage = page.locator('#stage-empty');
  await expect(emptyStage).toHaveText(
    `The filters hide all ${total} entities. Reset filters, under Filters, shows them again.`,
  );
  await filtersGroup(page).getByRole('button', { name: 'Reset filters' }).click();
  await expect(filtersSummary(page)).toContainText(`Showing ${total} of ${total} entities`);
  await expect(emptyStage).toBeHidden();
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

test('a broken file leaves the graph and the selection as they were; a GEXF file opens; then a broken one names the problem', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/scott-bessent');
  const input = page.getByLabel('Import file');
  const shipped = await graphCounts(page);
  await input.setInputFiles({
    name: 'notes.gexf',
    mimeType: 'text/xml',
    buffer: Buffer.from('<gexf><graph><nodes><node id="a"></nodes></graph>'),
  });
  await expect(page.getByRole('alert')).toContainText('Could not import notes.gexf');
  await expect(heading(page)).toHaveText('Scott Bessent');
  expect(await graphCounts(page)).toEqual(shipped);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toBeHidden();

  await input.setInputFiles('test/fixtures/io/gephi-small.gexf');
  await expectNotice(page, /Imported \d+ entities .*from gephi-small\.gexf/);
  const imported = await graphCounts(page);
  expect(imported.entities).toBeGreaterThan(0);
  expect(imported).not.toEqual(shipped);

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
  expect(await graphCounts(page)).toEqual(imported);
  await saveScreenshot(page, 'import-error');
});

/** Clicks an Export button and waits for every file it gives (two for CSV), then reads them. */
async function exportFiles(page: Page, button: string, count = 1) {
  const downloads: Download[] = [];
  const listener = (d: Download) => downloads.push(d);
  page.on('download', listener);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => downloads.length).toBe(count);
  page.off('download', listener);
  return Promise.all(
    downloads.map(async (d) => ({
      name: d.suggestedFilename(),
      bytes: readFileSync(await d.path()),
    })),
  );
}

test('export the graph in every format, and the view without the kinds the filters hide', async ({
  page,
}) => {
  await openExplorer(page);
  const format = page.getByRole('combobox', { name: 'Export format' });
  // JSON, the default: a graphology document with every entity and relation
  await expect(format).toHaveValue('json');
  const [json] = await exportFiles(page, 'Export graph');
  expect(json?.name).toMatch(/^us-china-trade-talks-\d{4}-\d{2}-\d{2}\.json$/);
  const graph = Graph.from(JSON.parse(json?.bytes.toString('utf8') ?? ''));
  expect([graph.order, graph.size]).toEqual([dataset.entities.length, dataset.relations.length]);

  await format.selectOption('gexf');
  const gexf = (await exportFiles(page, 'Export graph'))[0]?.bytes.toString('utf8') ?? '';
  expect(gexf).toContain('<gexf');
  expect(gexf.match(/<node /g)?.length).toBe(dataset.entities.length);

  await format.selectOption('graphml');
  const graphml = (await exportFiles(page, 'Export graph'))[0]?.bytes.toString('utf8') ?? '';
  expect(graphml).toContain('<graphml');
  expect(graphml.match(/<edge /g)?.length).toBe(dataset.relations.length);

  await format.selectOption('csv');
  const names = (await exportFiles(page, 'Export graph', 2)).map((f) => f.name).sort();
  expect(names[0]).toMatch(/-edges-.*\.csv$/);
  expect(names[1]).toMatch(/-nodes-.*\.csv$/);

  await format.selectOption('png');
  const [png] = await exportFiles(page, 'Export graph');
  expect([...(png?.bytes.subarray(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  // Export view leaves out the kinds hidden by the filters
  await format.selectOption('json');
  await filtersGroup(page).getByRole('checkbox', { name: 'topic', exact: true }).uncheck();
  const [view] = await exportFiles(page, 'Export view');
  const shown = Graph.from(JSON.parse(view?.bytes.toString('utf8') ?? ''));
  const topics = dataset.entities.filter((e: { kind: string }) => e.kind === 'topic').length;
  expect(shown.order).toBe(dataset.entities.length - topics);
  shown.forEachNode((_n, a) => expect(a.kind).not.toBe('topic'));
});

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
  const oneHop = await drawnNodeCount(page);
  const neighbours = new Set(
    dataset.relations
      .filter((r: Ends) => r.source === 'jamie-dimon' || r.target === 'jamie-dimon')
      .map((r: Ends) => (r.source === 'jamie-dimon' ? r.target : r.source))
      .filter((n: string) => n !== 'jamie-dimon'),
  ).size;
  expect(oneHop).toBe(neighbours + 1);
  await show.getByRole('button', { name: '2 hops' }).click();
  const twoHops = await drawnNodeCount(page);
  expect(twoHops).toBeGreaterThan(oneHop);
  await saveScreenshot(page, 'focus-two-hops');
  await show.getByRole('button', { name: 'Whole graph' }).click();
  await expect.poll(() => drawnNodeCount(page)).toBe(dataset.entities.length);
});

test('the timeline highlights on hover, opens a relation on click, and sets the date filter by dragging', async ({
  page,
}) => {
  await openExplorer(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const mark = timeline.locator('circle.mark[data-edge="rel-047"]');
  await mark.hover();
  await expect(mark).toHaveClass(/\bactive\b/);
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
