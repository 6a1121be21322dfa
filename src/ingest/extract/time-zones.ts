// The timezone cue of a dateline: a weekday an article gives for another city's time ("on Friday
// morning Beijing time", "Thursday evening in Washington") is moved to the day it was where the
// article is written from (its dateline city): a morning call in Beijing is the previous evening
// in Washington. Only cities with a known offset, and only when a part of the day is named (a bare
// "on Friday in Beijing" says no hour, so its day stays).

/** Hours from UTC in standard time, and whether the city keeps northern summer time. */
const CITY_OFFSETS: Readonly<Record<string, readonly [number, boolean]>> = {
  beijing: [8, false],
  shanghai: [8, false],
  'hong kong': [8, false],
  taipei: [8, false],
  singapore: [8, false],
  'kuala lumpur': [8, false],
  manila: [8, false],
  tokyo: [9, false],
  osaka: [9, false],
  seoul: [9, false],
  busan: [9, false],
  jakarta: [7, false],
  bangkok: [7, false],
  hanoi: [7, false],
  'new delhi': [5.5, false],
  delhi: [5.5, false],
  mumbai: [5.5, false],
  colombo: [5.5, false],
  kathmandu: [5.75, false],
  dhaka: [6, false],
  islamabad: [5, false],
  karachi: [5, false],
  lahore: [5, false],
  kabul: [4.5, false],
  tehran: [3.5, false],
  doha: [3, false],
  baghdad: [3, false],
  amman: [3, false],
  ankara: [3, false],
  'abu dhabi': [4, false],
  cairo: [2, true],
  jerusalem: [2, true],
  'tel aviv': [2, true],
  gaza: [2, true],
  'gaza city': [2, true],
  beirut: [2, true],
  kyiv: [2, true],
  warsaw: [1, true],
  'the hague': [1, true],
  amsterdam: [1, true],
  oslo: [1, true],
  moscow: [3, false],
  istanbul: [3, false],
  riyadh: [3, false],
  dubai: [4, false],
  london: [0, true],
  geneva: [1, true],
  zurich: [1, true],
  stockholm: [1, true],
  madrid: [1, true],
  paris: [1, true],
  berlin: [1, true],
  brussels: [1, true],
  rome: [1, true],
  vienna: [1, true],
  washington: [-5, true],
  'new york': [-5, true],
  ottawa: [-5, true],
  chicago: [-6, true],
  'mexico city': [-6, false],
  'los angeles': [-8, true],
  'san francisco': [-8, true],
};

/** The hour a part of the day stands for. */
const PART_HOURS: Readonly<Record<string, number>> = {
  early: 6,
  morning: 9,
  afternoon: 15,
  evening: 20,
  late: 22,
  night: 22,
};

/** The city's offset from UTC on `day` (summer time, April to October, where it is kept), or null
 * for a city not in the table. */
export function utcOffset(city: string, day: string): number | null {
  const entry = CITY_OFFSETS[city.trim().toLowerCase()];
  if (entry === undefined) return null;
  const month = Number(day.slice(5, 7));
  return entry[0] + (entry[1] && month >= 4 && month <= 10 ? 1 : 0);
}

/** A part of the day and the city whose clock it is read by, as a sentence gives them around a
 * weekday: before it ("late", "early"), after it ("morning", "evening Beijing time", "night in
 * Washington", "morning (Beijing time)"). */
export type ClockCue = { hour: number; city: string | null };

const CITY = '(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)';
const AFTER = new RegExp(
  `^(?:\\s+(morning|afternoon|evening|night))?(?:\\s+(?:in|at)\\s+${CITY}|\\s+\\(?${CITY}\\s+time\\)?)?`,
  'u',
);

export function clockCue(before: string, after: string): ClockCue | null {
  const early = /\b(early|late)\s+(?:on\s+)?$/i.exec(before)?.[1]?.toLowerCase();
  const m = AFTER.exec(after);
  const part = m?.[1]?.toLowerCase();
  const named = m?.[2] ?? m?.[3];
  const city = named && CITY_OFFSETS[named.toLowerCase()] !== undefined ? named : null;
  if (part === undefined && early === undefined) return null;
  const hour =
    part !== undefined
      ? (PART_HOURS[part] as number) + (early === 'early' ? -2 : early === 'late' ? 2 : 0)
      : (PART_HOURS[early as string] as number);
  return { hour, city };
}

/** How many days `day` moves when the hour read by `cue.city`'s clock is read by `home`'s
 * (0 when either city is unknown or they share a clock). */
export function dayShift(day: string, cue: ClockCue, home: string | null): number {
  if (cue.city === null || home === null) return 0;
  const there = utcOffset(cue.city, day);
  const here = utcOffset(home, day);
  if (there === null || here === null || there === here) return 0;
  return Math.floor((cue.hour + here - there) / 24);
}
