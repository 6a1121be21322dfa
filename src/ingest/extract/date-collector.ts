// What the date readers of one sentence share: the sentence, the days kept so far and how to
// keep another (dates.ts builds it; story-days.ts reads days counted from one kept before).

/** What a sentence's date readers share: its matches not yet taken, and a way to keep a date. */
export type Collector = {
  sentence: string;
  /** The words a date is wanted for tell of a thing planned (a meeting set): a weekday without
   * "last" or "next" is the coming one. */
  ahead: boolean;
  /** The last day (not month or year) kept so far that stands before character `at`. */
  dayBefore: (at: number) => string | null;
  all: (re: RegExp) => RegExpExecArray[];
  push: (
    date: string | null,
    m: RegExpExecArray,
    rank: number,
    approximate: boolean,
    until?: string,
  ) => void;
};
