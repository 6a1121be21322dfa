// The load status (loading, or an error panel with every problem) and the short notices
// (unknown link, export done) in a polite live region.
import { type AppState, showNotice } from '../state/app-state';
import type { Store } from '../state/store';
import { el, replaceChildren } from './dom';

const NOTICE_MS = 6000;

export function mountStatusAndNotices(
  statusRoot: HTMLElement,
  noticeRoot: HTMLElement,
  store: Store<AppState>,
): () => void {
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let noticeFrame = 0;

  function renderStatus(state: AppState) {
    const { status } = state;
    statusRoot.hidden = status.state === 'ready';
    statusRoot.setAttribute('aria-busy', String(status.state === 'loading'));
    if (status.state === 'loading') {
      replaceChildren(statusRoot, [
        el('div', { className: 'loading', attrs: { role: 'status' } }, [
          el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
          el('span', { text: status.message }),
        ]),
      ]);
    } else if (status.state === 'error') {
      replaceChildren(statusRoot, [
        el('div', { className: 'error-panel', attrs: { role: 'alert' } }, [
          el('h2', { text: status.title }),
          el(
            'ul',
            {},
            status.details.slice(0, 50).map((d) => el('li', { text: d })),
          ),
          status.details.length > 50
            ? el('p', { text: `…and ${status.details.length - 50} more.` })
            : null,
          el('button', {
            text: 'Try again',
            attrs: { type: 'button' },
            on: { click: () => window.location.reload() },
          }),
        ]),
      ]);
    }
  }

  function renderNotice(state: AppState) {
    noticeRoot.textContent = state.notice ?? '';
    noticeRoot.hidden = state.notice === null;
    clearTimeout(noticeTimer);
    cancelAnimationFrame(noticeFrame);
    if (state.notice !== null) {
      // the clock starts once the page has drawn two frames: a notice that comes with heavy work
      // (a big import's first render) is not gone before anyone could read it
      noticeFrame = requestAnimationFrame(() => {
        noticeFrame = requestAnimationFrame(() => {
          noticeTimer = setTimeout(() => store.update(showNotice(null)), NOTICE_MS);
        });
      });
    }
  }

  renderStatus(store.get());
  renderNotice(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.status !== previous.status) renderStatus(state);
    if (state.notice !== previous.notice) renderNotice(state);
  });
  return () => {
    unsubscribe();
    clearTimeout(noticeTimer);
    cancelAnimationFrame(noticeFrame);
  };
}
