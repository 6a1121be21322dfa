// A long job's progress in the alert region: what is being done, for how long (a clock that ticks
// on its own every half second), a bar, and the job's buttons (Cancel, Stop layout). Built once,
// then only its text and bar change, so its buttons keep focus and clicks, and a screen reader
// hears the stage, not the clock. Shown again if another message took its place while it runs.
import type { AlertHandle, AlertRegion } from './alert-region';
import { el } from './dom';

export type ProgressButton = { text: string; label?: string; title?: string; run(): void };

export type ProgressOptions = {
  /** "Importing graph.json": the first words, and the bar's name. */
  title: string;
  className?: string;
  buttons: readonly ProgressButton[];
};

/** How far a counted stage is (a layout's iterations). */
export type Steps = { done: number; total: number };

export type ProgressAlert = {
  /** The stage now ("reading the file"), with its steps when it counts them. */
  update(stage: string, steps?: Steps): void;
  /** The button at this index of the options' list (to hide one a stage does not offer). */
  button(index: number): HTMLButtonElement | undefined;
  /** Removes the progress, if it is still what the region shows. */
  clear(): void;
  /** Stops the clock (the job ended). */
  stop(): void;
};

/** " (3.2 s)": how long since `started`, in seconds. */
export function elapsedText(started: number, now: number): string {
  return ` (${((now - started) / 1000).toFixed(1)} s)`;
}

export function startProgressAlert(alerts: AlertRegion, options: ProgressOptions): ProgressAlert {
  const started = performance.now();
  const stageText = document.createTextNode('');
  const clock = el('span', { className: 'clock', attrs: { 'aria-hidden': 'true' } });
  const bar = el('progress', { attrs: { 'aria-label': options.title } });
  const buttons = options.buttons.map((b) =>
    el('button', {
      className: 'small-button',
      text: b.text,
      attrs: { type: 'button', 'aria-label': b.label, title: b.title },
      on: { click: () => b.run() },
    }),
  );
  const className = `import-progress${options.className ? ` ${options.className}` : ''}`;
  const root = el('div', { className, attrs: { role: 'status' } }, [
    el('p', {}, [el('strong', { text: options.title }), stageText, clock]),
    bar,
    ...buttons,
  ]);
  let handle: AlertHandle = alerts.show(root);
  let stage = '';
  let steps: Steps | undefined;

  function render() {
    if (!handle.shown) handle = alerts.show(root);
    const counted = steps ? `, ${steps.done} of ${steps.total} iterations` : '';
    stageText.data = ` — ${stage}${counted}…`;
    clock.textContent = elapsedText(started, performance.now());
    if (steps) {
      bar.max = steps.total;
      bar.value = steps.done;
    } else bar.removeAttribute('value');
  }
  const timer = setInterval(render, 500);

  return {
    update(next, nextSteps) {
      stage = next;
      steps = nextSteps;
      render();
    },
    button: (index) => buttons[index],
    clear: () => handle.clear(),
    stop: () => clearInterval(timer),
  };
}
