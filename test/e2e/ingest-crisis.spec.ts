// Reading news beyond trade in the browser: an invented article about a made-up crisis, pasted
// into "Add article…", proposes its main event (the meeting of the two leaders its lead names,
// with both as participants), reads "the two leaders" further down as those two, and proposes the
// air strikes it reports as a military action.
import { expect, test } from '@playwright/test';
import { openExplorer, pasteArticle } from './helpers';

/** An invented article: the people, the crisis and the news outlet are made up. */
const ARTICLE = `Leaders of Iceland and Malta meet in Geneva as harbour crisis deepens
Published: 14 Mar. 2025, 08:30
By Lena Hart

GENEVA (NP) — Icelandic Prime Minister Tomas Varga met Maltese President Ilse Marek in Geneva on Thursday, two days after Iceland launched air strikes on Malta.

The two leaders agreed to reopen their embassies.
`;

const EVENT = 'Tomas Varga–Ilse Marek meeting in Geneva, 13 March 2025';

test('a pasted crisis article proposes its main event with participants and a military action', async ({
  page,
}) => {
  // the article is read in a worker: on a busy machine that takes a while
  test.slow();
  await openExplorer(page);
  const panel = await pasteArticle(page, ARTICLE);
  // the main event, with both leaders as its participants
  await expect(panel.getByRole('button', { name: `Accept: ${EVENT} (new event)` })).toHaveCount(1);
  for (const person of ['Tomas Varga', 'Ilse Marek'])
    await expect(
      panel.getByRole('button', { name: `Accept: ${person} took part in ${EVENT}` }),
    ).toHaveCount(1);
  // "the two leaders" further down are the same two people
  await expect(
    panel.getByRole('button', {
      name: 'Accept: Tomas Varga agreed to reopen their embassies with Ilse Marek',
    }),
  ).toHaveCount(1);
  // the strikes, read as what they are
  const strike = panel
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Accept: Iceland attacked Malta' }) });
  await expect(strike).toHaveCount(1);
  await expect(strike).toContainText('military-action');
  await expect(panel).not.toContainText(/Lena Hart|GENEVA \(NP\)/);
});
