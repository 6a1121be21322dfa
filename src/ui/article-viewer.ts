// Evidence in context: an article read into the workspace, shown in a modal dialog with the
// sentence a quote comes from marked and scrolled into view. "Back" (or Escape) closes it and
// returns focus to the quote's button, so the person is where they were.
import type { ArticleText } from '../workspace/review';
import { sentenceOfQuote } from '../workspace/review';
import { el } from './dom';

export function showArticle(article: ArticleText, quote: string, opener: HTMLElement | null): void {
  const marked = sentenceOfQuote(article.sentences, quote);
  const body = el(
    'div',
    { className: 'article-body' },
    article.sentences.map((sentence, i) =>
      i === marked
        ? el('p', {}, [el('mark', { text: sentence, attrs: { 'aria-current': 'true' } })])
        : el('p', { text: sentence }),
    ),
  );
  const dialog = el(
    'dialog',
    { className: 'article-viewer', attrs: { 'aria-labelledby': 'article-viewer-title' } },
    [
      el('h2', { id: 'article-viewer-title', text: article.title }),
      el('p', {
        className: 'muted',
        text:
          marked === -1
            ? `${article.fileName}: the quote could not be found in the text as read.`
            : `${article.fileName}: the quoted sentence is marked.`,
      }),
      body,
      el('div', { className: 'dialog-actions' }, [
        el('button', {
          className: 'small-button primary-button',
          text: 'Back',
          attrs: { type: 'button', 'aria-label': 'Back to the relation' },
          on: { click: () => dialog.close() },
        }),
      ]),
    ],
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  const mark = body.querySelector('mark');
  mark?.scrollIntoView({ block: 'center' });
  dialog.querySelector<HTMLButtonElement>('button')?.focus();
}
