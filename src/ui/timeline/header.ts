// The timeline's header: its title, the zoom buttons (in, out, Fit, Whole span, and the counts of
// marks off either end that lead to them), the switch for colouring relations by tone and the
// key of tone colours. Built once; updaters set what the buttons allow and say.
import { toneName } from '../../data/schema';
import { TONE_COLORS } from '../../graph/edge-style';
import type { TimeDomain } from '../../graph/timeline';
import { el } from '../dom';
import { canZoomIn, canZoomOut } from './scale';

export type HeaderActions = {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  whole(): void;
  showOutside(side: 'before' | 'after'): void;
  toneColors(on: boolean): void;
};

export type TimelineHeader = {
  element: HTMLElement;
  /** Which zoom buttons can act on this window. */
  updateZoom(current: TimeDomain | null, limits: TimeDomain | null): void;
  /** The counts of marks off either end; a button that hides hands its focus to `focusAfter`. */
  updateOutside(before: number, after: number, focusAfter: HTMLElement): void;
  setToneColors(on: boolean): void;
};

/** A button that ignores clicks while aria-disabled (it stays focusable and announced). */
/** A "N earlier" or "N later" button: kept in place, unseen, while N is 0. */
function outsideButton(text: string, action: () => void): HTMLButtonElement {
  const button = zoomButton(text, action);
  button.classList.add('keeps-place');
  return button;
}

function zoomButton(text: string, action: () => void, name?: string): HTMLButtonElement {
  return el('button', {
    className: 'small-button',
    text,
    attrs: { type: 'button', 'aria-label': name, title: name },
    on: {
      click: (event) => {
        if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') return;
        action();
      },
    },
  });
}

function toneKey(): HTMLElement {
  return el(
    'ul',
    { className: 'tone-key', attrs: { 'aria-label': 'Tone colours' } },
    Object.entries(TONE_COLORS).map(([tone, color]) =>
      el('li', {}, [
        el('span', {
          className: 'swatch',
          attrs: { 'aria-hidden': 'true' },
          style: { background: color },
        }),
        toneName(tone),
      ]),
    ),
  );
}

export function createTimelineHeader(actions: HeaderActions): TimelineHeader {
  const toneToggle = el('input', {
    attrs: { type: 'checkbox' },
    on: { change: () => actions.toneColors(toneToggle.checked) },
  });
  const zoomIn = zoomButton('+', actions.zoomIn, 'Zoom in');
  const zoomOut = zoomButton('−', actions.zoomOut, 'Zoom out');
  const fit = zoomButton('Fit', actions.fit);
  const whole = zoomButton('Whole span', actions.whole);
  // Both keep their place while nothing is out of view (hidden, not removed): the header keeps
  // its height when one shows, so the graph above it neither shrinks nor moves its camera (as
  // it did on a laptop screen while Play ran).
  const earlier = outsideButton('◀ 0 earlier', () => actions.showOutside('before'));
  const later = outsideButton('0 later ▶', () => actions.showOutside('after'));
  const element = el('div', { className: 'timeline-header' }, [
    el('h2', { text: 'Timeline' }),
    el(
      'div',
      { className: 'zoom-buttons', attrs: { role: 'group', 'aria-label': 'Timeline zoom' } },
      [zoomIn, zoomOut, fit, whole, earlier, later],
    ),
    el('label', { className: 'facet' }, [
      toneToggle,
      el('span', { text: 'Colour relations by tone' }),
    ]),
    toneKey(),
  ]);

  return {
    element,
    updateZoom(current, limits) {
      const off = (b: HTMLElement, disabled: boolean) =>
        b.setAttribute('aria-disabled', String(disabled));
      off(zoomIn, !current || !canZoomIn(current));
      off(zoomOut, !current || !limits || !canZoomOut(current, limits));
      off(fit, !current);
      off(whole, !current || !limits || !canZoomOut(current, limits));
    },
    updateOutside(before, after, focusAfter) {
      for (const [button, count, text, name] of [
        [earlier, before, `◀ ${before} earlier`, `Show ${before} earlier`],
        [later, after, `${after} later ▶`, `Show ${after} later`],
      ] as const) {
        button.textContent = text;
        button.setAttribute('aria-label', name);
        button.removeAttribute('title');
        if (count === 0 && document.activeElement === button) focusAfter.focus();
        button.classList.toggle('keeps-place', count === 0);
      }
    },
    setToneColors(on) {
      toneToggle.checked = on;
    },
  };
}
