// A saved web page picked in Import…: the browser reads the page for its article and proposes what
// the story says, not the page's menus, adverts, captions or byline; a page with no article in it
// is refused in the alert, naming the file. One invented page, one page load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openExplorer, pickFile, proposalsPanel } from './helpers';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

test("a picked .html page's article is read and its sentences proposed", async ({ page }) => {
  await openExplorer(page);

  await pickFile(page, 'page-no-article.html', fixture('page-no-article.html'), 'text/html');
  await expect(page.getByRole('alert')).toContainText(
    'page-no-article.html: no article was found in the page',
  );

  await pickFile(page, 'page-html.html', fixture('page-html.html'), 'text/html');
  const panel = proposalsPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Proposals from page-html.html',
    { timeout: 60_000 },
  );
  await expect(
    panel.getByRole('button', { name: /^Accept: .*Edda Kjelsen/ }).first(),
  ).toBeVisible();
  await expect(
    panel.getByRole('button', { name: /^Accept: .*Tomas Arbeno/ }).first(),
  ).toBeVisible();
  await expect(panel).toContainText('Norvanian Foreign Minister Edda Kjelsen met');
  for (const furniture of [/Ilse Marwood/, /Orrin Tamsk/, /Pelorin/, /Harbour Ledger\. All/])
    await expect(panel.getByText(furniture)).toHaveCount(0);
});
