// A modal dialog holding one form: its fields with their labels, a problem line (role=alert) that
// says why the form was refused, the submit button and Cancel. Enter submits, Escape closes, focus
// goes to the first field on opening and back to the opener on closing. `submit` answers null
// when done (the dialog closes) or the problem to show (the dialog stays, nothing changed).
import { el } from '../dom';

let dialogs = 0;
/** A unique id for a field of a form built now. */
export const fieldId = (name: string) => `author-${name}-${++dialogs}`;

export type Field = { label: string; control: HTMLElement; hint?: string };

export function labelled({ label, control, hint }: Field): HTMLElement[] {
  const parts: HTMLElement[] = [el('label', { text: label, attrs: { for: control.id } }), control];
  if (hint) {
    const hintId = `${control.id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    parts.push(el('p', { className: 'muted field-hint', id: hintId, text: hint }));
  }
  return parts;
}

export function textInput(name: string, value = '', attrs: Record<string, string> = {}) {
  return el('input', { id: fieldId(name), attrs: { type: 'text', value, ...attrs } });
}

export function textArea(name: string, value = '', rows = 3) {
  const area = el('textarea', { id: fieldId(name), attrs: { rows } });
  area.value = value;
  return area;
}

export function select(name: string, options: ReadonlyArray<[string, string]>, value = '') {
  const control = el(
    'select',
    { id: fieldId(name) },
    options.map(([v, text]) => el('option', { text, attrs: { value: v } })),
  );
  if (value) control.value = value;
  return control;
}

export function checkbox(name: string, checked: boolean) {
  const box = el('input', { id: fieldId(name), attrs: { type: 'checkbox' } });
  box.checked = checked;
  return box;
}

/** A checkbox with its label after it, on one line. */
export function checkboxRow(label: string, box: HTMLInputElement): HTMLElement {
  return el('div', { className: 'checkbox-row' }, [
    box,
    el('label', { text: label, attrs: { for: box.id } }),
  ]);
}

export type FormDialogOptions = {
  title: string;
  /** Said under the title. */
  intro?: string;
  body: Array<HTMLElement | null>;
  submitText: string;
  submit(): string | null;
  /** After a done submit that keeps the dialog open for the next one (Add entity). */
  keepOpen?: boolean;
  onClose?(): void;
};

export type FormDialog = { dialog: HTMLDialogElement; problem: HTMLElement; close(): void };

export function openFormDialog(options: FormDialogOptions): FormDialog {
  const opener = document.activeElement as HTMLElement | null;
  const titleId = fieldId('title');
  const problem = el('p', { className: 'dialog-problem', attrs: { role: 'alert' } });
  const form = el('form', { className: 'author-form', attrs: { 'aria-labelledby': titleId } }, [
    ...options.body,
    problem,
    el('div', { className: 'dialog-actions' }, [
      el('button', {
        className: 'small-button primary-button',
        text: options.submitText,
        attrs: { type: 'submit' },
      }),
      el('button', {
        className: 'small-button',
        text: 'Cancel',
        attrs: { type: 'button' },
        on: { click: () => dialog.close() },
      }),
    ]),
  ]);
  const dialog = el(
    'dialog',
    { className: 'article-dialog author-dialog', attrs: { 'aria-labelledby': titleId } },
    [
      el('h2', { id: titleId, text: options.title }),
      options.intro ? el('p', { className: 'muted', text: options.intro }) : null,
      form,
    ],
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const refused = options.submit();
    if (refused) {
      problem.textContent = refused;
      return;
    }
    problem.textContent = '';
    if (!options.keepOpen) dialog.close();
  });
  form.addEventListener('input', () => {
    problem.textContent = '';
  });
  // Enter on a select submits too, as it does in a text field: a form filled by keyboard need
  // not Tab to its button
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'SELECT') {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    options.onClose?.();
    if (opener?.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  form.querySelector<HTMLElement>('input, select, textarea')?.focus();
  return { dialog, problem, close: () => dialog.close() };
}
