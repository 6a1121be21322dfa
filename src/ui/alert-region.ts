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

/** The region's root and the id of what it shows: a handle clears only its own message. */
type Region = { readonly root: HTMLElement; current: number };

type ButtonOf = (action: AlertAction) => HTMLButtonElement;

function clearRegion(region: Region) {
  region.current++;
  region.root.hidden = true;
  region.root.replaceChildren();
}

/** Shows what `build` makes (its buttons clear this message, if still shown, then act). */
function showBuilt(region: Region, build: (button: ButtonOf) => HTMLElement): AlertHandle {
  const id = ++region.current;
  const button: ButtonOf = (action) =>
    el('button', {
      className: 'small-button',
      text: action.text,
      attrs: { type: 'button', 'aria-label': action.label },
      on: {
        click: () => {
          if (id === region.current) clearRegion(region);
          action.run();
        },
      },
    });
  region.root.hidden = false;
  replaceChildren(region.root, [build(button)]);
  return {
    clear: () => {
      if (id === region.current) clearRegion(region);
    },
    get shown() {
      return id === region.current;
    },
  };
}

const DISMISS: AlertAction = { text: 'Dismiss', run: () => {} };

/** A problem: its title, what stays as it was, the first lines naming each place, its actions. */
function problemElement(message: AlertMessage, button: ButtonOf): HTMLElement {
  const lines = message.lines ?? [];
  return el('div', { className: 'import-alert', attrs: { role: 'alert' } }, [
    el('h2', { text: message.title }),
    message.reassurance ? el('p', { text: message.reassurance }) : null,
    lines.length > 0
      ? el(
          'ul',
          {},
          lines.slice(0, MAX_LINES).map((line) => el('li', { text: line })),
        )
      : null,
    lines.length > MAX_LINES ? el('p', { text: `…and ${lines.length - MAX_LINES} more.` }) : null,
    el('div', { className: 'alert-actions' }, [
      ...(message.actions ?? []).map(button),
      button(DISMISS),
    ]),
  ]);
}

/** What an operation changed: each change, in a disclosure named `title`. */
function reportElement(title: string, lines: readonly string[], button: ButtonOf): HTMLElement {
  return el(
    'div',
    { className: 'import-alert import-report', attrs: { role: 'region', 'aria-label': title } },
    [
      el('details', {}, [
        el('summary', { text: `${title} (${lines.length})` }),
        el(
          'ul',
          {},
          lines.map((line) => el('li', { text: line })),
        ),
      ]),
      el('div', { className: 'alert-actions' }, [button(DISMISS)]),
    ],
  );
}

export function createAlertRegion(root: HTMLElement): AlertRegion {
  const region: Region = { root, current: 0 };
  return {
    problem: (message) => showBuilt(region, (button) => problemElement(message, button)),
    report: (title, lines) => showBuilt(region, (button) => reportElement(title, lines, button)),
    show: (element) => showBuilt(region, () => element),
    clear: () => clearRegion(region),
  };
}
