// The article's events as proposals: the event entity ("He Lifeng–Scott Bessent talks in London,
// 9 June 2025"), or the graph's own event when it already holds this one, a `participant`
// relation for every participant, and `located-in` for its place when the graph knows the place.
import type { RelationKind } from '../../data/relation-kinds';
import { MONTH_NAMES } from '../../graph/relationships';
import type { FoundDate } from './dates';
import type { EventKind, GatheredEvent } from './events';
import { WEEKDAYS } from './gazetteer';
import { escapeRegExp, findKnownEvent, type KnownEvent } from './known-events';
import type { NameIndex } from './linking';
import type { TaggedSentence } from './nlp';
import type { EntityRegistry } from './registry';

export type ProposeFields = {
  label: string;
  directed: boolean;
  confidence: number;
  rule: string;
  from: number;
  to: number;
  /** The date to give (instead of the one the sentence states). */
  date?: FoundDate | null;
  /** A standing state, not a deed: no later day is carried to it. */
  undated?: true;
};

export type Propose = (
  sentence: number,
  kind: RelationKind,
  source: string,
  target: string,
  fields: ProposeFields,
) => void;

/** "9 June 2025", "28–29 July 2025", "July 2025", "2025". */
export function formatEventDate(date: FoundDate): string {
  const [y, m, d] = date.date.split('-');
  const month = m ? MONTH_NAMES[Number(m) - 1] : undefined;
  if (!month) return y ?? '';
  if (!d) return `${month} ${y}`;
  const until = date.until?.split('-');
  if (until && until[1] === m && until[2]) return `${Number(d)}–${Number(until[2])} ${month} ${y}`;
  if (until?.[2])
    return `${Number(d)} ${month} – ${Number(until[2])} ${MONTH_NAMES[Number(until[1]) - 1]} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'gi');

/** Whether every weekday a sentence names ("started early Saturday") falls within two days of
 * `day` (true when it names none, or `day` is no day). */
export function weekdaysFit(sentence: string, day: string): boolean {
  if (day.length !== 10) return true;
  const on = new Date(`${day}T00:00:00Z`).getUTCDay();
  const named = (sentence.match(WEEKDAY_WORD) ?? []).map((w) => WEEKDAYS.indexOf(w.toLowerCase()));
  return named.every((d) => {
    const apart = Math.abs(d - on);
    return Math.min(apart, 7 - apart) <= 2;
  });
}

const WORD: Record<EventKind, string> = { call: 'call', meeting: 'meeting', talks: 'talks' };

/** Where the event's sentence puts it: "met in Osaka", "talks in Kyoto ended", a place the
 * sentence opens with, which holds for its whole clause ("In Osaka on Friday, … met …"), or one
 * its predicate gives however far from the trigger ("The talks, …, took place in Osaka"). */
export function placeOf(sentence: TaggedSentence, t: number): string | null {
  const tokens = sentence.tokens;
  const from = Math.max(0, t - 6);
  const starts = from > 0 ? [0] : [];
  for (let k = from; k < Math.min(tokens.length, t + 10); k++) starts.push(k);
  for (let k = t + 10; k < tokens.length; k++)
    if (['place', 'hold'].includes(tokens[k - 1]?.lemma ?? '')) starts.push(k);
  for (const k of starts) {
    if (tokens[k]?.value.toLowerCase() !== 'in') continue;
    const run: string[] = [];
    let j = k + 1;
    while (tokens[j]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j]?.value ?? '')) {
      run.push((tokens[j] as { value: string }).value);
      j++;
    }
    if (run.length > 0 && run.length <= 3) return run.join(' ');
  }
  return null;
}

/** Where the article puts an event: its first telling, else a later one (the dateline comes
 * only after both). */
function toldPlace(
  sentences: readonly TaggedSentence[],
  tellings: readonly { sentence: number; trigger: number }[],
): string | null {
  for (const { sentence, trigger } of tellings) {
    const place = placeOf(sentences[sentence] as TaggedSentence, trigger);
    if (place !== null) return place;
  }
  return null;
}

/** Whether a sentence of the article (the headline included) names `place`. */
function namedInText(sentences: readonly TaggedSentence[], place: string): boolean {
  const named = new RegExp(`(?<!\\p{L})${escapeRegExp(place)}(?!\\p{L})`, 'u');
  return sentences.some((s) => named.test(s.text));
}

/** Whom an event's name names: two or three people, else two countries, else the first two. */
function mainNamed(participants: GatheredEvent['participants']): GatheredEvent['participants'] {
  const people = participants.filter((p) => p.mention.kind === 'person');
  const countries = participants.filter((p) => p.mention.kind === 'country');
  if (people.length === 2 || (people.length > 2 && countries.length < 2)) return people.slice(0, 3);
  return countries.length >= 2 ? countries.slice(0, 2) : participants.slice(0, 2);
}

/** A new event's name: its two or three main participants (people before countries), what it
 * was, where the article says it was held, and its day: "A–B talks in Osaka, 13 March 2025". */
function eventLabel(
  event: GatheredEvent,
  place: string | null,
  labelOf: (id: string) => string,
): string {
  // its parties, not those added to it ("Also attending were X and Y"), when two are named
  const parties = event.participants.filter((p) => p.rule !== 'event:delegation');
  const named = mainNamed(parties.length >= 2 ? parties : event.participants);
  return (
    `${named.map((p) => labelOf(p.mention.id)).join('–')} ${WORD[event.kind]}` +
    (place ? ` in ${place}` : '') +
    (event.date ? `, ${formatEventDate(event.date)}` : '')
  );
}

export function proposeEvents(args: {
  events: readonly GatheredEvent[];
  sentences: readonly TaggedSentence[];
  triggers: ReadonlyMap<GatheredEvent, number>;
  /** Later sentences telling each event, with their trigger word. */
  retellings: ReadonlyMap<GatheredEvent, readonly { sentence: number; trigger: number }[]>;
  known: readonly KnownEvent[];
  registry: EntityRegistry;
  index: NameIndex;
  datelinePlace: string | null;
  propose: Propose;
}): void {
  const { registry, index, propose } = args;
  const labelOf = (id: string) => registry.entities.get(id)?.label ?? id;
  for (const event of args.events) {
    const ids = event.participants.map((p) => p.mention.id);
    const first = args.sentences[event.sentence] as TaggedSentence;
    const t = args.triggers.get(event) ?? 0;
    const own = toldPlace(args.sentences, [
      { sentence: event.sentence, trigger: t },
      ...(args.retellings.get(event) ?? []),
    ]);
    // a phone call is not held where the article is written from; and a new event is said to be
    // where the story is filed from only when the article names that place too (the headline's
    // "talks in Osaka"), not on the dateline alone ("ERBIL (Outlet) –" over a summit elsewhere)
    const dateline = event.kind === 'call' ? null : args.datelinePlace;
    const place = own ?? (dateline && namedInText(args.sentences, dateline) ? dateline : null);
    const places = [own, dateline].filter((p): p is string => p !== null);
    const known = findKnownEvent(args.known, event.kind, ids, event.date, false, places);
    // an undated event the graph holds takes the graph's date for it, unless a weekday the
    // article gives for it is more than two days off that date
    const date =
      event.date ?? (known?.date && weekdaysFit(first.text, known.date.date) ? known.date : null);
    let eventId: string;
    if (known) eventId = known.id;
    else {
      eventId = registry.create(eventLabel(event, place, labelOf), 'event', {
        mention: first.text.slice(0, 200),
        sentence: event.sentence,
        confidence: 0.7,
        rule: `event:${event.kind}`,
      });
    }
    for (const p of event.participants) {
      const sentence = args.sentences[p.sentence] as TaggedSentence;
      const delegation = p.rule === 'event:delegation';
      propose(p.sentence, 'participant', p.mention.id, eventId, {
        label: delegation ? 'took part (delegation) in' : 'took part in',
        directed: true,
        confidence: (delegation ? 0.6 : 0.75) * p.mention.confidence,
        rule: p.rule,
        from: Math.min(p.mention.start, p.sentence === event.sentence ? t : p.mention.start),
        to: Math.max(p.mention.end, p.sentence === event.sentence ? t + 1 : p.mention.end),
        date,
      });
      // "X was on Ottawa's delegation": X acts for Canada
      const side = event.sides.get(p.mention.id);
      if (side && side.id !== p.mention.id)
        propose(p.sentence, 'represents', p.mention.id, side.id, {
          label: 'represents (in its delegation)',
          directed: true,
          confidence: 0.6,
          rule: 'event:delegation-side',
          from: Math.min(p.mention.start, side.start),
          to: Math.max(p.mention.end, side.end),
          date: null,
        });
      void sentence;
    }
    const placeHit = place ? index.lookup(place) : undefined;
    if (
      placeHit?.id &&
      // a capital standing for its country ("London" for the United Kingdom) is in the label only
      placeHit.kind === 'place' &&
      !known &&
      !ids.includes(placeHit.id)
    )
      propose(event.sentence, 'located-in', eventId, placeHit.id, {
        label: 'took place in',
        directed: true,
        confidence: 0.6,
        rule: 'event:place',
        from: t,
        to: t + 1,
        date,
      });
  }
}
