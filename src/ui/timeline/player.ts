// Play, as a small timer: from the first step (or on from the day shown), one step per interval
// until the last; any other change of day (a slider moved, Reset filters, Back) pauses it. No
// DOM; the As-of control shows what it does.
import { nextPlayStep } from '../../graph/timeline';

/** Milliseconds between two steps of Play, per speed. */
export const PLAY_SPEEDS = { slow: 1600, normal: 800, fast: 300 } as const;

export type PlayerDeps = {
  /** The days to step through, read again at every step (the filters may change meanwhile). */
  steps(): readonly string[];
  /** The day shown now; null when "as of" is off. */
  asOf(): string | null;
  setDay(day: string): void;
  /** Milliseconds until the next step. */
  interval(): number;
  /** Play started or stopped. */
  changed(playing: boolean): void;
  nothingToPlay(): void;
};

export type Player = {
  start(): void;
  pause(): void;
  isPlaying(): boolean;
  steps(): readonly string[];
  /** The filters' day changed: unless Play set it, Play pauses. */
  dayChanged(day: string | null): void;
};

export function createPlayer(deps: PlayerDeps): Player {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The day Play last showed. */
  let played: string | null = null;
  let playing = false;

  function setPlaying(on: boolean) {
    playing = on;
    deps.changed(on);
  }
  function schedule() {
    timer = setTimeout(step, deps.interval());
  }
  function show(day: string) {
    played = day;
    deps.setDay(day);
  }
  function step() {
    timer = null;
    const next = nextPlayStep(deps.steps(), deps.asOf());
    if (next === null) {
      pause();
      return;
    }
    show(next);
    if (playing) schedule();
  }
  function start() {
    if (playing) return;
    const steps = deps.steps();
    const last = steps.at(-1);
    if (last === undefined) {
      deps.nothingToPlay();
      return;
    }
    const asOf = deps.asOf();
    // from the start when off or at (or past) the end, else on from where it stands
    const first = asOf === null || asOf >= last ? steps[0] : nextPlayStep(steps, asOf);
    setPlaying(true);
    played = first ?? null;
    if (first) show(first);
    if (playing) schedule();
  }
  function pause() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    setPlaying(false);
  }
  return {
    start,
    pause,
    isPlaying: () => playing,
    steps: deps.steps,
    dayChanged(day) {
      if (playing && day !== played) pause();
    },
  };
}
