// Events as events: a call, a meeting or talks the article reports as happening, with every named
// participant, delegations included. Two readers per sentence return candidates (who takes part
// in the interaction a trigger word names; who a delegation sentence adds to the event just
// described); `gatherEvents` joins the candidates of one article into events: a mention of the
// same kind with a date within two days (or no date, or "the talks") is the same event.

import type { FoundDate } from './dates';
import type { TaggedSentence, Token } from './nlp';
import { titling } from './patterns/actors';
import { ARRIVAL_RULE, type Trigger } from './triggers';
import type { Mention } from './types';

export type EventKind = 'call' | 'meeting' | 'talks';

/** One mention of an event in a sentence. */
export type EventMention = {
  kind: EventKind;
  sentence: number;
  /** Token index of the trigger word. */
  trigger: number;
  participants: Mention[];
  /** "the talks", "the meeting": the event already named, not a new one. */
  definite: boolean;
  /** "A Canadian delegation led by X": X acts for Canada (person id → country mention). */
  sides?: Map<string, Mention>;
};

/** Members a sentence adds to the event just named ("X was on Ottawa's delegation"). */
export type DelegationMention = {
  sentence: number;
  members: Mention[];
  /** The country whose delegation it is, when the sentence says ("the Japanese delegation"). */
  side: Mention | null;
  /** A member's own country, from a possessive title ("China’s chief negotiator, X"). */
  memberSides: Map<string, Mention>;
  /** "X, arriving with A and B": the party A and B came with; they join an event X is party to. */
  companionOf?: string;
};

/** "Japan’s chief envoy, X" or "X, Canada’s farm minister,": the country a
 * person's possessive title names. */
function possessiveSide(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: Mention,
): Mention | undefined {
  const country = (k: number) =>
    mentions.find(
      (c) => c.kind === 'country' && c.end === k && ["'s", '’s'].includes(tokens[k]?.value ?? ''),
    );
  if (tokens[m.start - 1]?.value === ',')
    for (let k = m.start - 2; k >= Math.max(0, m.start - 8); k--) {
      if (["'s", '’s'].includes(tokens[k]?.value ?? '')) return country(k);
      if ([',', '.', ';'].includes(tokens[k]?.value ?? '')) break;
    }
  if (tokens[m.end]?.value === ',') {
    const next = mentions.find((c) => c.start === m.end + 1);
    if (next) return country(next.end);
  }
  return undefined;
}

const DELEGATION_NOUNS = new Set([
  'delegation',
  'delegations',
  'team',
  'teams',
  'side',
  'sides',
  'officials',
  'negotiators',
  'envoys',
  'counterparts',
]);
const BREAKS = new Set([';', '.', '?', '!', ':']);
const LIST_GLUE = new Set([',', 'and', '&', 'as', 'well']);
const EARLIER = new Set(['previous', 'last', 'earlier', 'prior', 'first', 'past']);

/** Who takes part in a call or a meeting: people and countries (an organisation is where they
 * work, a topic what they discuss). */
const isActor = (m: Mention) => m.kind === 'person' || m.kind === 'country';
const MODALS = new Set(['may', 'might', 'could', 'would', 'will', 'should', 'can']);
const SPEECH = new Set([
  'say',
  'tell',
  'believe',
  'expect',
  'hope',
  'think',
  'announce',
  'report',
  'confirm',
  'express',
]);

/** "Canadian delegation", "Japanese team": a country named as the owner of a delegation. */
function ownsDelegation(tokens: readonly Token[], m: Mention): boolean {
  let k = m.end;
  if (["'s", '’s'].includes(tokens[k]?.value ?? '')) k++;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.value === '-') k++;
  return m.kind === 'country' && DELEGATION_NOUNS.has(tokens[k]?.value.toLowerCase() ?? '');
}

/** A mention that can be a party where it stands: not inside a quote, not a place after "in"/"at",
 * not the object of a preposition unless that is "led by X" or "teams from X". */
function standsAsParty(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.start]?.inQuote) return false;
  if (m.adjectival) return ownsDelegation(tokens, m);
  if (["'s", '’s'].includes(tokens[m.end]?.value ?? '') && !ownsDelegation(tokens, m)) return false;
  let k = m.start - 1;
  while (k >= 0 && ['DET', 'ADJ', 'PART'].includes((tokens[k] as Token).pos)) k--;
  const previous = tokens[k]?.value.toLowerCase();
  if (
    previous === undefined ||
    !/^(in|at|on|to|of|for|from|by|about|over|against|into|near)$/.test(previous)
  )
    return true;
  const before = tokens[k - 1]?.value.toLowerCase() ?? '';
  if (previous === 'by') return /^(led|headed|accompanied|joined)$/.test(before);
  if (previous === 'from' || previous === 'of') return DELEGATION_NOUNS.has(before);
  return false;
}

/** "Trump's special envoy Steve Witkoff": the person a name's possessive and a title open. */
function ownedPersonAfter(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  owner: Mention,
): Mention | undefined {
  if (!/^['’]s$/.test(tokens[owner.end]?.value ?? '')) return undefined;
  const person = mentions.find(
    (p) => p.kind === 'person' && p.start > owner.end + 1 && p.start <= owner.end + 5,
  );
  return person && tokens.slice(owner.end + 1, person.start).every(titling) ? person : undefined;
}

/** The actors listed right after token `t` ("with A, B and C", "between A and B"): mentions joined
 * only by commas and "and"; anything else ends the list. */
export function listedAfter(tokens: readonly Token[], mentions: readonly Mention[], t: number) {
  const out: Mention[] = [];
  let at = t + 1;
  for (const m of mentions) {
    if (m.start < at) continue;
    const gap = tokens.slice(at, m.start);
    // "between Sudan and the Rapid Force": an article may open the next name of the list
    const glue = gap.every(
      (x, i) =>
        LIST_GLUE.has(x.value.toLowerCase()) ||
        (out.length === 0 && ['DET', 'ADJ'].includes(x.pos) && x.value !== 'their') ||
        (x.value.toLowerCase() === 'the' && i === gap.length - 1 && i > 0),
    );
    if (!glue) break;
    // ("between Putin and Trump's special envoy Steve Witkoff": the envoy, not whose he is)
    const owned = ownedPersonAfter(tokens, mentions, m);
    if (owned) {
      out.push(owned);
      at = owned.end;
      continue;
    }
    if (isActor(m) && !m.adjectival && !tokens[m.start]?.inQuote) out.push(m);
    else if (m.adjectival && ownsDelegation(tokens, m)) out.push(m);
    else break;
    at = m.end;
  }
  return out;
}

const MEDIATOR_NOUNS = new Set(['mediator', 'mediators', 'broker', 'brokers']);

/** "Egyptian and Qatari mediators": a name, or one of a list of names, that qualifies a noun
 * naming mediators. */
function namedMediator(tokens: readonly Token[], m: Mention): boolean {
  let k = m.end;
  while (tokens[k] && (tokens[k]?.pos === 'PROPN' || ['and', ','].includes(tokens[k]?.value ?? '')))
    k++;
  return MEDIATOR_NOUNS.has(tokens[k]?.value.toLowerCase() ?? '');
}

/** The event a meeting-family trigger names in one sentence, with the parties it names. */
/** The clause of the trigger at t: back to a full stop, or to a comma that does not join a list. */
function clauseStartOf(tokens: readonly Token[], mentions: readonly Mention[], t: number): number {
  for (let k = t - 1; k >= 0; k--) {
    const v = (tokens[k] as Token).value;
    const inList =
      v === ',' &&
      mentions.some((m) => m.end === k) &&
      mentions.some(
        (m) => m.start === k + 1 || (m.start === k + 2 && tokens[k + 1]?.value === 'and'),
      );
    if (BREAKS.has(v) || (v === ',' && !inList)) return k + 1;
  }
  return 0;
}

/** The subject side: actors before any verb of the clause (a participle before "by" or a noun
 * aside: "a delegation led by X held talks", "negotiating teams"), none after a speech verb. */
function subjectSide(tokens: readonly Token[], mentions: readonly Mention[], t: number): Mention[] {
  const clauseStart = clauseStartOf(tokens, mentions, t);
  const firstVerb = tokens.findIndex(
    (x, k) =>
      k >= clauseStart &&
      k < t &&
      x.pos === 'VERB' &&
      tokens[k + 1]?.value !== 'by' &&
      tokens[k + 1]?.pos !== 'NOUN' &&
      !MODALS.has(x.value.toLowerCase()),
  );
  const subjectEnd = firstVerb < 0 ? t : firstVerb;
  return mentions.filter(
    (m) =>
      m.start >= clauseStart &&
      m.end <= subjectEnd &&
      (isActor(m) || m.adjectival) &&
      standsAsParty(tokens, m),
  );
}

/** "the talks", "the Osaka talks", "the two-day meeting": the event already told. */
function isDefinite(tokens: readonly Token[], t: number): boolean {
  let d = t - 1;
  while (
    d > 0 &&
    ['PROPN', 'ADJ', 'NUM', 'PUNCT'].includes((tokens[d] as Token).pos) &&
    tokens[d]?.value !== ','
  )
    d--;
  return (
    tokens[t]?.pos !== 'VERB' &&
    ['the', 'these', 'those', 'their'].includes(tokens[d]?.value.toLowerCase() ?? '')
  );
}

/** "talks with A, B and C", "a call between A and B", "met A", "…, alongside senior officials",
 * "accompanied by X": the other side, and more of the same. */
function otherSide(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  t: number,
  kind: EventKind,
): Mention[] {
  const out: Mention[] = [];
  // "a meeting of A, B and C": the parties listed right after "of" (two at least; "a meeting of
  // NATO" is a body's own)
  if (tokens[t + 1]?.value === 'of' && tokens[t]?.pos === 'NOUN') {
    const listed = listedAfter(tokens, mentions, t + 1);
    if (listed.length >= 2) out.push(...listed);
  }
  let k = t + 1;
  while (
    k < tokens.length &&
    k <= t + 5 &&
    !/^(with|between|among|alongside)$/i.test(tokens[k]?.value ?? '') &&
    !BREAKS.has(tokens[k]?.value ?? '') &&
    tokens[k]?.pos !== 'VERB'
  )
    k++;
  const opener = tokens[k]?.value.toLowerCase();
  if (opener && /^(with|between|among|alongside)$/.test(opener))
    out.push(...listedAfter(tokens, mentions, k));
  else if (tokens[t]?.pos === 'VERB' && kind === 'meeting')
    out.push(...listedAfter(tokens, mentions, t));
  tokens.forEach((token, j) => {
    if (j <= t) return;
    const v = token.value.toLowerCase();
    if (
      v === 'alongside' ||
      (v === 'by' && /^(accompanied|joined)$/i.test(tokens[j - 1]?.value ?? ''))
    )
      out.push(...listedAfter(tokens, mentions, j));
  });
  return out;
}

/** "A delegation led by X": X acts for the country whose delegation it is. */
function delegationSides(
  tokens: readonly Token[],
  parties: readonly Mention[],
  t: number,
): Map<string, Mention> {
  const sides = new Map<string, Mention>();
  const owner = parties.find((m) => m.kind === 'country' && ownsDelegation(tokens, m));
  if (owner)
    for (const m of parties)
      if (
        m.kind === 'person' &&
        m.start < t &&
        /^(led|headed)$/i.test(tokens[m.start - 2]?.value ?? '') &&
        tokens[m.start - 1]?.value === 'by'
      )
        sides.set(m.id, owner);
  return sides;
}

/** "… during a meeting with Store, Agnes Berg, an Icelandic official, said": a name set off by
 * a comma after the gathering, with a verb of speech after it (past its own apposition), is the
 * one who tells of the gathering, no party to it. */
function speaksAfter(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.start - 1]?.value !== ',') return false;
  let k = m.end;
  if (tokens[k]?.value === ',') {
    const close = tokens.findIndex((x, j) => j > k && j <= k + 8 && x.value === ',');
    k = close > 0 ? close + 1 : k + 1;
  }
  const verb = tokens[k];
  return verb !== undefined && verb.pos === 'VERB' && SPEECH.has(verb.lemma);
}

export function readEventMention(
  sentence: TaggedSentence,
  index: number,
  mentions: readonly Mention[],
  trigger: Trigger,
): EventMention | null {
  const kind = trigger.kind;
  if (kind !== 'call' && kind !== 'meeting' && kind !== 'talks') return null;
  // a reception's host may follow its guests ("Welcoming A and B, X said"): its meetings are
  // proposed pair by pair, and no event is read from the guests alone
  if (trigger.rule === 'pattern:reception') return null;
  // a visit ("X arrived in Israel") is proposed as itself, no gathering of those named with it
  if (trigger.rule === ARRIVAL_RULE) return null;
  const tokens = sentence.tokens;
  const t = trigger.t;
  const before = tokens.slice(Math.max(0, t - 4), t).map((x) => x.value.toLowerCase());
  if (before.some((w) => EARLIER.has(w))) return null;
  // "the talks" names the event already told: it may date it, it adds nobody
  if (isDefinite(tokens, t))
    return { kind, sentence: index, trigger: t, participants: [], definite: true };
  // "Egyptian and Qatari mediators resumed talks between A and B": the mediators carry the
  // talks, and are no party to them
  const participants = [
    ...subjectSide(tokens, mentions, t).filter((m) => !namedMediator(tokens, m)),
    ...otherSide(tokens, mentions, t, kind),
  ];
  // "X said … a meeting between A and B": the speaker is not a party to it
  const listed = participants.filter((m) => m.start > t);
  const kept =
    listed.length > 0
      ? participants.filter(
          (m) =>
            m.start > t ||
            !tokens.slice(m.end, t).some((x) => SPEECH.has(x.lemma) && x.pos === 'VERB'),
        )
      : participants;
  const unique = kept
    .filter((m, i) => kept.findIndex((o) => o.id === m.id) === i)
    .filter((m) => m.start < t || !speaksAfter(tokens, m));
  // "a call between A and B could ease …": a call that may happen, not one that did
  const lastParty = Math.max(t, ...unique.map((m) => m.end));
  for (let j = t + 1; j < Math.min(tokens.length, lastParty + 3); j++) {
    const x = tokens[j] as Token;
    if (x.value === ',' || BREAKS.has(x.value)) break;
    if (MODALS.has(x.value.toLowerCase()) && j >= lastParty) return null;
  }
  const sides = delegationSides(tokens, unique, t);
  return { kind, sentence: index, trigger: t, participants: unique, definite: false, sides };
}

const JOINS =
  /\b(part of|member of|members of|joined|present|accompanied|alongside|among the|included|led the|leading|attending|attendance|(is|was) (led|headed) by)\b/i;

/** Words of being at a meeting without being its subject: "also attended", "joined the meeting
 * via video call", "in the presence of", "looked on", "witnessed the handshake", "at his side". */
const ATTENDS =
  /\b(also attended|attended (the|that|this) (\w+ ){0,2}(meeting|talks|summit|session|ceremony|signing|event)|joined (the (\w+ ){0,2}(meeting|talks|summit|session|call|conference) )?(via|by|through|over) (a )?video|in the presence of|looked on|witnessed the (\w+ ){0,2}(signing|ceremony|meeting|talks|handshake)|(at|by) (his|her|their) side)\b/i;

/** "X, Canada's farm minister, was on Ottawa's delegation too", "Present as well was X",
 * "Also attending the meeting were X and Y", "X was also in attendance", "X also attended",
 * "X joined the meeting via video call", "X looked on",
 * "X, who came with Y in the Japanese delegation": people added to the event just named. */
export function readDelegation(
  sentence: TaggedSentence,
  index: number,
  mentions: readonly Mention[],
): DelegationMention | null {
  const tokens = sentence.tokens;
  const text = sentence.text;
  const attends = ATTENDS.test(text);
  if (!JOINS.test(text) && !attends) return readCompanions(tokens, index, mentions);
  const hasDelegation =
    attends ||
    tokens.some((x) => DELEGATION_NOUNS.has(x.value.toLowerCase()) || x.lemma === 'delegation') ||
    /\b(also present|were present|was present|also attending|also attended|in attendance)\b/i.test(
      text,
    );
  if (!hasDelegation) return null;
  const members = mentions.filter(
    (m) => m.kind === 'person' && !m.adjectival && !tokens[m.start]?.inQuote,
  );
  if (members.length === 0) return null;
  const owners = mentions.filter((m) => m.kind === 'country' && ownsDelegation(tokens, m));
  const sideMention = owners[0];
  const memberSides = new Map<string, Mention>();
  for (const m of members) {
    // "Armenia's delegation is led by X, while Azerbaijan's team is headed by Y": the delegation
    // told just before a member is theirs
    const by = tokens.findIndex((x, k) => k < m.start && k >= m.start - 5 && x.value === 'by');
    const ledBy =
      by > 0 &&
      /^(led|headed)$/i.test(tokens[by - 1]?.value ?? '') &&
      !tokens.slice(by, m.start).some((x) => x.value === ',');
    const before = ledBy ? owners.filter((o) => o.end <= m.start).at(-1) : undefined;
    const side = possessiveSide(tokens, mentions, m) ?? before ?? sideMention;
    if (side) memberSides.set(m.id, side);
  }
  return { sentence: index, members, side: sideMention ?? null, memberSides };
}

/** Words of coming along with someone: "arriving with", "travelling in Lima with". */
const COMING = new Set(['arrive', 'travel', 'fly', 'come']);

/** "X, arriving in Lima with A, B and C, entered the palace": A, B and C came with X. The people
 * listed after "with", up to the clause's next verb; X is the person just before, a comma between. */
function readCompanions(
  tokens: readonly Token[],
  index: number,
  mentions: readonly Mention[],
): DelegationMention | null {
  const t = tokens.findIndex((x) => COMING.has(x.lemma) && x.pos === 'VERB');
  if (t < 1 || tokens[t - 1]?.value !== ',') return null;
  const companion = mentions.find((m) => m.kind === 'person' && m.end === t - 1);
  const w = tokens.findIndex((x, k) => k > t && k <= t + 4 && x.value === 'with');
  if (!companion || w < 0) return null;
  const verb = tokens.findIndex((x, k) => k > w && x.pos === 'VERB');
  const end = verb < 0 ? tokens.length : verb;
  const members = mentions.filter(
    (m) => m.kind === 'person' && !m.adjectival && m.start > w && m.end <= end,
  );
  if (members.length === 0) return null;
  return {
    sentence: index,
    members,
    side: null,
    memberSides: new Map(),
    companionOf: companion.id,
  };
}

/** An event of the article: its mentions joined, its participants with where each was named. */
export type GatheredEvent = {
  kind: EventKind;
  /** The sentence that first names it. */
  sentence: number;
  date: FoundDate | null;
  participants: { mention: Mention; sentence: number; rule: string }[];
  /** Countries whose delegation a member belongs to: member id → country mention. */
  sides: Map<string, Mention>;
};

const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** Two dates of one event: either unknown, one a prefix of the other ("2025-10" ⊃ "2025-10-30"),
 * a day within the other's span, or days at most `slack` apart (two, by default: a graph's event
 * may be dated by another city's clock; within one article, the days it names are its own). */
export function datesAgree(a: FoundDate | null, b: FoundDate | null, slack = 2): boolean {
  if (a === null || b === null) return true;
  if (a.date.startsWith(b.date) || b.date.startsWith(a.date)) return true;
  if (a.date.length < 10 || b.date.length < 10) return false;
  const within = (day: string, span: FoundDate) =>
    span.until !== undefined && day >= span.date && day <= span.until;
  if (within(a.date, b) || within(b.date, a)) return true;
  return Math.abs(dayNumber(a.date) - dayNumber(b.date)) <= slack;
}

const FAMILY: Record<EventKind, string> = { call: 'call', meeting: 'meeting', talks: 'meeting' };

/** Joins the event mentions and delegation sentences of one article into events. */
export function gatherEvents(
  mentions: readonly EventMention[],
  delegations: readonly DelegationMention[],
  dateOf: (m: EventMention) => FoundDate | null,
): GatheredEvent[] {
  const events: GatheredEvent[] = [];
  let current: GatheredEvent | null = null;
  const lastSeen = new Map<GatheredEvent, number>();
  const lastDefinite = new Map<GatheredEvent, number>();
  const steps = [
    ...mentions.map((m) => ({ sentence: m.sentence, at: m.trigger, event: m })),
    ...delegations.map((d) => ({ sentence: d.sentence, at: 1e9, delegation: d })),
  ].sort((a, b) => a.sentence - b.sentence || a.at - b.at);
  const add = (event: GatheredEvent, m: Mention, sentence: number, rule: string) => {
    if (!event.participants.some((p) => p.mention.id === m.id))
      event.participants.push({ mention: m, sentence, rule });
  };
  for (const step of steps) {
    if ('delegation' in step && step.delegation) {
      const d = step.delegation;
      if (current === null) continue;
      const party = d.companionOf;
      if (party !== undefined && !current.participants.some((p) => p.mention.id === party))
        continue;
      for (const m of d.members) {
        add(current, m, d.sentence, 'event:delegation');
        const side = d.memberSides.get(m.id);
        if (side) current.sides.set(m.id, side);
      }
      if (d.side) add(current, d.side, d.sentence, 'event:delegation');
      continue;
    }
    const m = (step as { event: EventMention }).event;
    const date = dateOf(m);
    const same = [...events].reverse().find(
      (e) =>
        FAMILY[e.kind] === FAMILY[m.kind] &&
        datesAgree(e.date, date, 0) &&
        (m.definite ||
          date !== null ||
          // the sentence naming the event just told also names its parties ("The talks were
          // the third round of negotiations between A, B and C")
          (e === current && lastDefinite.get(e) === m.sentence) ||
          m.participants.filter((p) => e.participants.some((q) => q.mention.id === p.id)).length >=
            1),
    );
    if (same) {
      lastSeen.set(same, m.sentence);
      if (m.definite) lastDefinite.set(same, m.sentence);
      if (same.date === null || (date && date.date.length > same.date.date.length))
        same.date = date;
      for (const p of m.participants) add(same, p, m.sentence, 'event:participant');
      for (const [id, side] of m.sides ?? []) same.sides.set(id, side);
      current = same;
      continue;
    }
    const people = new Set(m.participants.map((p) => p.id));
    if (m.definite || people.size < 2) continue;
    const event: GatheredEvent = {
      sides: new Map(m.sides ?? []),
      kind: m.kind,
      sentence: m.sentence,
      date,
      participants: [],
    };
    for (const p of m.participants) add(event, p, m.sentence, 'event:participant');
    events.push(event);
    lastSeen.set(event, m.sentence);
    current = event;
  }
  return events.filter((e) => e.participants.length >= 2);
}
