// Adding an article: drop or pick a .txt file, or paste text, then review the proposals: accepted
// ones join the live graph (canvas, Details, search, Export), rejected ones do not; the graph that
// was there stays as it was. Problems go to the import alert, naming the file.
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  axeCheck,
  cameraSettled,
  dropFile,
  graphSnapshot,
  heading,
  nodeDrawn,
  openExplorer,
  pickFile,
  proposalsPanel,
  saveScreenshot,
  searchBox,
} from './helpers';

/** An invented article: a known person calls a new one, who meets another new one; a byline and
 * a photo credit that must not become actors. */
const ARTICLE = `Geneva channel reopens as Bessent calls trade envoy
By Lena Hart
Treasury Secretary Scott Bessent held a call with Mira Castell, the chief trade envoy of Norland, on Monday, officials said.
Mira Castell later met Tomas Ferreira in Geneva to prepare the next round of talks.
The weather in Geneva was mild.
Photo: Jan Kowalski | Example Images
`;

type Row = { row: Locator; proposal: string; name: string };

/** The first row still pending in the panel (optionally one whose name matches), with what it
 * proposes. */
async function firstPending(page: Page, accept?: RegExp): Promise<Row> {
  const pending = proposalsPanel(page)
    .locator('li.proposal.decision-pending', {
      has: page.getByRole('button', { name: accept ?? /^Accept: / }),
    })
    .first();
  await expect(pending).toBeVisible();
  const proposal = (await pending.getAttribute('data-proposal')) ?? '';
  const name =
    (await pending.getByRole('button', { name: /^Accept: / }).getAttribute('aria-label')) ?? '';
  // pinned to what it proposes: once decided, the row is no longer "pending"
  const row = proposalsPanel(page).locator(`li[data-proposal="${proposal}"]`);
  return { row, proposal, name: name.replace(/^Accept: /, '') };
}

test('drop an article, accept one proposal and reject another', async ({ page }) => {
  // the worker, the panel and the overlay stay within the page's Content-Security-Policy
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await openExplorer(page);
  const before = await graphSnapshot(page);
  await dropFile(page, 'geneva-talks.txt', ARTICLE);

  const panel = proposalsPanel(page);
  await expect(panel).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Proposals from geneva-talks.txt',
  );
  await expect(panel).toContainText(/\d+ pending · 0 accepted · 0 rejected/);
  await expect(panel.locator('mark').first()).toBeVisible();
  await expect(page.locator('canvas.proposal-layer')).toBeVisible();
  await panel.locator('li.proposal').first().hover(); // highlighted in the overlay
  await cameraSettled(page);
  await saveScreenshot(page, 'ingest-proposals');

  // accept the meeting of the two new people: it joins the graph with its new ends
  const accepted = await firstPending(
    page,
    /^Accept: (Mira Castell .*Tomas Ferreira|Tomas Ferreira .*Mira Castell)/,
  );
  await accepted.row.getByRole('button', { name: `Accept: ${accepted.name}` }).click();
  await expect(accepted.row).toContainText('Accepted');
  // the relation and its two new ends, accepted along with it
  await expect(panel).toContainText(/\d+ pending · 3 accepted · 0 rejected/);
  const relationId = accepted.proposal.replace(/^relation:/, '');
  let after = await graphSnapshot(page);
  const edge = after.edges[relationId];
  const extended = Object.entries(before.edges).find(
    ([id, e]) => (after.edges[id]?.evidence ?? 0) > e.evidence,
  );
  expect(edge !== undefined || extended !== undefined).toBe(true);
  expect(after.sources.length).toBe(before.sources.length + 1);
  const addedNodes = Object.keys(after.nodes).filter((n) => !(n in before.nodes));
  expect(addedNodes.map((n) => after.nodes[n]?.label).sort()).toEqual([
    'Mira Castell',
    'Tomas Ferreira',
  ]);

  // reject the call with Bessent: it never reaches the graph
  const rejected = await firstPending(page, /^Accept: .*held a call with/);
  await rejected.row.getByRole('button', { name: `Reject: ${rejected.name}` }).click();
  await expect(rejected.row).toContainText('Rejected');
  await expect(panel).toContainText(/[1-9]\d* rejected/);
  after = await graphSnapshot(page);
  const [kind, id] = rejected.proposal.split(':') as [string, string];
  if (kind === 'entity') expect(after.nodes[id]).toBeUndefined();
  else expect(after.edges[id]).toBeUndefined();
  await cameraSettled(page);
  await saveScreenshot(page, 'ingest-decided');

  // what was there before is unchanged
  for (const [node, attributes] of Object.entries(before.nodes))
    expect(after.nodes[node], node).toEqual(attributes);
  for (const [e, attributes] of Object.entries(before.edges)) {
    const now = after.edges[e];
    expect(now && { ...now, evidence: attributes.evidence }, e).toEqual(attributes);
  }

  // the accepted entities are drawn, can be opened in Details and found by search
  for (const node of addedNodes) expect(await nodeDrawn(page, node), node).toBe(true);
  const newNode = addedNodes[0];
  if (newNode) {
    const label = after.nodes[newNode]?.label ?? '';
    await searchBox(page).fill(label);
    await expect(page.getByRole('option').first()).toContainText(label);
    await searchBox(page).press('Enter');
    await expect(heading(page)).toHaveText(label);
  }

  // and Export carries the accepted relation and the article, not the rejected proposal
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export graph/ }).click();
  const download = await downloading;
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then(String));
  const keys = (list: { key: string }[]) => list.map((x) => x.key);
  if (edge) expect(keys(exported.edges)).toContain(relationId);
  for (const node of addedNodes) expect(keys(exported.nodes)).toContain(node);
  if (kind === 'entity') expect(keys(exported.nodes)).not.toContain(id);
  else expect(keys(exported.edges)).not.toContain(id);
  expect(exported.attributes.sources.map((s: { id: string }) => s.id)).toEqual(after.sources);
  expect(violations).toEqual([]);
});

test('picking an article in the Import picker, or pasting one, shows its proposals', async ({
  page,
}) => {
  await openExplorer(page);
  await pickFile(page, 'picked.txt', ARTICLE);
  await expect(proposalsPanel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Proposals from picked.txt',
    { timeout: 60_000 },
  );
  await proposalsPanel(page).getByRole('button', { name: 'Close proposals' }).click();
  await expect(proposalsPanel(page)).toBeHidden();
  await expect(page.locator('canvas.proposal-layer')).toBeHidden();

  await page.getByRole('button', { name: 'Add article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await expect(page.getByLabel('Article text')).toBeFocused();
  await dialog.getByRole('button', { name: 'Read article' }).click();
  await expect(dialog.getByRole('alert')).toContainText('the article is empty');
  await page.getByLabel('Article text').fill(ARTICLE);
  // 2025-05-12 was a Monday: "on Monday" in the article becomes that date
  await page.getByLabel('Published on (optional)').fill('2025-05-12');
  await saveScreenshot(page, 'ingest-dialog');
  await dialog.getByRole('button', { name: 'Read article' }).click();
  await expect(dialog).toBeHidden();
  await expect(proposalsPanel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Proposals from pasted text',
    { timeout: 60_000 },
  );
  await expect(
    proposalsPanel(page).locator('li.proposal', {
      has: page.getByRole('button', {
        name: 'Accept: Scott Bessent held a call with Mira Castell',
      }),
    }),
  ).toContainText('2025-05-12');
  // keyboard: accepting moves focus on to the next proposal still waiting
  const first = proposalsPanel(page)
    .getByRole('button', { name: /^Accept: / })
    .first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(proposalsPanel(page)).toContainText(/[1-9]\d* accepted/);
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^(Accept: |Close proposals)/);

  // an article with no entities says so
  await pickFile(page, 'quiet.txt', 'The weather was mild.\nNothing else happened today.\n');
  await expect(proposalsPanel(page)).toContainText(
    'No entities or interactions found in quiet.txt',
  );
});

test('a problem with a file picked while proposals are reviewed shows beside the panel, never under it', async ({
  page,
}) => {
  await openExplorer(page);
  await pickFile(page, 'picked.txt', ARTICLE);
  const panel = proposalsPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible({ timeout: 60_000 });
  // the tools as a drawer (1024) and as a column (1440): the panel's width follows the graph's
  for (const width of [1024, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await pickFile(page, 'broken.json', '{ "schemaVersion": 1, "title": ', 'application/json');
    const alert = page.locator('#import-alert').getByRole('alert');
    await expect(alert).toContainText('broken.json');
    const a = await alert.boundingBox();
    const p = await panel.boundingBox();
    if (!a || !p) throw new Error('no alert or panel box');
    const gap = p.x - (a.x + a.width);
    expect(gap, `at ${width} px, between the alert and the panel`).toBeGreaterThanOrEqual(0);
    expect(gap, `at ${width} px, between the alert and the panel`).toBeLessThanOrEqual(24);
    await page.locator('#import-alert').getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toBeHidden();
  }
});

const refusals: Array<[string, string | Buffer, RegExp]> = [
  ['empty.txt', '   \n', /empty\.txt: the article is empty/],
  [
    'binary.txt',
    Buffer.from([0, 1, 2, 0, 255, 0, 3]),
    /binary\.txt: this looks like a binary file/,
  ],
  ['huge.txt', 'word '.repeat(230_000), /huge\.txt: the article is 1\.1 MB; .* at most 1\.0 MB/],
];

test('an empty, a binary and a too-large file are each refused in the alert, naming the file; the graph is untouched', async ({
  page,
}) => {
  await openExplorer(page);
  const before = await graphSnapshot(page);
  for (const [name, content, message] of refusals) {
    await page
      .getByLabel('Import file')
      .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });
    const alert = page.getByRole('alert').filter({ hasText: `Could not read ${name}` });
    await expect(alert).toContainText(message);
    await expect(proposalsPanel(page)).toBeHidden();
  }
  expect(await graphSnapshot(page)).toEqual(before);
});

test('the proposals panel and the article dialog have no WCAG A/AA violations', async ({
  page,
}) => {
  await openExplorer(page);
  await pickFile(page, 'axe.txt', ARTICLE);
  await expect(proposalsPanel(page).locator('li.proposal').first()).toBeVisible({
    timeout: 60_000,
  });
  // each check reads the part of the page it opened; the whole page is checked in
  // accessibility.spec.ts
  const check = async (selector: string) => {
    const results = await axeCheck(page).include(selector).analyze();
    expect(results.passes.length, selector).toBeGreaterThan(5);
    return results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  };
  expect(await check('#proposals-root')).toEqual([]);
  // the correction forms, a new entity's and a relation's
  for (const edit of [/^Edit: .* \(new person\)$/, /^Edit: (?!.*\(new )/]) {
    await proposalsPanel(page).getByRole('button', { name: edit }).first().click();
    await expect(page.getByRole('button', { name: 'Save correction' })).toBeVisible();
    expect(await check('dialog[open]')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Save correction' })).toBeHidden();
  }
  await page.getByRole('button', { name: 'Add article…' }).click();
  await expect(page.getByRole('dialog', { name: 'Add an article' })).toBeVisible();
  expect(await check('dialog[open]')).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the proposals panel fits the screen and its buttons can be used', async ({ page }) => {
    await openExplorer(page);
    await pickFile(page, 'phone.txt', ARTICLE);
    const panel = proposalsPanel(page);
    await expect(panel).toBeVisible({ timeout: 60_000 });
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    await cameraSettled(page);
    await saveScreenshot(page, 'ingest-phone');
    const first = await firstPending(page);
    await first.row.getByRole('button', { name: `Accept: ${first.name}` }).tap();
    await expect(first.row).toContainText('Accepted');
  });
});
