// An office holder named by surname alone in a pasted article is proposed under their full name
// with their post, and the tie to their country is said to come from general knowledge, not from
// the sentence, so that the person checks it against what they know.
import { expect, test } from '@playwright/test';
import { openExplorer, pasteArticle, saveScreenshot } from './helpers';

/** An invented article about real office holders. */
const ARTICLE = `Ukraine to send a delegation to the next round
Published: 2 Jun. 2025, 08:30

Zelenskiy said on Monday that Ukraine would send a delegation to the next round of talks.
`;

test('a surname the reader knows is proposed as the person, with a tie from general knowledge', async ({
  page,
}) => {
  test.slow();
  await openExplorer(page);
  const panel = await pasteArticle(page, ARTICLE);
  await expect(
    panel.getByRole('button', { name: 'Accept: Volodymyr Zelensky (new person)' }),
  ).toHaveCount(1);
  await expect(panel).toContainText('Volodymyr Zelensky, a new person (President of Ukraine)');
  const tie = panel.getByRole('listitem').filter({ hasText: 'is President of' });
  await expect(tie).toContainText(
    'known:post · from general knowledge, not stated in the sentence',
  );
  await expect(panel).not.toContainText('Zelenskiy, a new');
  await saveScreenshot(page, 'known-people');
});
