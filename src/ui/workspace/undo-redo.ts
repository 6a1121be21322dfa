// Undo and Redo in the top bar (and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y), each described by the
// change it acts on. In a shared story they act on this person's own changes; on a read-only link
// they are disabled, saying why. Built once; `update` pushes the state into them.
import type { AppState } from '../../state/app-state';
import { editBlock, undoRedo } from '../../state/shared-view';
import type { Store } from '../../state/store';
import { el } from '../dom';

export type UndoRedoDeps = { store: Store<AppState>; undo(): void; redo(): void };
export type UndoRedoButtons = { update(state: AppState): void; dispose(): void };

/** What the buttons say: the change each would act on, nothing to act on, or why not here. */
export function undoRedoTexts(state: AppState): { undo: string; redo: string } {
  const { undo, redo } = undoRedo(state);
  const blocked = editBlock(state);
  return {
    undo: blocked ?? (undo ? `Undo: ${undo}` : 'Nothing to undo'),
    redo: blocked ?? (redo ? `Redo: ${redo}` : 'Nothing to redo'),
  };
}

type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The shortcut a key press is: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y redo, or none. */
export function undoRedoShortcut(event: Keys): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

export function mountUndoRedo(root: HTMLElement, deps: UndoRedoDeps): UndoRedoButtons {
  const { store } = deps;
  // only when there is something of this person's to act on (the keys work without the buttons)
  const run = (which: 'undo' | 'redo') => {
    if (undoRedo(store.get())[which] !== null) deps[which]();
  };
  const describer = (id: string) => el('span', { id, className: 'visually-hidden' });
  const undoText = describer('undo-description');
  const redoText = describer('redo-description');
  // compact in the crowded top bar: an arrow, named Undo and Redo for assistive technology
  const button = (which: 'undo' | 'redo', arrow: string, keys: string, text: HTMLElement) =>
    el('button', {
      className: 'toolbar-button icon-button',
      text: arrow,
      attrs: {
        type: 'button',
        'aria-label': which === 'undo' ? 'Undo' : 'Redo',
        'aria-describedby': text.id,
        'aria-keyshortcuts': keys,
      },
      on: { click: () => run(which) },
    });
  const undoButton = button('undo', '↶', 'Control+Z Meta+Z', undoText);
  const redoButton = button('redo', '↷', 'Control+Shift+Z Meta+Shift+Z Control+Y', redoText);
  const group = el(
    'div',
    { className: 'history-buttons', attrs: { role: 'group', 'aria-label': 'Undo and redo' } },
    [undoButton, redoButton, undoText, redoText],
  );
  root.append(group);

  const onKeyDown = (event: KeyboardEvent) => {
    const which = undoRedoShortcut(event);
    if (which === null) return;
    // in a text box, the box's own undo
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, [contenteditable="true"], dialog')) return;
    event.preventDefault();
    run(which);
  };
  document.addEventListener('keydown', onKeyDown);

  return {
    update(state) {
      const { undo, redo } = undoRedo(state);
      const texts = undoRedoTexts(state);
      undoButton.disabled = undo === null;
      redoButton.disabled = redo === null;
      undoButton.setAttribute('aria-disabled', String(undo === null));
      redoButton.setAttribute('aria-disabled', String(redo === null));
      undoText.textContent = texts.undo;
      redoText.textContent = texts.redo;
      undoButton.title = `${texts.undo} (Ctrl+Z)`;
      redoButton.title = `${texts.redo} (Ctrl+Shift+Z)`;
    },
    dispose() {
      document.removeEventListener('keydown', onKeyDown);
      group.remove();
    },
  };
}
