// "As of" a day, and Play: a date slider and a date field that set filters.asOf (so the graph,
// the counts, the list and the timeline show the graph as it stood that day), a choice for
// undated relations, and Play / Pause stepping through the days on which relations first show,
// at a chosen speed. Play works from the first click and with any filter on: its steps are the
// relations the other filters leave, read from the derived view. The camera is not touched; only
// state.filters changes.
import { formatDate } from '../../graph/relationships';
import {
  DAY_MS,
  nextPlayStep,
  type TimelineItem,
  toIsoDay,
  tryDateSpan,
} from '../../graph/timeline';
import { type AppState, updateFilters } from '../../state/app-state';
import type { DerivedView } from '../../state/derive-view';
import { setAsOf, setAsOfHideUndated } from '../../state/filters';
import type { Store } from '../../state/store';
import { el } from '../dom';
import { createPlayer, PLAY_SPEEDS, type Player } from './player';

export type AsOfDeps = {
  store: Store<AppState>;
  deriveView(state: AppState): DerivedView;
};

export type AsOfControl = {
  element: HTMLElement;
  /** Whether Play is running (the timeline then keeps the as-of line in view). */
  isPlaying(): boolean;
  dispose(): void;
};

export { PLAY_SPEEDS };

/** The slider's days: from the first dated relation's first day to the last one's last. */
export type DayRange = { first: number; days: number };

export function dayRange(items: readonly TimelineItem[]): DayRange {
  if (items.length === 0) return { first: 0, days: 0 };
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    first = Math.min(first, item.start);
    last = Math.max(last, item.end);
  }
  first = Math.floor(first / DAY_MS) * DAY_MS;
  return { first, days: Math.floor((last - first) / DAY_MS) };
}

/** The step before `current` (the last step when there is none): what Page Down goes to. */
export function previousPlayStep(steps: readonly string[], current: string | null): string | null {
  return [...steps].reverse().find((d) => current === null || d < current) ?? null;
}

let instances = 0;

/** The slider, the date field, Play, Pause, the speed, Clear and the switch for undated relations. */
function createControls(prefix: string) {
  const button = (text: string, disabled = false) =>
    el('button', {
      className: 'small-button',
      text,
      attrs: { type: 'button', 'aria-disabled': disabled ? 'true' : undefined },
    });
  return {
    slider: el('input', {
      id: `${prefix}-slider`,
      attrs: { type: 'range', min: 0, max: 0, step: 1, 'aria-label': 'As of' },
    }),
    dateField: el('input', {
      id: `${prefix}-date`,
      attrs: { type: 'date', 'aria-label': 'As of date' },
    }),
    keepUndated: el('input', { attrs: { type: 'checkbox', checked: true } }),
    play: button('Play'),
    pause: button('Pause', true),
    speed: el('select', { attrs: { 'aria-label': 'Play speed' } }, [
      el('option', { text: 'Slow', attrs: { value: 'slow' } }),
      el('option', { text: 'Normal', attrs: { value: 'normal', selected: true } }),
      el('option', { text: 'Fast', attrs: { value: 'fast' } }),
    ]),
    clear: button('Clear as of'),
    status: el('span', { className: 'as-of-status muted' }),
  };
}
type Controls = ReturnType<typeof createControls>;

function layout(c: Controls): HTMLElement {
  return el(
    'div',
    { className: 'as-of', attrs: { role: 'group', 'aria-label': 'As of and Play' } },
    [
      el('label', {
        className: 'as-of-label',
        text: 'As of',
        attrs: { for: c.slider.id, 'aria-hidden': 'true' },
      }),
      c.slider,
      c.dateField,
      c.play,
      c.pause,
      c.speed,
      c.clear,
      el('label', { className: 'facet' }, [
        c.keepUndated,
        el('span', { text: 'Keep undated relations' }),
      ]),
      c.status,
    ],
  );
}

/** The controls' listeners: each pauses Play, then sets the day (or clears it). */
function listen(c: Controls, store: Store<AppState>, player: Player, range: () => DayRange) {
  const setDay = (day: string | null) => store.update(updateFilters(setAsOf(day)));
  c.slider.addEventListener('input', () => {
    // read first: pausing re-renders the control from the state, which still holds the old day
    const day = toIsoDay(range().first + Number(c.slider.value) * DAY_MS);
    player.pause();
    setDay(day);
  });
  c.slider.addEventListener('keydown', (event) => {
    // Page keys jump to the previous or next day on which something happens
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    player.pause();
    const steps = player.steps();
    const current = store.get().filters.asOf ?? steps.at(-1) ?? null;
    const next =
      event.key === 'PageUp' ? nextPlayStep(steps, current) : previousPlayStep(steps, current);
    if (next) setDay(next);
  });
  c.dateField.addEventListener('change', () => {
    const value = c.dateField.value;
    player.pause();
    if (value === '') setDay(null);
    else if (tryDateSpan(value)) setDay(value);
  });
  c.keepUndated.addEventListener('change', () =>
    store.update(updateFilters(setAsOfHideUndated(!c.keepUndated.checked))),
  );
  c.play.addEventListener('click', () => player.start());
  c.pause.addEventListener('click', () => player.pause());
  c.clear.addEventListener('click', () => {
    player.pause();
    setDay(null);
  });
}

export function mountAsOf(deps: AsOfDeps): AsOfControl {
  const { store } = deps;
  const c = createControls(`asof-${++instances}`);
  const element = layout(c);
  let range: DayRange = { first: 0, days: 0 };
  const player = createPlayer({
    steps: () => deps.deriveView(store.get()).timeline.asOfSteps,
    asOf: () => store.get().filters.asOf,
    setDay: (day) => store.update(updateFilters(setAsOf(day))),
    interval: () => PLAY_SPEEDS[c.speed.value as keyof typeof PLAY_SPEEDS] ?? PLAY_SPEEDS.normal,
    changed: (playing) => {
      c.play.setAttribute('aria-disabled', String(playing));
      c.pause.setAttribute('aria-disabled', String(!playing));
      element.classList.toggle('playing', playing);
      update(store.get());
    },
    nothingToPlay: () => {
      c.status.textContent = 'Nothing dated to play with these filters.';
    },
  });
  listen(c, store, player, () => range);

  /** The slider's span, from the dated relations as they are now. */
  function updateRange(state: AppState) {
    range = dayRange(deps.deriveView(state).timeline.all);
    c.slider.max = String(range.days);
    c.dateField.min = range.days ? toIsoDay(range.first) : '';
    c.dateField.max = range.days ? toIsoDay(range.first + range.days * DAY_MS) : '';
  }

  /** The day, the switch, Clear and the status line, from the filters. */
  function update(state: AppState) {
    const { asOf, asOfHideUndated } = state.filters;
    const span = asOf === null ? null : tryDateSpan(asOf);
    const index =
      span === null
        ? range.days
        : Math.max(0, Math.min(range.days, Math.floor((span.end - range.first) / DAY_MS)));
    if (document.activeElement !== c.slider || Number(c.slider.value) !== index)
      c.slider.value = String(index);
    c.slider.setAttribute('aria-valuetext', asOf === null ? 'all dates' : formatDate(asOf));
    if (document.activeElement !== c.dateField)
      c.dateField.value = span === null ? '' : toIsoDay(span.end);
    c.keepUndated.checked = !asOfHideUndated;
    c.clear.setAttribute('aria-disabled', String(asOf === null));
    const playing = player.isPlaying() ? 'Playing: the' : 'The';
    c.status.textContent =
      asOf === null ? '' : `${playing} graph as it stood on ${formatDate(asOf)}.`;
  }

  updateRange(store.get());
  update(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.graphVersion !== previous.graphVersion) {
      updateRange(state);
      update(state);
    } else if (state.filters !== previous.filters) {
      player.dayChanged(state.filters.asOf);
      update(state);
    }
  });

  return {
    element,
    isPlaying: () => player.isPlaying(),
    dispose() {
      player.pause();
      unsubscribe();
      element.remove();
    },
  };
}
