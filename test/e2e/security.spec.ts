// Hardening in the browser: a file whose every string is an XSS payload is shown as text in every
// panel and runs nothing; the page's Content-Security-Policy is never violated in normal use; a
// malformed link and a panel that throws each leave a message and the explorer as it was.
import { expect, type Page, test } from '@playwright/test';
import {
  details,
  expectNotice,
  graphImage,
  heading,
  openExplorer,
  saveScreenshot,
  searchBox,
} from './helpers';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
const JS_URL = 'javascript:window.__pwned=1';
const SVG = '"><svg onload=window.__pwned=1>';
const PAYLOADS = [IMG, SCRIPT, JS_URL, SVG];

/** A graphology file (the import format with the fewest rules) with a payload in every string. */
function hostileGraph(): string {
  const nodes = PAYLOADS.map((payload, i) => ({
    key: payload,
    attributes: {
      label: payload,
      kind: PAYLOADS[(i + 1) % 4],
      aliases: [`${PAYLOADS[(i + 2) % 4]} alias`],
      description: `${SVG} ${SCRIPT} ${JS_URL}`,
      roles: [{ title: `Role: ${IMG}` }],
      color: `red;background:url(${JS_URL})`,
    },
  }));
  const edges = PAYLOADS.map((payload, i) => ({
    key: `${payload} edge`,
    source: payload,
    target: PAYLOADS[(i + 1) % 4],
    attributes: {
      kind: SCRIPT,
      label: `${SVG} ${IMG}`,
      date: `2025-0${i + 3}-12`,
      tone: 'verbal-conflict',
      evidence: [{ source: 's1', quote: `${IMG} ${JS_URL}` }],
    },
  }));
  return JSON.stringify({
    attributes: {
      title: IMG,
      sources: [{ id: 's1', title: SCRIPT, publisher: SVG, published: null, url: null }],
    },
    nodes,
    edges,
  });
}

/** A Parley dataset whose source links to a javascript: URL, which validation must refuse. */
function datasetWithJavascriptUrl(): string {
  return JSON.stringify({
    schemaVersion: 1,
    title: IMG,
    sources: [{ id: 's1', title: SCRIPT, publisher: null, published: null, url: JS_URL }],
    entities: [
      { id: 'a', label: IMG, kind: 'person', aliases: [] },
      { id: 'b', label: SVG, kind: 'person', aliases: [] },
    ],
    relations: [
      {
        id: 'r',
        source: 'a',
        target: 'b',
        kind: 'met',
        label: SCRIPT,
        directed: false,
        evidence: [{ source: 's1', quote: JS_URL }],
      },
    ],
  });
}

/** Collects every CSP violation: console messages and securitypolicyviolation events. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleViolations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) consoleViolations.push(message.text());
  });
  await page.addInitScript(() => {
    const events: string[] = [];
    Object.assign(window, { __cspViolations: events });
    document.addEventListener('securitypolicyviolation', (e) =>
      events.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return async () => [
    ...consoleViolations,
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    )),
  ];
}

/** Nothing ran, and no element or attribute that could run something reached the document. */
async function expectNothingRan(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
  const dangerous = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        const link = /^(href|src|action|formaction|xlink:href|data)$/i.test(name);
        if (/^on/i.test(name) || (link && /^\s*javascript:/i.test(value)))
          found.push(`${element.tagName} ${name}=${value}`);
      }
    }
    for (const script of document.querySelectorAll('script:not([src])'))
      found.push(`inline script: ${script.textContent}`);
    for (const image of document.querySelectorAll('img'))
      found.push(`img ${image.getAttribute('src')}`);
    return found;
  });
  expect(dangerous).toEqual([]);
}

test('a file whose every string is an XSS payload is shown as text and runs nothing', async ({
  page,
}) => {
  const cspViolations = await watchCsp(page);
  await openExplorer(page);
  const input = page.getByLabel('Import file');

  // A dataset linking a source to javascript: is refused; the loaded graph stays.
  await input.setInputFiles({
    name: 'javascript-url.json',
    mimeType: 'application/json',
    buffer: Buffer.from(datasetWithJavascriptUrl()),
  });
  await expect(page.getByRole('alert')).toContainText(
    'sources[0].url: url must be an http(s) address',
  );
  await expect(page.locator('#dataset-title')).not.toHaveText(IMG);

  await input.setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(hostileGraph()),
  });
  await expectNotice(page, 'Imported 4 entities and 4 relations');
  await expect(page.locator('#dataset-title')).toHaveText(IMG);

  // Search, then open the entity in the Details panel: the heading is the payload, as text.
  await searchBox(page).fill('onerror');
  const option = page
    .getByRole('option')
    .filter({ has: page.locator('.option-label').getByText(IMG, { exact: true }) });
  await expect(option).toBeVisible();
  await option.click();
  await expect(heading(page)).toHaveText(IMG);
  await expect(details(page)).toContainText(`${SVG} ${SCRIPT} ${JS_URL}`);
  await expect(details(page)).toContainText(`“${IMG} ${JS_URL}”`);
  await expect(details(page).getByRole('button', { name: SVG, exact: true }).first()).toBeVisible();
  await saveScreenshot(page, 'security-details');

  // The path finder, from this entity to its neighbour named by another payload.
  await details(page).getByRole('button', { name: 'Path from here' }).click();
  await details(page).getByRole('button', { name: SCRIPT, exact: true }).first().click();
  await expect(heading(page)).toHaveText(SCRIPT);
  await details(page).getByRole('button', { name: 'Path to here' }).click();
  const path = page.getByRole('list', { name: 'Path 1' });
  await expect(path.getByRole('button', { name: IMG, exact: true })).toBeVisible();
  await expect(path.getByRole('button', { name: SCRIPT, exact: true })).toBeVisible();
  await expect(page.locator('.path-result')).toContainText(`from ${IMG} to ${SCRIPT}`);

  // A relation, whose heading joins three payloads.
  await details(page)
    .getByRole('button', { name: /^Open relation/ })
    .first()
    .click();
  await expect(heading(page)).toContainText(`${SVG} ${IMG}`);

  // Filters, legend and timeline name the kinds and relations as text.
  const filters = page.getByRole('group', { name: 'Filters' });
  await expect(filters.getByRole('checkbox', { name: SCRIPT, exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText(JS_URL);
  const titles = await page.locator('.timeline svg title').allTextContents();
  expect(titles.join('\n')).toContain(`${IMG} ${SVG} ${IMG} ${SCRIPT}`);

  // The list view.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const entities = page.getByRole('table', { name: /Entities/ });
  for (const payload of PAYLOADS) {
    await expect(entities.getByRole('cell', { name: payload, exact: true }).first()).toBeVisible();
  }
  await saveScreenshot(page, 'security-list');

  await expectNothingRan(page);
  expect(await cspViolations()).toEqual([]);
});

test('normal use of the explorer raises no CSP violation', async ({ page }) => {
  const cspViolations = await watchCsp(page);
  await openExplorer(page, '#/entity/scott-bessent');
  await expect(heading(page)).toHaveText('Scott Bessent');
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('checkbox', { name: 'Colour relations by tone' })
    .check();
  await details(page).getByRole('button', { name: '1 hop' }).click();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await page.getByRole('combobox', { name: 'Export format' }).selectOption('png');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export graph' }).click();
  await download;
  expect(await cspViolations()).toEqual([]);
});

test('a link to a payload id, or a malformed one, shows a notice as text, runs nothing, and keeps the graph and the selection', async ({
  page,
}) => {
  const cspViolations = await watchCsp(page);
  await openExplorer(page, `#/entity/${encodeURIComponent(IMG)}`);
  await expectNotice(page, `No entity “${IMG}” in this graph.`);
  await expect(heading(page)).toHaveText('Nothing selected');
  await expectNothingRan(page);
  expect(await cspViolations()).toEqual([]);

  await page.evaluate(() => {
    window.location.hash = '#/entity/scott-bessent';
  });
  await expect(heading(page)).toHaveText('Scott Bessent');
  const order = () => graphImage(page).getAttribute('aria-label');
  const before = await order();
  for (const [hash, notice] of [
    ['#/entity/%E0%A4%A', 'The link holds a malformed id.'],
    ['#/nowhere/at/all', 'is not a Parley address'],
    [`#/entity/${'x'.repeat(5000)}`, 'at most 4000'],
  ] as const) {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await expectNotice(page, notice);
    await expect(heading(page)).toHaveText('Scott Bessent');
    expect(await order()).toBe(before);
  }
});

test('an exception in a panel shows an alert and the explorer keeps working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openExplorer(page, '#/entity/scott-bessent');
  // No path through the page makes a panel throw: the test plants a failing listener on the
  // store through the explorer's read-only handle, to see what a person would see if one did.
  await page.evaluate(() => {
    const { store } = (
      window as unknown as { __parley: { store: { subscribe(f: () => void): void } } }
    ).__parley;
    let broken = false;
    store.subscribe(() => {
      if (broken) return;
      broken = true;
      throw new Error('a panel broke');
    });
  });
  await searchBox(page).fill('He Lifeng');
  await searchBox(page).press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Something went wrong');
  await expect(alert).toContainText('a panel broke');
  await expect(alert).toContainText('The graph you were exploring is unchanged');
  // The other panels still followed the selection.
  await expect(heading(page)).toHaveText('He Lifeng');
  expect(errors).toContain('a panel broke');

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
  await page.evaluate(() => {
    void Promise.reject(new Error('a promise failed'));
  });
  await expect(page.getByRole('alert')).toContainText('a promise failed');
  await expect(heading(page)).toHaveText('He Lifeng');
});
