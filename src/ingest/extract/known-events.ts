// The events the graph already holds, as the extractor needs them to recognise one an article
// reports again: the kind its label names, who took part (its participant relations, or the
// names in its label: "Trump–Xi June 2025 call"), and its date (the participant relations', or
// the label's). An article's event extends one of them when the kind is the same, two
// participants are shared and the dates agree (within two days). An undated one (a page that
// gives no date of its own) extends the graph's only event of that kind between those parties,
// or, of several, the only one held where the article puts it (the event's place or the
// dateline's: "GENEVA —", "talks in Geneva" for the graph's Geneva talks).
import type { Entity, Relation } from '../../data/schema';
import { type FoundDate, findDate } from './dates';
import { datesAgree, type EventKind } from './events';

export type KnownEvent = {
  id: string;
  label: string;
  kind: EventKind;
  participants: Set<string>;
  date: FoundDate | null;
  /** Where it was held, lower-cased: its located-in places' labels and aliases. */
  places: Set<string>;
};

const KIND_OF_LABEL: readonly [RegExp, EventKind][] = [
  [/\bcall\b/i, 'call'],
  [/\b(meeting|summit)\b/i, 'meeting'],
  [/\b(talks|negotiations|consultations?)\b/i, 'talks'],
];

/** The kind the label names last ("… video call, 18 October 2025" → call), or null. */
export function eventKindOfLabel(label: string): EventKind | null {
  let best: { at: number; kind: EventKind } | null = null;
  for (const [re, kind] of KIND_OF_LABEL)
    for (const hit of label.matchAll(new RegExp(re.source, 'gi')))
      if (best === null || hit.index > best.at) best = { at: hit.index, kind };
  return best?.kind ?? null;
}

/** `s` as a regular expression matching it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function knownEvents(
  entities: readonly Entity[],
  relations: readonly (Pick<Relation, 'source' | 'target' | 'kind'> & { date?: string })[],
): KnownEvent[] {
  const actors = entities.filter((e) => e.kind === 'person' || e.kind === 'country');
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out: KnownEvent[] = [];
  for (const e of entities) {
    if (e.kind !== 'event' || /^(planned|possible|proposed)\b/i.test(e.label)) continue;
    const kind = eventKindOfLabel(e.label);
    if (kind === null) continue;
    const participants = new Set<string>();
    const places = new Set<string>();
    let date: FoundDate | null = null;
    for (const r of relations) {
      if (r.kind === 'located-in' && r.source === e.id) {
        const place = byId.get(r.target);
        if (place) for (const n of [place.label, ...place.aliases]) places.add(n.toLowerCase());
      }
      if (r.kind === 'participant' && r.target === e.id) {
        participants.add(r.source);
        if (r.date && (date === null || r.date.length > date.date.length))
          date = { date: r.date, approximate: false };
      }
    }
    for (const a of actors) {
      const words = a.label.split(/\s+/);
      const names =
        a.kind === 'person' && words.length > 1 ? [a.label, words.at(-1) as string] : [a.label];
      if (names.some((n) => new RegExp(`(^|[\\s–-])${escapeRegExp(n)}($|[\\s–,-])`).test(e.label)))
        participants.add(a.id);
    }
    date ??= findDate(e.label);
    out.push({ id: e.id, label: e.label, kind, participants, date, places });
  }
  return out;
}

/** Whether the known event was held at one of `places`: a located-in place of that name, or the
 * name as a word of its label ("Geneva talks"). */
function heldAt(event: KnownEvent, places: readonly string[]): boolean {
  return places.some((place) => {
    const name = place.toLowerCase();
    return (
      event.places.has(name) ||
      new RegExp(`(^|[\\s–-])${escapeRegExp(name)}($|[\\s–,-])`, 'i').test(event.label)
    );
  });
}

const FAMILY: Record<EventKind, string> = { call: 'call', meeting: 'meeting', talks: 'meeting' };

/** The known event an article's event is, if any. */
export function findKnownEvent(
  events: readonly KnownEvent[],
  kind: EventKind,
  participants: readonly string[],
  date: FoundDate | null,
  /** Let an undated event match a dated one (for measuring; the extractor is stricter). */
  loose = false,
  /** Where the article puts the event (its own place, the dateline's), for an undated one. */
  places: readonly string[] = [],
): KnownEvent | null {
  const fits = (event: KnownEvent) =>
    FAMILY[event.kind] === FAMILY[kind] &&
    participants.filter((p) => event.participants.has(p)).length >=
      Math.min(2, participants.length);
  const shared = (event: KnownEvent) =>
    participants.filter((p) => event.participants.has(p)).length;
  if (date === null && !loose) {
    // an undated event is the graph's only one of that kind between those parties, or none
    const candidates = events.filter(fits);
    if (candidates.length === 1) return candidates[0] as KnownEvent;
    const there = candidates.filter((event) => heldAt(event, places));
    return there.length === 1 ? (there[0] as KnownEvent) : null;
  }
  let best: KnownEvent | null = null;
  for (const event of events) {
    if (!fits(event) || (!loose && event.date === null) || !datesAgree(event.date, date)) continue;
    if (best === null || shared(event) > shared(best)) best = event;
  }
  return best;
}
