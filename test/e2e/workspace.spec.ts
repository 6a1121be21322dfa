// The living workspace: every change a command that can be undone, stored in the
// browser as it happens and restored on the next visit; Save dataset; workspaces opened side by
// side; two tabs kept in step; a storage failure said at once. Each test starts in a fresh
// browser context, so with an empty IndexedDB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  type CanvasWindow,
  cameraSettled,
  cameraState,
  details,
  expectNotice,
  graphImage,
  heading,
  historyRegion,
  openExplorer,
  pickFile,
  proposalsPanel,
  redoButton,
  reloadExplorer,
  savedInBrowser,
  saveScreenshot,
  searchBox,
  undoButton,
} from './helpers';

/** An invented article with three interactions between known and new people. */
const ARTICLE = `Norland envoy opens a channel to Washington
Treasury Secretary Scott Bessent held a call with Mira Castell, the chief trade envoy of Norland, on Monday, officials said.
Mira Castell later met Tomas Ferreira in Geneva to prepare the next round of talks.
Jamieson Greer held a call with Tomas Ferreira on Tuesday.
`;

const graphLabel = (page: Page) => page.locator('#graph').getAttribute('aria-label');
const workspaces = (page: Page) => page.getByRole('region', { name: 'Workspaces' });
const mergeOptions = (page: Page) =>
  page.getByRole('listbox', { name: 'Merge into suggestions' }).getByRole('option');

async function readArticle(page: Page, text = ARTICLE) {
  await page.getByRole('button', { name: 'Add article…' }).click();
  await page.getByRole('textbox', { name: 'Article text' }).fill(text);
  await page.getByRole('button', { name: 'Read article' }).click();
  await expect(proposalsPanel(page)).toBeVisible({ timeout: 60_000 });
}

/** Accepts the first pending proposal (whose name matches); returns what it proposed. */
async function acceptFirstPending(page: Page, matching: RegExp = /^Accept: /): Promise<string> {
  const button = proposalsPanel(page)
    .locator('li.proposal.decision-pending')
    .getByRole('button', { name: matching })
    .first();
  const name = (await button.getAttribute('aria-label')) ?? '';
  await button.click();
  return name;
}

/** Downloads what a button gives, as text. */
async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const exportJson = (page: Page) =>
  download(page, () => page.getByRole('button', { name: 'Export graph' }).click());

test('accepted proposals survive a reload; undone ones stay undone; Redo brings them back', async ({
  page,
}) => {
  await openExplorer(page);
  const start = await graphLabel(page);
  await readArticle(page);
  const accepted: string[] = [];
  // new entities, so each one changes the counts
  for (let i = 0; i < 3; i++) accepted.push(await acceptFirstPending(page, /^Accept: .*\(new /));
  await savedInBrowser(page);
  const afterThree = await graphLabel(page);
  expect(afterThree).not.toBe(start);
  // the History lists them newest first, and Undo says what it would take back
  await expect(historyRegion(page).getByRole('listitem')).toHaveCount(3);
  await expect(historyRegion(page).getByRole('listitem').first()).toContainText(accepted[2] ?? '');
  await expect(undoButton(page)).toHaveAccessibleDescription(`Undo: ${accepted[2]}`);

  await reloadExplorer(page);
  await expectNotice(page, /Restored your workspace: 3 changes since the curated dataset/);
  expect(await graphLabel(page)).toBe(afterThree);
  await expect(proposalsPanel(page)).toBeVisible();
  await expect(proposalsPanel(page).locator('li.decision-accepted')).not.toHaveCount(0);

  await undoButton(page).click();
  await page.keyboard.press('Control+z');
  await savedInBrowser(page);
  const afterUndo = await graphLabel(page);
  expect(afterUndo).not.toBe(afterThree);
  await reloadExplorer(page);
  expect(await graphLabel(page)).toBe(afterUndo);
  await expect(historyRegion(page).locator('.history-item.undone')).toHaveCount(2);
  await expect(redoButton(page)).toBeEnabled();
  await redoButton(page).click();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => graphLabel(page)).toBe(afterThree);
  await expect(redoButton(page)).toBeDisabled();
  await saveScreenshot(page, 'workspace-history');
});

test('merge two entities, then undo: both come back exactly as they were', async ({ page }) => {
  await openExplorer(page, '#/entity/christopher-landau');
  await expect(heading(page)).toHaveText('Christopher Landau');
  const before = await exportJson(page);
  await details(page).getByRole('button', { name: 'Merge into…' }).click();
  const box = details(page).getByRole('combobox', { name: 'Merge into' });
  await box.fill('Ma Zhaoxu');
  await expect(mergeOptions(page).first()).toContainText('Ma Zhaoxu');
  await box.press('Enter');
  await details(page).getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(heading(page)).toHaveText('Ma Zhaoxu');
  await expect(details(page)).toContainText('Christopher Landau');
  await expect(page.locator('#graph')).toHaveAttribute('aria-label', /^Graph of 8\d entities/);
  await saveScreenshot(page, 'workspace-merged');
  await undoButton(page).click();
  const after = await exportJson(page);
  expect(after.text).toBe(before.text);
});

test('a merge into the entity itself is refused with a message, nothing changed', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/xinhua');
  const before = await graphLabel(page);
  await details(page).getByRole('button', { name: 'Merge into…' }).click();
  const box = details(page).getByRole('combobox', { name: 'Merge into' });
  await box.fill('Xinhua');
  await expect(mergeOptions(page).first()).toContainText('Xinhua');
  await box.press('Enter');
  await details(page).getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(details(page).getByRole('alert')).toHaveText(
    /an entity cannot be merged into itself/,
  );
  expect(await graphLabel(page)).toBe(before);
  await expect(undoButton(page)).toBeDisabled();
});

test('edit a label, then find the entity by it; a label another entity has is refused', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/xinhua');
  await details(page).getByRole('button', { name: 'Edit' }).click();
  await details(page).getByLabel('Label').fill('Reuters');
  await details(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(details(page).getByRole('alert')).toHaveText(/already used by Reuters/);
  await details(page).getByLabel('Label').fill('New China News Agency');
  await details(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(heading(page)).toHaveText('New China News Agency');
  await expect(details(page).getByRole('button', { name: 'Edit' })).toBeFocused();
  await searchBox(page).fill('new china news');
  await expect(page.getByRole('option').first()).toContainText('New China News Agency');
  await searchBox(page).press('Enter');
  await expect(heading(page)).toHaveText('New China News Agency');
});

test('Save dataset: the file passes npm run validate and imports again with the same counts', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/christopher-landau');
  await details(page).getByRole('button', { name: 'Edit' }).click();
  await details(page).getByLabel('Aliases (one a line)').fill('Deputy Secretary Landau\nLandau');
  await details(page).getByRole('button', { name: 'Save', exact: true }).click();
  await readArticle(page);
  await acceptFirstPending(page);
  const counts = await graphLabel(page);
  const saved = await download(page, () =>
    page.getByRole('button', { name: 'Save dataset' }).click(),
  );
  expect(saved.name).toBe('us-china-trade-talks.json');
  const dir = mkdtempSync(join(tmpdir(), 'parley-saved-'));
  const file = join(dir, saved.name);
  writeFileSync(file, saved.text);
  // the CLI's own validation, as a person would run it (exits non-zero on any problem)
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', file], {
    encoding: 'utf8',
  });
  expect(output).toMatch(/ok/);
  const dataset = JSON.parse(saved.text);
  expect(dataset.sources.map((s: { title: string }) => s.title)).toContain(
    'Norland envoy opens a channel to Washington',
  );

  await pickFile(page, 'grown.json', saved.text, 'application/json');
  await expectNotice(page, /Imported .* from grown\.json/, { timeout: 60_000 });
  expect(await graphLabel(page)).toBe(counts);
});

test('importing a file opens a new workspace; the previous one is listed and reopens with its changes', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/xinhua');
  await details(page).getByRole('button', { name: 'Edit' }).click();
  await details(page).getByLabel('Label').fill('Xinhua (edited)');
  await details(page).getByRole('button', { name: 'Save', exact: true }).click();
  await savedInBrowser(page);
  const gexf = readFileSync('test/fixtures/io/gephi-small.gexf', 'utf8');
  await pickFile(page, 'gephi-small.gexf', gexf, 'application/xml');
  await expectNotice(page, /from gephi-small\.gexf.*The previous workspace stays in Workspaces/, {
    timeout: 60_000,
  });
  await expect(undoButton(page)).toBeDisabled();
  const items = workspaces(page).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await workspaces(page)
    .getByRole('button', { name: /^Open US–China trade talks/ })
    .click();
  await expectNotice(page, /Opened US–China trade talks.*: 1 change since the curated dataset/);
  await page.goto('/#/entity/xinhua');
  await expect(heading(page)).toHaveText('Xinhua (edited)');
  await expect(undoButton(page)).toBeEnabled();
  // the other one can be deleted, after a confirmation
  await workspaces(page)
    .getByRole('button', { name: /^Delete /, disabled: false })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(items).toHaveCount(1);
});

test('Reset workspace returns to the dataset as shipped, and keeps the old one listed', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/xinhua');
  const start = await graphLabel(page);
  await page.goto('/#/entity/christopher-landau');
  await details(page).getByRole('button', { name: 'Open relation' }).first().click();
  await page.getByRole('button', { name: 'Remove relation' }).click();
  expect(await graphLabel(page)).not.toBe(start);
  await page.getByRole('button', { name: 'Reset workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the workspace?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await graphLabel(page)).not.toBe(start);
  await page.getByRole('button', { name: 'Reset workspace' }).click();
  await dialog.getByRole('button', { name: 'Reset workspace' }).click();
  await expectNotice(page, /back to the dataset as it was opened/);
  expect(await graphLabel(page)).toBe(start);
  await expect(workspaces(page).getByRole('listitem')).toHaveCount(2);
  await expect(workspaces(page)).toContainText('(before reset');
});

test('two tabs on one workspace: a change in one appears in the other', async ({
  page,
  context,
}) => {
  await openExplorer(page, '#/entity/xinhua');
  const other = await context.newPage();
  await other.goto('/#/entity/xinhua');
  await expect(heading(other)).toHaveText('Xinhua');
  await details(page).getByRole('button', { name: 'Edit' }).click();
  await details(page).getByLabel('Label').fill('Xinhua, from the first tab');
  await details(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(heading(other)).toHaveText('Xinhua, from the first tab');
  await expect(undoButton(other)).toBeEnabled();
  // and back
  await undoButton(other).click();
  await expect(heading(page)).toHaveText('Xinhua');
});

test('storage that cannot be opened: an alert says so at once, and the explorer keeps working', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(IDBFactory.prototype, 'open', {
      value() {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      },
    });
  });
  await openExplorer(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your changes are not being saved in this browser');
  await expect(alert).toContainText('SecurityError');
  await expect(alert.getByRole('button', { name: 'Save dataset' })).toBeVisible();
  await expect(page.locator('.save-status')).toHaveText(/^Not saved/);
  await searchBox(page).fill('Bessent');
  await searchBox(page).press('Enter');
  await expect(heading(page)).toHaveText('Scott Bessent');
  await details(page).getByRole('button', { name: 'Edit' }).click();
  await details(page).getByLabel('Label').fill('Scott K. H. Bessent');
  await details(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(heading(page)).toHaveText('Scott K. H. Bessent');
  await saveScreenshot(page, 'workspace-storage-unavailable');
});

test('a write that fails (storage full) is said at once, never shown as saved', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/xinhua');
  await savedInBrowser(page);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await details(page).getByRole('button', { name: 'Edit' }).click();
  await details(page).getByLabel('Label').fill('Xinhua 2');
  await details(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('QuotaExceededError');
  await expect(page.locator('.save-status')).toHaveText(/^Not saved in this browser/);
  await expect(heading(page)).toHaveText('Xinhua 2');
});

test('a stored workspace that cannot be read is kept aside, and the curated dataset opens', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/xinhua');
  await savedInBrowser(page);
  // what a newer Parley, or a hand edit, could leave
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('parley');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('workspaces', 'readwrite');
    const store = tx.objectStore('workspaces');
    const all = await new Promise<Array<Record<string, unknown>>>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    for (const record of all) store.put({ ...record, format: 99 });
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  });
  await reloadExplorer(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your stored workspace could not be opened');
  await expect(alert).toContainText('written by a newer version of Parley (format 99');
  const kept = await download(page, () =>
    alert.getByRole('button', { name: 'Download the stored workspace' }).click(),
  );
  expect(JSON.parse(kept.text)).toMatchObject({ raw: { record: { format: 99 } } });
  await expect(graphImage(page)).toBeVisible();
});

test('accepting a proposal keeps the search text, the path finder and the camera', async ({
  page,
}) => {
  await openExplorer(page);
  await readArticle(page);
  await cameraSettled(page);
  await searchBox(page).fill('Gree');
  await page.getByRole('combobox', { name: 'Path from' }).fill('Ma Zhaoxu');
  // the person moves the camera, then points at a proposal (the overlay may bring it into view)
  // The camera and the renderer live in the canvas, not the DOM: the test moves the camera and
  // marks the renderer in use through the explorer's read-only handle (a remount would bring a
  // renderer without the mark).
  await page.evaluate(() => {
    const { renderer } = (window as unknown as CanvasWindow).__parley;
    const camera = renderer.sigma.getCamera() as unknown as { setState(s: object): void };
    camera.setState({ x: 0.42, y: 0.58, ratio: 0.8, angle: 0 });
    renderer.mark = 'before';
  });
  const accept = proposalsPanel(page)
    .locator('li.proposal.decision-pending')
    .getByRole('button', { name: /^Accept: / })
    .first();
  await accept.hover();
  await cameraSettled(page);
  const before = await cameraState(page);
  await accept.click();
  await savedInBrowser(page);
  await cameraSettled(page);
  await expect(searchBox(page)).toHaveValue('Gree');
  await expect(page.getByRole('combobox', { name: 'Path from' })).toHaveValue('Ma Zhaoxu');
  const after = await cameraState(page);
  expect(after.x).toBeCloseTo(before.x, 5);
  expect(after.y).toBeCloseTo(before.y, 5);
  expect(after.ratio).toBeCloseTo(before.ratio, 5);
  // the same renderer: nothing was remounted
  expect(
    await page.evaluate(() => (window as unknown as CanvasWindow).__parley.renderer.mark),
  ).toBe('before');
});

test('a quote from an article read into the workspace opens in the article, and Back returns', async ({
  page,
}) => {
  await openExplorer(page);
  await readArticle(page);
  await acceptFirstPending(page, /^Accept: Mira Castell met /);
  await savedInBrowser(page);
  // after a reload too: the article's text is kept with the workspace
  await reloadExplorer(page);
  await page.goto('/#/entity/mira-castell');
  await expect(heading(page)).toHaveText('Mira Castell');
  const show = details(page)
    .getByRole('button', { name: /^Show in article/ })
    .first();
  await show.click();
  const viewer = page.getByRole('dialog', { name: 'Norland envoy opens a channel to Washington' });
  await expect(viewer).toBeVisible();
  await expect(viewer.locator('mark')).toHaveText(
    /Mira Castell later met Tomas Ferreira in Geneva/,
  );
  await expect(viewer.locator('mark')).toBeInViewport();
  await saveScreenshot(page, 'workspace-evidence-in-context');
  await viewer.getByRole('button', { name: 'Back to the relation' }).click();
  await expect(viewer).toBeHidden();
  await expect(show).toBeFocused();
});
