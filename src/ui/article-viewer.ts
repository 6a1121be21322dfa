// Evidence in context: an article kept in the workspace, shown in a modal dialog with the
// sentence a quote comes from marked and scrolled into view (or, opened from the Sources list,
// the article as kept). Selecting text in it shows `Add relation from selection` and
// `Add as evidence…`, which close the viewer and open their form with the quote (whole words, at
// most the schema's limit) and its source filled in. With these actions the text is a focusable
// region where the keyboard selects too (sentences with the arrow keys, words with Shift); a
// source opened as kept opens with focus in it. "Back" (or Escape) closes it and returns focus
// to the button that opened it, so the person is where they were.
import { quoteFromSelection } from '../workspace/commands';
import type { ArticleText } from '../workspace/review';
import { sentenceOfQuote } from '../workspace/review';
import { mountSentenceKeys } from './article-keys';
import { el } from './dom';

/** What the viewer offers for a selection in a source's text. */
export type SelectionActions = {
  sourceId: string;
  addRelation(quote: string, sourceId: string): void;
  addEvidence(quote: string, sourceId: string): void;
};

/** The text a range covers, a space between its sentences (each a paragraph): the range's own
 * string runs the last word of one into the first of the next. */
function rangeText(range: Range): string {
  let text = '';
  for (const node of range.cloneContents().childNodes) {
    const part = node.textContent ?? '';
    text += node.nodeName === 'P' && text ? ` ${part}` : part;
  }
  return text;
}

/** The quote the selection makes within `body` (a selection running past it is cut at its
 * edge, as a triple-click on the last paragraph does), or ''. */
function selectedQuote(body: HTMLElement): string {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return '';
  const range = selection.getRangeAt(0).cloneRange();
  const inBody = (node: Node) => body.contains(node);
  if (!inBody(range.startContainer) && !inBody(range.endContainer)) return '';
  if (!inBody(range.startContainer)) range.setStart(body, 0);
  if (!inBody(range.endContainer)) range.setEnd(body, body.childNodes.length);
  const textAround = (node: Node, offset: number, side: 'before' | 'after') => {
    if (node.nodeType !== Node.TEXT_NODE) return '';
    const text = node.textContent ?? '';
    return side === 'before' ? text.slice(0, offset) : text.slice(offset);
  };
  return quoteFromSelection(
    rangeText(range),
    textAround(range.startContainer, range.startOffset, 'before'),
    textAround(range.endContainer, range.endOffset, 'after'),
  );
}

function selectionBar(body: HTMLElement, dialog: HTMLDialogElement, actions: SelectionActions) {
  let quote = '';
  // the form opens once the viewer has closed and given focus back, so focus stays in the form
  const run = (action: (quote: string, sourceId: string) => void) => () => {
    const chosen = quote;
    dialog.addEventListener('close', () => action(chosen, actions.sourceId), { once: true });
    dialog.close();
  };
  const bar = el('div', { className: 'selection-actions', attrs: { hidden: true } }, [
    el('button', {
      className: 'small-button primary-button',
      text: 'Add relation from selection',
      attrs: { type: 'button' },
      on: { click: run(actions.addRelation) },
    }),
    el('button', {
      className: 'small-button',
      text: 'Add as evidence…',
      attrs: { type: 'button', 'aria-haspopup': 'dialog' },
      on: { click: run(actions.addEvidence) },
    }),
  ]);
  const hint = el('p', {
    className: 'muted',
    attrs: { 'aria-live': 'polite' },
    text: 'Select words in the text to quote them as evidence.',
  });
  const keys = el('p', {
    className: 'muted field-hint',
    id: 'article-viewer-keys',
    text: 'By keyboard: Arrow Down or Up selects a sentence, with Shift the next one too; Shift+Arrow Right or Left moves the end by a word, Alt+Shift+Arrow the start; then Tab to the actions.',
  });
  const follow = () => {
    const next = selectedQuote(body);
    if (!next) return; // a click on a button collapses nothing it needs: keep the last quote
    quote = next;
    bar.hidden = false;
    hint.textContent = `Selected: “${quote.length > 80 ? `${quote.slice(0, 79)}…` : quote}”`;
  };
  document.addEventListener('selectionchange', follow);
  dialog.addEventListener('close', () => document.removeEventListener('selectionchange', follow));
  return [keys, hint, bar];
}

/** Makes the text a region the keyboard can select in (see article-keys). */
function selectableByKeyboard(body: HTMLElement, dialog: HTMLDialogElement, marked: number) {
  body.tabIndex = 0;
  body.setAttribute('role', 'region');
  body.setAttribute('aria-label', 'Text to quote');
  body.setAttribute('aria-describedby', 'article-viewer-keys');
  const unmount = mountSentenceKeys(body, marked);
  dialog.addEventListener('close', unmount, { once: true });
}

export function showArticle(
  article: ArticleText,
  quote: string,
  opener: HTMLElement | null,
  actions?: SelectionActions,
): void {
  const marked = quote ? sentenceOfQuote(article.sentences, quote) : -1;
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
    [el('h2', { id: 'article-viewer-title', text: article.title })],
  );
  const note = !quote
    ? `${article.fileName}: the article as kept.`
    : marked === -1
      ? `${article.fileName}: the quote could not be found in the text as read.`
      : `${article.fileName}: the quoted sentence is marked.`;
  dialog.append(
    el('p', { className: 'muted', text: note }),
    body,
    ...(actions ? selectionBar(body, dialog, actions) : []),
    el('div', { className: 'dialog-actions' }, [
      el('button', {
        className: 'small-button',
        text: 'Back',
        attrs: { type: 'button', 'aria-label': quote ? 'Back to the relation' : 'Back' },
        on: { click: () => dialog.close() },
      }),
    ]),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  if (actions) selectableByKeyboard(body, dialog, marked);
  document.body.append(dialog);
  dialog.showModal();
  body.querySelector('mark')?.scrollIntoView({ block: 'center' });
  // a source opened to quote from starts in its text; a quote's context on Back (the text is a
  // Shift+Tab away)
  const first =
    actions && !quote ? body : dialog.querySelector<HTMLButtonElement>('.dialog-actions button');
  first?.focus({ preventScroll: true });
}
