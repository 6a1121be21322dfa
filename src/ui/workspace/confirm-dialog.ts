// A modal confirmation for the workspace's destructive actions (Reset workspace, Delete): focus
// starts on Cancel and goes back to the opener when the dialog closes.
import { el } from '../dom';

/** Resolves true when the person confirms. */
export function confirmDialog(title: string, text: string, confirm: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = el(
      'dialog',
      { className: 'confirm-dialog', attrs: { 'aria-labelledby': 'confirm-title' } },
      [
        el('h2', { id: 'confirm-title', text: title }),
        el('p', { text }),
        el('div', { className: 'dialog-actions' }, [
          el('button', {
            className: 'small-button primary-button',
            text: confirm,
            attrs: { type: 'button', value: 'confirm' },
            on: { click: () => dialog.close('confirm') },
          }),
          el('button', {
            className: 'small-button',
            text: 'Cancel',
            attrs: { type: 'button' },
            on: { click: () => dialog.close('cancel') },
          }),
        ]),
      ],
    );
    const opener = document.activeElement as HTMLElement | null;
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'confirm');
      dialog.remove();
      opener?.focus();
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('button:last-child')?.focus();
  });
}
