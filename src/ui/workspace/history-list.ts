// The History in the Tools panel: the workspace's changes, newest first, each with when it was
// made (and undone), and in a shared story who made it. Built once; `update` redraws the list.
import type { AppState } from '../../state/app-state';
import { authorOf } from '../../state/shared-view';
import { el, replaceChildren } from '../dom';
import { whenText } from './when-text';

/** The line under a change: by whom (when known), undone or not, and when. */
export function historyTimeText(
  item: { done: boolean; at: string },
  author: string | null,
): string {
  const time = item.done ? whenText(item.at) : `undone · ${whenText(item.at)}`;
  return author === null ? time : `by ${author} · ${time}`;
}

export function historySection(): { element: HTMLElement; update(state: AppState): void } {
  const list = el('ol', { className: 'history-list', attrs: { reversed: true } });
  const empty = el('p', {
    className: 'muted',
    text: 'No changes yet: accepted proposals, merges and edits will be listed here.',
  });
  const element = el('section', { className: 'history', attrs: { 'aria-label': 'History' } }, [
    el('h3', { text: 'History' }),
    empty,
    list,
  ]);
  function update(state: AppState) {
    const { items } = state.history;
    empty.hidden = items.length > 0;
    replaceChildren(
      list,
      [...items].reverse().map((item) =>
        el('li', { className: item.done ? 'history-item' : 'history-item undone' }, [
          el('span', { className: 'history-label', text: item.label }),
          el('span', {
            className: 'muted history-time',
            text: historyTimeText(item, authorOf(state, item.id)),
          }),
        ]),
      ),
    );
  }
  return { element, update };
}
