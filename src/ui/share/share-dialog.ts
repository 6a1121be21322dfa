// The Share… button and its dialog: the links to give (read-only textboxes `Edit link` and
// `Read-only link`, selected on focus so they copy at once) and `Stop sharing`. Opening it on a
// story not shared yet starts sharing; while that runs it says so, and a failure is shown in the
// dialog with the reason. A person who opened a read-only link sees only that link.
import { el } from '../dom';

export type ShareLinks = { edit: string | null; read: string };

export type ShareDialogDeps = {
  /** The links of the story shown, or null when it is not shared. */
  links(): ShareLinks | null;
  /** Shares the current workspace; resolves with its links. */
  share(): Promise<ShareLinks>;
  stop(): Promise<void>;
  /** The name the others see beside this person's changes and in People here. */
  name(): string;
  setName(name: string): void;
};

function linkField(label: string) {
  const input = el('input', { attrs: { type: 'text', readonly: true, spellcheck: 'false' } });
  input.addEventListener('focus', () => input.select());
  const row = el('label', { className: 'share-link' }, [el('span', { text: label }), input]);
  return { row, input };
}

export function mountShareDialog(root: HTMLElement, deps: ShareDialogDeps): () => void {
  const edit = linkField('Edit link');
  const read = linkField('Read-only link');
  const state = el('p', { className: 'share-state', attrs: { role: 'status' } });
  const problem = el('p', { className: 'share-problem', attrs: { role: 'alert' } });
  const name = el('input', { attrs: { type: 'text', maxlength: 100, autocomplete: 'nickname' } });
  const nameRow = el('label', { className: 'share-name' }, [
    el('span', { text: 'Your name' }),
    name,
  ]);
  const stop = el('button', { text: 'Stop sharing', attrs: { type: 'button' } });
  const close = el('button', { text: 'Close', attrs: { type: 'button' } });
  const dialog = el(
    'dialog',
    { className: 'share-dialog', attrs: { 'aria-labelledby': 'share-heading' } },
    [
      el('h2', { id: 'share-heading', text: 'Share this story' }),
      state,
      nameRow,
      edit.row,
      read.row,
      problem,
      el('div', { className: 'dialog-buttons' }, [stop, close]),
    ],
  );
  const open = el('button', {
    className: 'toolbar-button',
    text: 'Share…',
    attrs: { type: 'button', 'aria-haspopup': 'dialog' },
  });
  root.append(open, dialog);

  const show = (links: ShareLinks | null, busy: string | null) => {
    state.textContent =
      busy ?? (links ? 'Anyone with a link can open this story.' : 'This story is not shared.');
    edit.row.hidden = !links?.edit;
    edit.input.value = links?.edit ?? '';
    read.row.hidden = !links?.read;
    read.input.value = links?.read ?? '';
    stop.hidden = !links?.edit;
    stop.disabled = busy !== null;
  };
  const fail = (error: unknown) => {
    problem.textContent = error instanceof Error ? error.message : String(error);
    show(deps.links(), null);
  };

  const onOpen = () => {
    problem.textContent = '';
    name.value = deps.name();
    dialog.showModal();
    const links = deps.links();
    if (links) return show(links, null);
    show(null, 'Creating the links…');
    deps.share().then((created) => show(created, null), fail);
  };
  const onStop = () => {
    show(deps.links(), 'Stopping…');
    deps
      .stop()
      .then(() => show(null, 'Sharing stopped: the links no longer open this story.'), fail);
  };
  const onClose = () => dialog.close();
  const onName = () => deps.setName(name.value.trim());
  name.addEventListener('change', onName);
  open.addEventListener('click', onOpen);
  stop.addEventListener('click', onStop);
  close.addEventListener('click', onClose);
  return () => {
    open.removeEventListener('click', onOpen);
    stop.removeEventListener('click', onStop);
    close.removeEventListener('click', onClose);
    name.removeEventListener('change', onName);
    open.remove();
    dialog.remove();
  };
}
