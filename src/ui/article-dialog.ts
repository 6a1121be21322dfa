// The "Add article…" control: a toolbar button opening a modal dialog with a textarea labelled
// "Article text", a "Publication date" field (filled in, editable, when the pasted page carries
// its own date line) and a "Read article" button (Ctrl+Enter too); and the messages an article's
// reading shows in the import's alert region: progress with Cancel, or a problem naming the file.
import { findPageDate } from '../ingest/extract/page-date';
import { articleTextProblem } from '../ingest/ingest-in-worker';
import { el } from './dom';

/** What the reading of pasted text is called in messages, where a file would be named. */
export const PASTED_TEXT = 'pasted text';

export type ArticleDialog = { focusButton(): void; dispose(): void };

const HINT = 'Lets weekdays in the article ("on Saturday") become dates; unknown stays unknown.';

/** The dialog's fields: the text, its publication date (taken from the page unless the person
 * typed one) with its hint, and the line that says why the text cannot be read. */
function createFields() {
  const textarea = el('textarea', {
    className: 'article-text',
    id: 'article-text',
    attrs: { rows: 12, spellcheck: false },
  });
  // the publication date turns "on Saturday" into a date; without it such dates stay unknown
  const published = el('input', {
    className: 'article-published',
    id: 'article-published',
    attrs: { type: 'date', 'aria-describedby': 'article-published-hint' },
  });
  const hint = el('p', { className: 'muted', id: 'article-published-hint', text: HINT });
  const problem = el('p', { className: 'dialog-problem', attrs: { role: 'alert' } });
  // the date last taken from the page, so that a date the person typed is never overwritten
  let pageDate = '';
  return {
    textarea,
    published,
    hint,
    problem,
    /** The text changed: the date follows the page's, unless the person typed another. */
    followPage() {
      if (published.value !== '' && published.value !== pageDate) return;
      const found = findPageDate(textarea.value) ?? '';
      published.value = found;
      pageDate = found;
      hint.textContent = found ? `Found on the page: ${found} (you can change it). ${HINT}` : HINT;
    },
    reset() {
      textarea.value = '';
      published.value = '';
      pageDate = '';
      hint.textContent = HINT;
    },
  };
}

type Fields = ReturnType<typeof createFields>;

function createDialog(fields: Fields, submit: () => void): HTMLDialogElement {
  const dialog = el(
    'dialog',
    { className: 'article-dialog', attrs: { 'aria-labelledby': 'article-dialog-title' } },
    [
      el('h2', { id: 'article-dialog-title', text: 'Add an article' }),
      el('p', {
        className: 'muted',
        text: 'Paste a news article (its first line is taken as the title), or drop a .txt file on the page. Parley proposes the entities and interactions it finds; nothing joins the graph until you accept it.',
      }),
      el('label', { text: 'Article text', attrs: { for: 'article-text' } }),
      fields.textarea,
      // named "Publication date"; the older wording stays for those who look for it
      el('label', { attrs: { for: 'article-published' } }, [
        'Publication date',
        el('span', { className: 'muted', text: ' · published on (optional)' }),
      ]),
      fields.published,
      fields.hint,
      fields.problem,
      el('div', { className: 'dialog-actions' }, [
        el('button', {
          className: 'small-button primary-button',
          text: 'Read article',
          attrs: { type: 'button' },
          on: { click: submit },
        }),
        el('button', {
          className: 'small-button',
          text: 'Cancel',
          attrs: { type: 'button' },
          on: { click: () => dialog.close() },
        }),
      ]),
    ],
  );
  return dialog;
}

export function mountArticleDialog(
  buttonRoot: HTMLElement,
  onRead: (fileName: string, text: string, published: string | null) => void,
): ArticleDialog {
  const fields = createFields();
  const { textarea, published, problem } = fields;
  const dialog = createDialog(fields, submit);
  function submit() {
    const reason = articleTextProblem(textarea.value);
    if (reason) {
      problem.textContent = `Cannot read the ${PASTED_TEXT}: ${reason}.`;
      textarea.focus();
      return;
    }
    const text = textarea.value;
    const date = published.value || null;
    dialog.close();
    fields.reset();
    onRead(PASTED_TEXT, text, date);
  }
  textarea.addEventListener('input', () => {
    problem.textContent = '';
    fields.followPage();
  });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  });
  const button = el('button', {
    className: 'toolbar-button',
    text: 'Add article…',
    attrs: {
      type: 'button',
      title: 'Read a news article and review the entities and interactions it proposes',
      'aria-haspopup': 'dialog',
    },
    on: {
      click: () => {
        problem.textContent = '';
        dialog.showModal();
        textarea.focus();
      },
    },
  });
  buttonRoot.append(button);
  document.body.append(dialog);
  return {
    focusButton: () => button.focus(),
    dispose() {
      if (dialog.open) dialog.close();
      button.remove();
      dialog.remove();
    },
  };
}
