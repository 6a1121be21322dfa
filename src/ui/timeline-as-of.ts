// "As of" a day, and Play: a date slider and a date field that set filters.asOf (so the graph,
// the counts, the list and the timeline show the graph as it stood that day), a choice for
// undated relations, and Play / Pause stepping through the days on which relations first show,
// at a chosen speed. Play works from the first click and with any filter on: its steps are the
// relations the other filters leave. The camera is not touched; only state.filters changes.
import { formatDate } from '../graph/relationships';
import { timelineItems, toIsoDay, tryDateSpan } from '../graph/timeline';
import { DAY_MS, nextPlayStep, playSteps } from '../graph/timeline-scale';
import type { ParleyGraph } from '../graph/types';
import { type AppState, updateFilters } from '../state/app-state';
import { applyFilters, setAsOf, setAsOfHideUndated } from '../state/filters';
import type { Store } from '../state/store';
import { el } from './dom';

export type AsOfDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
};

export type AsOfControl = {
  element: HTMLElement;
  /** The graph changed in place: re-read its span of dates. */
  refresh(): void;
  /** Whether Play is running (the timeline then keeps the as-of line in view). */
  isPlaying(): boolean;
  dispose(): void;
};

/** Milliseconds between two steps of Play, per speed. */
export const PLAY_SPEEDS = { slow: 1600, normal: 800, fast: 300 } as const;
type Speed = keyof typeof PLAY_SPEEDS;

let instances = 0;

/** The days Play steps through: where relations the other filters leave first show. */
export function stepsFor(graph: ParleyGraph, state: AppState): string[] {
  const shown = applyFilters(graph, { ...state.filters, asOf: null });
  return playSteps(timelineItems(graph, shown.edges));
}

export function mountAsOf(deps: AsOfDeps): AsOfControl {
  const { graph, store } = deps;
  const prefix = `asof-${++instances}`;
  /** The slider's days: from the first dated relation's first day to the last one's last. */
  let range = { first: 0, days: 0 };

  const slider = el('input', {
    id: `${prefix}-slider`,
    attrs: { type: 'range', min: 0, max: 0, step: 1, 'aria-label': 'As of' },
    on: {
      input: () => {
        // read first: pausing re-renders the control from the state, which still holds the old day
        const day = toIsoDay(range.first + Number(slider.value) * DAY_MS);
        pause();
        setDay(day);
      },
      keydown: (event) => {
        // Page keys jump to the previous or next day on which something happens
        if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
        event.preventDefault();
        pause();
        const steps = stepsFor(graph, store.get());
        const current = store.get().filters.asOf ?? steps.at(-1) ?? null;
        const day =
          event.key === 'PageUp'
            ? nextPlayStep(steps, current)
            : ([...steps].reverse().find((d) => current === null || d < current) ?? null);
        if (day) setDay(day);
      },
    },
  });
  const dateField = el('input', {
    id: `${prefix}-date`,
    attrs: { type: 'date', 'aria-label': 'As of date' },
    on: {
      change: () => {
        const value = dateField.value;
        pause();
        if (value === '') store.update(updateFilters(setAsOf(null)));
        else if (tryDateSpan(value)) setDay(value);
      },
    },
  });
  const keepUndated = el('input', {
    attrs: { type: 'checkbox', checked: true },
    on: {
      change: () => store.update(updateFilters(setAsOfHideUndated(!keepUndated.checked))),
    },
  });
  const play = el('button', {
    className: 'small-button',
    text: 'Play',
    attrs: { type: 'button' },
    on: { click: () => start() },
  });
  const pauseButton = el('button', {
    className: 'small-button',
    text: 'Pause',
    attrs: { type: 'button', 'aria-disabled': 'true' },
    on: { click: () => pause() },
  });
  const speed = el('select', { attrs: { 'aria-label': 'Play speed' } }, [
    el('option', { text: 'Slow', attrs: { value: 'slow' } }),
    el('option', { text: 'Normal', attrs: { value: 'normal', selected: true } }),
    el('option', { text: 'Fast', attrs: { value: 'fast' } }),
  ]);
  const clear = el('button', {
    className: 'small-button',
    text: 'Clear as of',
    attrs: { type: 'button' },
    on: {
      click: () => {
        pause();
        store.update(updateFilters(setAsOf(null)));
      },
    },
  });
  const status = el('span', { className: 'as-of-status muted' });

  const element = el(
    'div',
    { className: 'as-of', attrs: { role: 'group', 'aria-label': 'As of and Play' } },
    [
      el('label', {
        className: 'as-of-label',
        text: 'As of',
        attrs: { for: slider.id, 'aria-hidden': 'true' },
      }),
      slider,
      dateField,
      play,
      pauseButton,
      speed,
      clear,
      el('label', { className: 'facet' }, [
        keepUndated,
        el('span', { text: 'Keep undated relations' }),
      ]),
      status,
    ],
  );

  function setDay(day: string) {
    store.update(updateFilters(setAsOf(day)));
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The day Play last showed: any other change of day (Reset filters, Back) pauses it. */
  let played: string | null = null;
  let playing = false;
  function schedule() {
    timer = setTimeout(step, PLAY_SPEEDS[speed.value as Speed] ?? PLAY_SPEEDS.normal);
  }
  function step() {
    timer = null;
    const next = nextPlayStep(stepsFor(graph, store.get()), store.get().filters.asOf);
    if (next === null) {
      pause();
      return;
    }
    played = next;
    setDay(next);
    if (playing) schedule();
  }
  function start() {
    if (playing) return;
    const steps = stepsFor(graph, store.get());
    const last = steps.at(-1);
    if (last === undefined) {
      status.textContent = 'Nothing dated to play with these filters.';
      return;
    }
    const asOf = store.get().filters.asOf;
    // from the start when off or at (or past) the end, else on from where it stands
    const first = asOf === null || asOf >= last ? steps[0] : nextPlayStep(steps, asOf);
    setPlaying(true);
    played = first ?? null;
    if (first) setDay(first);
    if (playing) schedule();
  }
  function pause() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    setPlaying(false);
  }
  function setPlaying(on: boolean) {
    playing = on;
    play.setAttribute('aria-disabled', String(on));
    pauseButton.setAttribute('aria-disabled', String(!on));
    element.classList.toggle('playing', on);
    update(store.get());
  }

  function refresh() {
    const items = timelineItems(graph);
    if (items.length === 0) {
      range = { first: 0, days: 0 };
    } else {
      const first = Math.floor(Math.min(...items.map((i) => i.start)) / DAY_MS) * DAY_MS;
      const last = Math.max(...items.map((i) => i.end));
      range = { first, days: Math.floor((last - first) / DAY_MS) };
    }
    slider.max = String(range.days);
    dateField.min = range.days ? toIsoDay(range.first) : '';
    dateField.max = range.days ? toIsoDay(range.first + range.days * DAY_MS) : '';
    update(store.get());
  }

  function update(state: AppState) {
    const { asOf, asOfHideUndated } = state.filters;
    const span = asOf === null ? null : tryDateSpan(asOf);
    const index =
      span === null
        ? range.days
        : Math.max(0, Math.min(range.days, Math.floor((span.end - range.first) / DAY_MS)));
    if (document.activeElement !== slider || Number(slider.value) !== index)
      slider.value = String(index);
    slider.setAttribute('aria-valuetext', asOf === null ? 'all dates' : formatDate(asOf));
    if (document.activeElement !== dateField)
      dateField.value = span === null ? '' : toIsoDay(span.end);
    keepUndated.checked = !asOfHideUndated;
    clear.setAttribute('aria-disabled', String(asOf === null));
    status.textContent =
      asOf === null
        ? ''
        : `${playing ? 'Playing: the' : 'The'} graph as it stood on ${formatDate(asOf)}.`;
  }

  refresh();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.graphVersion !== previous.graphVersion) refresh();
    else if (state.filters !== previous.filters) {
      if (playing && state.filters.asOf !== played) pause();
      update(state);
    }
  });

  return {
    element,
    refresh,
    isPlaying: () => playing,
    dispose() {
      pause();
      unsubscribe();
      element.remove();
    },
  };
}
