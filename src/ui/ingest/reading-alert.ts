// What reading an article shows in the alert region: a problem naming the file, or the reading's
// progress with Cancel. The progress is built once per reading and then only its text changes,
// so Cancel keeps focus and a screen reader hears the stage, not the clock.
import type { AlertHandle, AlertRegion } from '../alert-region';
import { el } from '../dom';

export type ReadingAlert = {
  problem(fileName: string, message: string): void;
  /** Shows (or updates) the progress of reading `fileName`, started at `started` (performance.now). */
  progress(fileName: string, stage: string, started: number): void;
  /** Clears what the reading shows, if it is still what is shown. */
  clear(): void;
};

type Progress = { fileName: string; handle: AlertHandle; stage: HTMLElement; clock: HTMLElement };

function progressPanel(alerts: AlertRegion, fileName: string, cancel: () => void): Progress {
  const stage = el('span', { className: 'stage' });
  const clock = el('span', { className: 'clock', attrs: { 'aria-hidden': 'true' } });
  const root = el(
    'div',
    { className: 'import-progress article-progress', attrs: { role: 'status' } },
    [
      el('p', {}, [el('strong', { text: `Reading ${fileName}` }), stage, clock]),
      el('progress', { attrs: { 'aria-label': `Reading ${fileName}` } }),
      el('button', {
        className: 'small-button',
        text: 'Cancel',
        attrs: { type: 'button', 'aria-label': `Cancel reading ${fileName}` },
        on: { click: cancel },
      }),
    ],
  );
  return { fileName, handle: alerts.show(root), stage, clock };
}

export function createReadingAlert(alerts: AlertRegion, cancel: () => void): ReadingAlert {
  /** What the reading shows: cleared only while it is still what is shown. */
  let shown: AlertHandle | null = null;
  let progress: Progress | null = null;
  return {
    problem(fileName, message) {
      shown = alerts.problem({
        title: `Could not read ${fileName}`,
        reassurance: 'The graph you were exploring is unchanged.',
        lines: [`${fileName}: ${message}`],
      });
    },
    progress(fileName, stage, started) {
      if (!progress?.handle.shown || progress.fileName !== fileName) {
        progress = progressPanel(alerts, fileName, cancel);
        shown = progress.handle;
      }
      progress.stage.textContent = ` — ${stage}…`;
      progress.clock.textContent = ` (${((performance.now() - started) / 1000).toFixed(1)} s)`;
    },
    clear() {
      shown?.clear();
      shown = null;
    },
  };
}
