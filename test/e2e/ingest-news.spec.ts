// Adding a news page as it is pasted from a site: the page's date line fills "Publication date",
// the caption, its photo credit, the byline and the dateline propose nothing, and the talks the
// article reports are proposed as an event with every participant, the delegation included.
import { expect, test } from '@playwright/test';
import { openExplorer, proposalsPanel } from './helpers';

/** An invented article: a caption with a photographer's credit, a byline, a dateline, a
 * delegation led by one minister and a member named in the next paragraph. */
const ARTICLE = `Canada and Japan open trade talks in Osaka
Published: 14 Mar. 2025, 08:30
Trade Minister Ilse Garrow greets officials before the talks. (Photo: Marta Velk / Northwind)
By Lena Hart

OSAKA (NP) — A Canadian delegation led by Trade Minister Ilse Garrow held talks with Japanese Trade Secretary Pavel Demir and Finance Minister Aiko Sato on Thursday.

Rolf Decker, Canada's customs chief, was also part of the Canadian delegation.
`;

const EVENT = 'Ilse Garrow–Pavel Demir–Aiko Sato talks in Osaka, 13 March 2025';

const expected: Array<[string, string]> = [
  ['the event itself', `Accept: ${EVENT} (new event)`],
  ['the delegation leader', `Accept: Ilse Garrow took part in ${EVENT}`],
  ['each party across the table', `Accept: Pavel Demir took part in ${EVENT}`],
  ['', `Accept: Aiko Sato took part in ${EVENT}`],
  [
    'the delegation named a paragraph later',
    `Accept: Rolf Decker took part (delegation) in ${EVENT}`,
  ],
];

test('a pasted news page proposes its event with every participant and nothing from its caption', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await page.getByLabel('Article text').fill(ARTICLE);
  // the page's own date line, shown and editable
  await expect(dialog.getByLabel('Publication date')).toHaveValue('2025-03-14');
  await dialog.getByRole('button', { name: 'Read article' }).click();
  await expect(dialog).toBeHidden();
  const panel = proposalsPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Proposals from pasted text', {
    timeout: 60_000,
  });
  for (const [, name] of expected) await expect(panel.getByRole('button', { name })).toHaveCount(1);
  // the caption's photographer, the credit's agency, the byline and the dateline are no actors
  await expect(panel).not.toContainText(/Marta Velk|Northwind|Lena Hart|OSAKA \(NP\)/);
});
