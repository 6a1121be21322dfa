// Several people on one story, through a real `npm run serve` process these tests start on a free
// loopback port with their own data folder: share, open the edit link in a second browser, edits
// both ways, Undo per person (the buttons offer only one's own changes; the History names who
// made each), a read-only link whose page disables every control that would change the story, an
// edit made while the server is down that arrives once it is back on the same data, a reload that
// reconnects; three people at once with edits made at the same moment all kept; and two tabs of
// one browser that no longer drop a change. Needs a build in PARLEY_DIST.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import {
  details,
  graphImage,
  heading,
  historyRegion,
  saveScreenshot,
  searchBox,
  undoButton,
} from './helpers';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const dist = process.env.PARLEY_DIST ?? 'dist';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the sync server and resolves once it prints its address. */
function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  // node itself (not npx) so that a signal reaches the server and not a wrapper
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/serve.ts',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--data',
      dataDir,
      '--dist',
      dist,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Parley sync server at')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${output}`)));
  });
}

/** Stops the server as an operator would; one that has not closed in 5 s is killed outright. */
function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const graph = (page: Page) => page.locator('#graph');
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });
const counts = (entities: number) =>
  new RegExp(`^Graph of ${entities} entit(y|ies) and \\d+ relations?$`);

async function openIn(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  // the explorer is up once its graph is named with its counts (a story opened by a link may
  // still be connecting)
  await expect(graphImage(page)).toBeVisible({ timeout: 60_000 });
  return page;
}

async function open(browser: Browser, url: string): Promise<Page> {
  return openIn(await browser.newContext({ viewport: { width: 1400, height: 900 } }), url);
}

async function newStory(page: Page, title: string) {
  await page.getByRole('button', { name: 'New story…' }).click();
  const d = dialog(page, 'New story');
  await d.getByRole('textbox', { name: 'Story title' }).fill(title);
  await d.getByRole('button', { name: 'Create story' }).click();
  await expect(d).toBeHidden();
  await expect(graph(page)).toHaveAttribute('aria-label', counts(0));
}

async function addEntity(page: Page, label: string) {
  const d = dialog(page, 'Add entity');
  if (!(await d.isVisible())) await page.getByRole('button', { name: 'Add entity' }).click();
  await d.getByRole('textbox', { name: 'Label' }).fill(label);
  await d.getByRole('combobox', { name: 'Kind' }).selectOption('person');
  await d.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(d.getByRole('status')).toHaveText(`Added ${label} (person).`);
  await page.keyboard.press('Escape');
  await expect(d).toBeHidden();
}

const status = (page: Page) => page.locator('.sync-status');
const people = (page: Page) => page.getByRole('region', { name: 'People here' });

/** The server these tests share, started once (the first test stops and restarts it). */
let port = 0;
let dataDir = '';
let server: ChildProcess;
let origin = '';

/** The name this person gives in Share… (the others see it in People here and the History). */
async function giveName(page: Page, name: string) {
  await page.getByRole('button', { name: 'Share…' }).click();
  const share = dialog(page, 'Share this story');
  await share.getByRole('textbox', { name: 'Your name' }).fill(name);
  await share.getByRole('textbox', { name: 'Your name' }).press('Tab');
  return share;
}

/** A new story with one entity, shared by Ana: her page and the story's two links. */
async function sharedStory(browser: Browser, title: string) {
  const ana = await open(browser, `${origin}/`);
  await newStory(ana, title);
  await addEntity(ana, 'Ona Vesk');
  const share = await giveName(ana, 'Ana');
  const editLink = share.getByRole('textbox', { name: 'Edit link' });
  await expect(editLink).toHaveValue(/\?story=s-.*#key=/);
  const edit = await editLink.inputValue();
  const read = await share.getByRole('textbox', { name: 'Read-only link' }).inputValue();
  await share.getByRole('button', { name: 'Close' }).click();
  await expect(status(ana)).toHaveText('Connected');
  return { ana, edit, read };
}

/** Whoever else has the story open, as People here lists them (in no particular order). */
async function expectPeople(page: Page, names: string[]) {
  const items = people(page).getByRole('listitem');
  await expect(items).toHaveCount(names.length);
  for (const name of names) await expect(items.filter({ hasText: name })).toHaveCount(1);
}

test.beforeAll(async () => {
  port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'parley-share-'));
  server = await startServer(port, dataDir);
  origin = `http://127.0.0.1:${port}`;
});

test.afterAll(async () => {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
});

test('two people share a story: edits both ways, own Undo, read-only, a server restart', async ({
  browser,
}) => {
  const { ana, edit, read } = await sharedStory(browser, 'The harbour deal');
  expect(read).not.toBe(edit);

  // the second person opens the edit link and sees the story, listed in Workspaces
  const ben = await open(browser, edit);
  await expect(graph(ben)).toHaveAttribute('aria-label', counts(1));
  await expect(status(ben)).toHaveText('Connected');
  await expect(ben.getByRole('region', { name: 'Workspaces' })).toContainText('The harbour deal');
  await expect(people(ana).getByRole('listitem')).toHaveText(['Someone']);
  // Ana's change is not Ben's to undo
  await expect(undoButton(ben)).toBeDisabled();
  await expect(historyRegion(ben)).toContainText('Add person Ona Vesk');
  await expect(historyRegion(ben)).toContainText('by Ana');

  // an edit each way arrives
  await addEntity(ben, 'Ivo Marr');
  await expect(graph(ana)).toHaveAttribute('aria-label', counts(2));
  await addEntity(ana, 'Lena Sorr');
  await expect(graph(ben)).toHaveAttribute('aria-label', counts(3));
  await expect(historyRegion(ana)).toContainText(/Add person Ivo Marr\s*by Someone/);
  await expect(historyRegion(ana)).toContainText(/Add person Lena Sorr\s*by you/);

  // Undo takes back only Ben's own change, though Ana's is the latest: then he has none left
  await expect(undoButton(ben)).toHaveAccessibleDescription('Undo: Add person Ivo Marr');
  await undoButton(ben).click();
  await expect(graph(ben)).toHaveAttribute('aria-label', counts(2));
  await expect(graph(ana)).toHaveAttribute('aria-label', counts(2));
  await expect(undoButton(ben)).toBeDisabled();
  await expect(undoButton(ben)).toHaveAccessibleDescription('Nothing to undo');
  await expect(undoButton(ana)).toHaveAccessibleDescription('Undo: Add person Lena Sorr');

  // the read-only link opens the story and says so; what would change it is disabled, with why
  const cy = await open(browser, read);
  await expect(graph(cy)).toHaveAttribute('aria-label', counts(2));
  await expect(status(cy)).toHaveText('Read only');
  await expect(cy.locator('.read-only-note')).toBeVisible();
  await expect(cy.locator('.read-only-note')).toHaveText(
    /^Read only: .* opened from a read-only link/,
  );
  for (const name of ['Add entity', 'Add source…', 'Undo', 'Redo', 'Reset workspace'])
    await expect(cy.getByRole('button', { name, exact: true })).toBeDisabled();
  await expect(cy.getByRole('button', { name: 'Add entity' })).toHaveAccessibleDescription(
    /^Read only/,
  );
  await searchBox(cy).fill('Ona Vesk');
  await searchBox(cy).press('Enter');
  await expect(heading(cy)).toHaveText('Ona Vesk');
  for (const name of ['Edit', 'Merge into…', 'Add relation', 'Delete entity'])
    await expect(details(cy).getByRole('button', { name, exact: true })).toBeDisabled();
  await saveScreenshot(cy, 'share-read-only');
  // the keys change nothing either, and the others' changes still arrive
  await cy.locator('body').press('Control+z');
  await addEntity(ana, 'Tam Roe');
  await expect(graph(cy)).toHaveAttribute('aria-label', counts(3));
  await expect(graph(ben)).toHaveAttribute('aria-label', counts(3));
  await cy.context().close();

  // the server goes down: Ana keeps working, and her change arrives once it is back
  await stopServer(server);
  await expect(status(ana)).toHaveText('Offline: your changes are kept and will be sent');
  await addEntity(ana, 'Pia Lund');
  await expect(graph(ana)).toHaveAttribute('aria-label', counts(4));
  server = await startServer(port, dataDir);
  await expect(status(ana)).toHaveText('Connected', { timeout: 30_000 });
  await expect(graph(ben)).toHaveAttribute('aria-label', counts(4), { timeout: 30_000 });

  // reopening the page connects the kept workspace to its story again
  await ben.reload();
  await expect(status(ben)).toHaveText('Connected');
  await expect(graph(ben)).toHaveAttribute('aria-label', counts(4));
  await addEntity(ben, 'Rolf Ide');
  await expect(graph(ana)).toHaveAttribute('aria-label', counts(5));

  // a look at the dialog and People here at 1400 px (with PARLEY_SCREENSHOTS=1)
  await ana.getByRole('button', { name: 'Share…' }).click();
  await saveScreenshot(ana, 'share-dialog');
  await ana.context().close();
  await ben.context().close();
});

test('three people on one story: each sees the others and their edits; edits at once all kept', async ({
  browser,
}) => {
  const { ana, edit } = await sharedStory(browser, 'The river survey');
  const [ben, cy] = await Promise.all([open(browser, edit), open(browser, edit)]);
  for (const [page, name] of [
    [ben, 'Ben'],
    [cy, 'Cy'],
  ] as const)
    await (await giveName(page, name)).getByRole('button', { name: 'Close' }).click();
  await expectPeople(ana, ['Ben', 'Cy']);
  await expectPeople(ben, ['Ana', 'Cy']);
  await expectPeople(cy, ['Ana', 'Ben']);

  // all three add an entity at the same moment: every one of them is kept, everywhere
  await Promise.all([
    addEntity(ana, 'Ada Lark'),
    addEntity(ben, 'Bo Fenn'),
    addEntity(cy, 'Cas Wren'),
  ]);
  for (const page of [ana, ben, cy])
    await expect(graph(page)).toHaveAttribute('aria-label', counts(4));
  for (const label of ['Ada Lark', 'Bo Fenn', 'Cas Wren'])
    await expect(historyRegion(ana)).toContainText(label);
  await expect(historyRegion(cy)).toContainText(/Add person Bo Fenn\s*by Ben/);
  for (const page of [ana, ben, cy]) await page.context().close();
});

test('two tabs of one browser on a shared story: changes made at once in each are both kept', async ({
  browser,
}) => {
  const { ana, edit } = await sharedStory(browser, 'The bridge vote');
  const second = await openIn(ana.context(), edit);
  await expect(graph(second)).toHaveAttribute('aria-label', counts(1));
  await expect(status(second)).toHaveText('Connected');

  await Promise.all([addEntity(ana, 'Ula Brand'), addEntity(second, 'Vik Haar')]);
  for (const page of [ana, second])
    await expect(graph(page)).toHaveAttribute('aria-label', counts(3));
  for (const label of ['Ula Brand', 'Vik Haar'])
    await expect(historyRegion(second)).toContainText(label);
  // a reload restores both from what was saved in this browser
  await second.reload();
  await expect(graph(second)).toHaveAttribute('aria-label', counts(3));
  await ana.context().close();
});
