// The alert region under the top bar (#import-alert): one owner, one message at a time: a problem
// (role=alert: a title, what stays as it was, the lines naming each place, actions such as
// Dismiss or Download) or progress (role=status, with its own actions such as Cancel). Whoever
// shows something gets a handle to clear it, which clears only if it is still what is shown, so
// a finished job never removes a newer message.
import { el, replaceChildren } from './dom';

export type AlertAction = { text: string; run(): void; label?: string };

export type AlertMessage = {
  title: string;
  /** What the person still has ("The graph you were exploring is unchanged."). */
  reassurance?: string;
  lines?: readonly string[];
  actions?: readonly AlertAction[];
};

export type AlertHandle = { clear(): void; readonly shown: boolean };

export type AlertRegion = {
  problem(message: AlertMessage): AlertHandle;
  /** Shows an element its owner built and keeps updating (a progress panel with its buttons). */
  show(element: HTMLElement): AlertHandle;
  /** Says what an operation changed: each change, in a disclosure named `title`. */
  report(title: string, lines: readonly string[]): AlertHandle;
  clear(): void;
};

const MAX_LINES = 30;

export function createAlertRegion(root: HTMLElement): AlertRegion {
  let current = 0;
  const clear = () => {
    current++;
    root.hidden = true;
    root.replaceChildren();
  };
  const handle = (id: number): AlertHandle => ({
    clear: () => {
      if (id === current) clear();
    },
    get shown() {
      return id === current;
    },
  });
  const button = (action: AlertAction, id: number) =>
    el('button', {
      className: 'small-button',
      text: action.text,
      attrs: { type: 'button', 'aria-label': action.label },
      on: {
        click: () => {
          if (id === current) clear();
          action.run();
        },
      },
    });
  return {
    problem(message) {
      const id = ++current;
      const lines = message.lines ?? [];
      root.hidden = false;
      replaceChildren(root, [
        el('div', { className: 'import-alert', attrs: { role: 'alert' } }, [
          el('h2', { text: message.title }),
          message.reassurance ? el('p', { text: message.reassurance }) : null,
          lines.length > 0
            ? el(
                'ul',
                {},
                lines.slice(0, MAX_LINES).map((line) => el('li', { text: line })),
              )
            : null,
          lines.length > MAX_LINES
            ? el('p', { text: `…and ${lines.length - MAX_LINES} more.` })
            : null,
          el('div', { className: 'alert-actions' }, [
            ...(message.actions ?? []).map((action) => button(action, id)),
            button({ text: 'Dismiss', run: () => {} }, id),
          ]),
        ]),
      ]);
      return handle(id);
    },
    report(title, lines) {
      const id = ++current;
      root.hidden = false;
      replaceChildren(root, [
        el(
          'div',
          {
            className: 'import-alert import-report',
            attrs: { role: 'region', 'aria-label': title },
          },
          [
            el('details', {}, [
              el('summary', { text: `${title} (${lines.length})` }),
              el(
                'ul',
                {},
                lines.map((line) => el('li', { text: line })),
              ),
            ]),
            el('div', { className: 'alert-actions' }, [
              button({ text: 'Dismiss', run: () => {} }, id),
            ]),
          ],
        ),
      ]);
      return handle(id);
    },
    show(element) {
      const id = ++current;
      root.hidden = false;
      replaceChildren(root, [element]);
      return handle(id);
    },
    clear,
  };
}
