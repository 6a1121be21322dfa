// The page's lasting chrome, mounted once: finding the page's fixed elements, the Tools toggle
// on narrow screens, and the last-resort alert for an error nothing else caught.
import { errorMessage } from '../data/errors';
import type { AlertRegion } from './alert-region';

/** The page's element with this id; throws, naming it, when the page has none. */
export function required<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Parley: the page has no #${id} element`);
  return node as T;
}

/**
 * The last resort: an uncaught error or rejected promise (a panel that threw, say) is logged and
 * shown in a dismissable alert; the graph, the selection and the URL stay as they were.
 */
export function mountErrorAlert(alerts: AlertRegion): void {
  const show = (reason: unknown) => {
    console.error('Parley: unexpected error', reason);
    alerts.problem({
      title: 'Something went wrong',
      lines: [errorMessage(reason).slice(0, 300)],
      reassurance: 'The graph you were exploring is unchanged; you can keep working.',
    });
  };
  window.addEventListener('error', (event) => show(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => show(event.reason));
}

export function mountToolsToggle(button: HTMLButtonElement, tools: HTMLElement): void {
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    tools.classList.toggle('open', open);
  });
}

/** Asks before the tab goes while a change is being written this very moment. */
export function mountLeaveGuard(writing: () => boolean): void {
  window.addEventListener('beforeunload', (event) => {
    if (writing()) event.preventDefault();
  });
}

/** Says on the page, in place of the explorer, that it could not start. */
export function showStartFailure(error: unknown): void {
  console.error(error);
  const status = document.getElementById('status');
  if (status) {
    status.hidden = false;
    status.textContent = `Parley failed to start: ${errorMessage(error)}`;
    status.setAttribute('role', 'alert');
  }
}
