// The Details panel's header: an eyebrow (what is shown), the heading that takes focus when the
// panel is opened, and the button that clears the selection.
import { el } from '../dom';

export type HeaderParts = {
  /** The line above the heading, with its class (the entity's kind colours it). */
  eyebrow?: { text: string; className: string };
  title: string;
  /** Clears the selection; without it, no close button (nothing is selected). */
  onClose?: () => void;
};

export function detailsHeader({ eyebrow, title, onClose }: HeaderParts): HTMLElement {
  return el('header', { className: 'details-header' }, [
    eyebrow ? el('p', { className: eyebrow.className, text: eyebrow.text }) : null,
    el('h2', { text: title, attrs: { tabindex: -1 } }),
    onClose
      ? el('button', {
          className: 'close-button',
          text: '×',
          attrs: {
            type: 'button',
            'aria-label': 'Clear selection',
            title: 'Clear selection (Esc)',
          },
          on: { click: onClose },
        })
      : null,
  ]);
}
