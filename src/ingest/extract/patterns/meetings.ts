// Calls, meetings, talks, agreements and plans to meet: "A–B meeting", "talks between A and B",
// "A met B", "A held talks with B", "A and B agreed", and "X also joined the call".

import { MONTH_TOKEN, TIME_WORDS, TITLE_WORDS, WEEKDAYS } from '../gazetteer';
import type { Token } from '../nlp';
import {
  ARRIVAL_RULE,
  brokeredBetween,
  CO_CHAIRED_RULE,
  JOINED_RULE,
  SPOKE_TO_RULE,
  type Trigger,
} from '../triggers';
import type { Mention } from '../types';
import {
  actorsAfter,
  actorsBefore,
  afterLocative,
  describedConjunct,
  fromEach,
  interviewer,
  isActor,
  linkWords,
  participleSubject,
  withoutOwners,
} from './actors';
import { coordinated } from './directed';
import type { Candidate, PatternInput } from './types';

/** A body named as the occasion of a meeting: "on the sidelines of the APEC summit", "on the
 * margins of the UN General Assembly". */
function setting(tokens: PatternInput['tokens'], m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && ['DET', 'ADJ'].includes(tokens[k]?.pos ?? '')) k--;
  if (tokens[k]?.value.toLowerCase() !== 'of') return false;
  return ['sidelines', 'margins', 'sideline', 'margin'].includes(
    tokens[k - 1]?.value.toLowerCase() ?? '',
  );
}

/** Words between "talks on" and the place they are about: "on eastern Congo", "On Northern X". */
const REGION_WORD = /^(north|south|east|west|central)(ern)?$|^(north|south)-?(east|west)(ern)?$/;
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over', 'regarding']);
const GATHERING_NOUNS = new Set([
  'talks',
  'talk',
  'meeting',
  'meetings',
  'summit',
  'negotiations',
  'discussions',
  'conference',
  'dialogue',
]);

/** "met in Oslo for crisis talks on eastern Norway": the country after a gathering's "on",
 * "about" or "over" is what the talks are about, not a party to them. */
function topicOfGathering(tokens: PatternInput['tokens'], m: Mention): boolean {
  let k = m.start - 1;
  while (
    k >= 0 &&
    (['DET', 'ADJ'].includes(tokens[k]?.pos ?? '') ||
      REGION_WORD.test(tokens[k]?.value.toLowerCase() ?? ''))
  )
    k--;
  return (
    TOPIC_PREPOSITIONS.has(tokens[k]?.value.toLowerCase() ?? '') &&
    GATHERING_NOUNS.has(tokens[k - 1]?.value.toLowerCase() ?? '')
  );
}

/** "Sweden consulted Norway", "phoned the Norwegian premier", "called A and B": the actors the
 * verb takes at once (after a determiner or a title at most), not one owning something further
 * on ("China's"). */
const possessive = (x: Token | undefined) => ["'s", '’s'].includes(x?.value ?? '');

/** "Bolivia's president Luis Arce", "Bolivia's Foreign Minister Celinda Sosa": the person that
 * `owner`'s possessive and a title open, if any. */
function ownedPerson(input: PatternInput, owner: Mention): Mention | undefined {
  const { tokens, actors } = input;
  const person = actors.find(
    (m) => m.kind === 'person' && m.start > owner.end + 1 && m.start <= owner.end + 5,
  );
  if (person === undefined) return undefined;
  const title = tokens.slice(owner.end + 1, person.start);
  return title.every((x) => TITLE_WORDS.has(x.value.toLowerCase())) ? person : undefined;
}

function directObject(input: PatternInput, t: number): Mention[] {
  const { tokens, actors, mentions } = input;
  const named = namedCounterparts(input, t);
  if (named.length > 0) return named;
  const first = mentions.find((m) => m.start > t && m.start <= t + 3);
  // "called Bolivia's president Luis Arce": the person the country's possessive opens
  const owned = first && possessive(tokens[first.end]) ? ownedPerson(input, first) : undefined;
  const object = owned ?? (first && actors.includes(first) ? first : undefined);
  if (!object || possessive(tokens[object.end])) return [];
  // ("called her Bolivian counterpart")
  const gap = tokens.slice(t + 1, (first as Mention).start);
  const opens = (x: Token) =>
    ['DET', 'ADJ', 'PROPN'].includes(x.pos) || /^(his|her|their|its)$/i.test(x.value);
  if (!gap.every(opens)) return [];
  // "called Tamm and Ozols separately": a second object joined by "and"
  const second = actors.find((m) => m.start > object.end && m.start <= object.end + 4);
  const joined =
    second !== undefined &&
    linkWords(tokens, object.end, second.start).join(' ') === 'and' &&
    !["'s", '’s'].includes(tokens[second.end]?.value ?? '');
  return joined ? [object, second] : [object];
}

/** "phoned his Russian and American counterparts Vladimir Putin and Donald Trump": the people
 * named after the counterparts the verb at `t` takes as its object. */
function namedCounterparts({ tokens, actors }: PatternInput, t: number): Mention[] {
  const k = tokens.findIndex((x, i) => i > t && i <= t + 10 && /^counterparts?$/i.test(x.value));
  if (k < 0 || !/^(his|her|their|its)$/i.test(tokens[t + 1]?.value ?? '')) return [];
  // ("his Democratic Republic of Congo (DRC) counterpart": a country's name, its short name)
  const describing = (x: Token) =>
    ['ADJ', 'PROPN', 'CCONJ'].includes(x.pos) || [',', 'of', '(', ')'].includes(x.value);
  if (!tokens.slice(t + 2, k).every(describing)) return [];
  // ("…counterpart, Felix Tshisekedi,": the name set off by a comma)
  const at = tokens[k + 1]?.value === ',' ? k + 2 : k + 1;
  const first = actors.find((m) => m.start === at && m.kind === 'person');
  if (first === undefined) return [];
  const second = actors.find((m) => m.start > first.end && m.kind === 'person');
  const joined = second && linkWords(tokens, first.end, second.start).join(' ') === 'and';
  return joined ? [first, second] : [first];
}

/** Words that say how two people spoke, between the verb and its "with" ("spoke by phone with",
 * "talked over the telephone with", "met via video link with"). */
const MEANS = new Set([
  ...['by', 'via', 'over', 'the', 'a'],
  ...['phone', 'telephone', 'video', 'videolink', 'link', 'conference', 'videoconference'],
]);

/** Whether "with" follows the trigger at once, one word on, or past words that say when or how. */
function withAfter(tokens: PatternInput['tokens'], t: number): boolean {
  if (tokens[t + 1]?.value === 'with' || tokens[t + 2]?.value === 'with') return true;
  // "received a phone call from Rubio": the caller is the other party
  if (tokens[t]?.lemma === 'call' && tokens[t + 1]?.value === 'from') return true;
  // ("met on Wednesday (Sept 17) with": a day's date set off)
  for (const k of pastDateAsides(tokens, t + 1, 5)) {
    const word = tokens[k]?.value.toLowerCase() ?? '';
    if (word === 'with') return k > t + 1;
    if (!TIME_WORDS.has(word) && !MEANS.has(word) && !/^\d{1,2}$/.test(word)) return false;
  }
  return false;
}

/** "agreed to a ceasefire with Estonia", "agreed on a deal with Estonia": the "with" that closes
 * an agreement's complement, before any punctuation or other verb; -1 when there is none. */
function withInComplement(tokens: PatternInput['tokens'], t: number): number {
  // ("signed the pact on Wednesday (Sept 17) with …": a day's date set off)
  for (const k of pastDateAsides(tokens, t + 3, 6)) {
    const x = tokens[k];
    if (x === undefined || x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'SCONJ') return -1;
    if (x.value === 'with') return k;
  }
  return -1;
}

/** The indices of `count` tokens from `from` on, past any date set off by brackets or commas
 * ("on Wednesday (Sept 17) with": "on", "Wednesday", "with"). */
function pastDateAsides(tokens: PatternInput['tokens'], from: number, count: number): number[] {
  const out: number[] = [];
  for (let k = from; out.length < count && k < tokens.length + 1; k++) {
    const aside = dateAsideEnd(tokens, k);
    if (aside > k) k = aside - 1;
    else out.push(k);
  }
  return out;
}

/** Where a date set off by brackets or commas at `k` ends ("(Sept 17)", ", September 17,"): the
 * index after its closing mark, or -1. */
export function dateAsideEnd(tokens: PatternInput['tokens'], k: number): number {
  const open = tokens[k]?.value;
  if (open !== '(' && open !== ',') return -1;
  const close = open === '(' ? ')' : ',';
  let j = k + 1;
  while (
    j < k + 5 &&
    (MONTH_TOKEN.test(tokens[j]?.value ?? '') || /^\d{1,4}$|^\.$/.test(tokens[j]?.value ?? ''))
  )
    j++;
  const month = tokens.slice(k + 1, j).some((x) => MONTH_TOKEN.test(x.value));
  return month && tokens[j]?.value === close ? j + 1 : -1;
}

/** "Egyptian and Qatari mediators said the talks…", "mediators from Egypt and Qatar": the
 * mediators' countries carry the talks of others, and are no party to them. */
function mediating(tokens: PatternInput['tokens'], m: Mention): boolean {
  const mediators = (k: number) => /^mediators?$/i.test(tokens[k]?.value ?? '');
  if (mediators(m.end)) return true;
  let k = m.start - 1;
  while (['and', ','].includes(tokens[k]?.value ?? '') || tokens[k]?.pos === 'PROPN') k--;
  return tokens[k]?.value === 'from' && mediators(k - 1);
}

/** "with the ministers of both countries": the two sides, sharing the words. */
const twins = (objects: readonly Mention[]) =>
  objects[0]?.rule === 'pattern:both-sides' && objects[1]?.start === objects[0].start;

/** "with Latvia and Estonia", "with the leaders of Latvia and Estonia": the first two objects
 * joined by "and". */
function joinedByAnd(tokens: PatternInput['tokens'], objects: readonly Mention[]): boolean {
  const [first, second] = objects;
  if (first === undefined || second === undefined) return false;
  const gap = linkWords(tokens, first.end, second.start).join(' ');
  // ("met Jo Roe and his Maltese counterpart Al Oak")
  return gap === 'and' || gap === ', and' || describedConjunct(tokens, first.end, second.start);
}

/** "met with Peru, Chile and Bolivia": the objects that make one list, its items joined by
 * commas up to the "and" before its last; the first alone when they make none. */
function listedObjects(tokens: PatternInput['tokens'], objects: readonly Mention[]): Mention[] {
  const list = objects.slice(0, 1);
  for (let k = 1; k < objects.length; k++) {
    const gap = linkWords(tokens, (objects[k - 1] as Mention).end, (objects[k] as Mention).start);
    const link = gap.join(' ');
    if (link === 'and' || link === ', and') return [...list, objects[k] as Mention];
    if (link !== ',') break;
    list.push(objects[k] as Mention);
  }
  return list.slice(0, 1);
}

const PARTIES: ReadonlySet<Mention['kind']> = new Set(['person', 'country', 'organization']);

/** "Trump–Xi meeting", "the Latvia-Estonia ceasefire", "US-China trade talks": two parties joined
 * by a dash just before the trigger (countries and bodies with nothing but its qualifiers between),
 * or both sides named just before it. */
function dashedPair(
  tokens: PatternInput['tokens'],
  mentions: readonly Mention[],
  t: number,
): [Mention, Mention] | null {
  const near = mentions.filter((m) => m.end <= t && m.end >= t - 3 && PARTIES.has(m.kind));
  const [a, b] = near.slice(-2);
  if (a === undefined || b === undefined || a.id === b.id) return null;
  if (!tokens.slice(a.end, b.start).every((x) => ['-', '–'].includes(x.value))) return null;
  // "the sides agreed", "the two countries met": both sides, sharing the words before the trigger
  if (a.start === b.start && a.end === b.end && a.end >= t - 1) return [a, b];
  if (a.kind === 'person' && b.kind === 'person') return [a, b];
  if (b.start <= a.end) return null;
  const qualifiers = tokens.slice(b.end, t).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ');
  return qualifiers ? [a, b] : null;
}

/** "After meeting Estonia's prime minister, …": a gerund the tagger reads as a noun, after the
 * word that opens its phrase, takes an object as the verb does. */
const gerund = (tokens: PatternInput['tokens'], t: number) =>
  /ing$/.test(tokens[t]?.value ?? '') &&
  // ("arrived in Lima, meeting President Roe": a participle after the clause, its subject's deed,
  // not "meeting Bolivia's demands")
  ([',', 'after', 'before', 'while', 'since', 'when'].includes(
    tokens[t - 1]?.value.toLowerCase() ?? '',
  ) ||
    absolutePhrase(tokens, t) >= 0) &&
  tokens[t + 1]?.pos === 'PROPN' &&
  !tokens.slice(t + 2, t + 6).some((x) => /^['’]s$/.test(x.value));

/** "With President Ramaphosa meeting Trump on Wednesday, …": where a phrase that opens the
 * sentence with "with", its subject and a gerund begins, or -1. */
function absolutePhrase(tokens: PatternInput['tokens'], t: number): number {
  const k = tokens.slice(Math.max(0, t - 6), t).findIndex((x) => x.value === 'With');
  const open = Math.max(0, t - 6) + k;
  return k >= 0 && (open === 0 || tokens[open - 1]?.pos === 'PUNCT') ? open : -1;
}

/** The subject of a gerund in a phrase that opens with "with" (which reads its subject as no
 * subject otherwise). */
function absoluteSubject(tokens: PatternInput['tokens'], actors: readonly Mention[], t: number) {
  const open = absolutePhrase(tokens, t);
  if (open < 0 || !/ing$/.test(tokens[t]?.value ?? '')) return [];
  const inPhrase = actors.filter((m) => m.start > open && m.end <= t);
  return inPhrase.length === 1 ? inPhrase : [];
}

/** A token's word in lowercase. */
const low = (x: PatternInput['tokens'][number] | undefined) => x?.value.toLowerCase() ?? '';

/** Verbs of a third party that carries the talks of others. */
const BROKERING = new Set(['broker', 'mediate', 'facilitate', 'oversee']);

/** Where the capitalised name of an accord ending at `t` begins ("the Riga Fisheries
 * Accord"), or `t` when the accord is no name ("a peace accord"). */
function accordNameStart(tokens: PatternInput['tokens'], t: number): number {
  if (!/^\p{Lu}/u.test(tokens[t]?.value ?? '')) return t;
  let k = t;
  while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1]?.value ?? '') && tokens[k - 1]?.pos !== 'VERB') k--;
  return k;
}

/** Verbs an accord is made with, in the passive: "the truce was signed between A and B". */
const MADE = new Set(['sign', 'reach', 'strike', 'seal', 'conclude', 'ink', 'agree', 'initial']);

/** "The memorandum was signed between A and B": an accord made between two
 * parties named after the passive verb (its own name's "of …" and the auxiliary between). */
function signedBetween(tokens: PatternInput['tokens'], t: number, kind: Trigger['kind']): boolean {
  if (kind !== 'agreement') return false;
  for (let k = t + 1; k < Math.min(tokens.length, t + 7); k++) {
    const x = tokens[k] as PatternInput['tokens'][number];
    if (x.value !== 'between') continue;
    const gap = tokens.slice(t + 1, k);
    return (
      gap.some((y) => y.pos === 'VERB' && MADE.has(y.lemma)) &&
      gap.every((y) => ['AUX', 'VERB', 'ADP', 'NOUN', 'ADJ', 'DET', 'ADV'].includes(y.pos))
    );
  }
  return false;
}

/** "Vance arrived in Israel", "a Hamas delegation arrived in Cairo": the people or body before
 * the verb visit the country named right after "in" (a capital standing for it). */
function readArrival(input: PatternInput, t: number): Candidate[] {
  const { tokens, actors, mentions } = input;
  const host = mentions.find((m) => m.start === t + 2 && m.kind === 'country' && !m.adjectival);
  if (host === undefined) return [];
  const visitors = actorsBefore(tokens, actors, t).filter(
    (m) => m.kind === 'person' || m.kind === 'organization',
  );
  return fromEach(visitors, [host], 0.7);
}

/** Those before the verb at `t` who act themselves (no country's adjective). */
const speakers = ({ tokens, actors }: PatternInput, t: number) =>
  actorsBefore(tokens, actors, t).filter((m) => !m.adjectival);

/** "Silina spoke to US Vice President JD Vance", "told Michal in a phone call": a call between
 * the speaker and the person the words after "to" (or after "told") name (a medium or a crowd
 * spoken to is none). */
function readSpokeTo(input: PatternInput, t: number): Candidate[] {
  const { tokens, actors } = input;
  // ("told Michal in a phone call": the one told right after the verb)
  const to = [t + 1, t + 2].find((k) => tokens[k]?.value === 'to') ?? t;
  const after = actorsAfter(tokens, actors, to, 4, 12);
  const person = after.find((m) => m.kind === 'person');
  // ("spoke to both foreign ministers": each of the article's two sides)
  const both = after.filter((m) => m.rule === 'pattern:both-sides' && m.start <= to + 2);
  if (person === undefined && both.length === 2) return fromEach(speakers(input, t), both, 0.6);
  if (person === undefined) return counterpartsSpokenTo(input, t, to);
  const between = tokens.slice(to + 1, person.start);
  if (!between.every((x) => ['PROPN', 'NOUN', 'ADJ', 'PART'].includes(x.pos))) return [];
  // ("spoke to Michal and Silina": each one named)
  const people = coordinated(tokens, after, person).filter((m) => m.kind === 'person');
  return fromEach(speakers(input, t), people, 0.7);
}

/** "Trump announced a ceasefire between Latvia and Estonia", "Iran offered to mediate between
 * Latvia and Estonia": the speaker speaks of both sides named after "between". */
export function readBothSidesTold(input: PatternInput, trigger: Trigger): Candidate[] {
  const { tokens, actors } = input;
  const between = tokens.findIndex((x, k) => k > trigger.t && x.value === 'between');
  const sides = actorsAfter(tokens, actors, between, 2, 8, false);
  return fromEach(speakers(input, trigger.t), sides, 0.6);
}

/** "spoke to her Estonian counterpart", "spoke to her Finnish and Swedish counterparts", "spoke to
 * his counterparts in Finland and Sweden": a call with each country whose counterpart is named. */
function counterpartsSpokenTo(input: PatternInput, t: number, to: number): Candidate[] {
  const { tokens, actors, mentions } = input;
  const noun = tokens.findIndex(
    (x, k) => k > to && k <= to + 5 && /^counterparts?$/i.test(x.value),
  );
  if (noun < 0) return [];
  // ("her Estonian counterpart": the country its adjective names, read as a side here)
  const adjectives = mentions.filter((m) => m.kind === 'country' && m.start > to && m.end <= noun);
  // ("her counterparts in Finland and Sweden")
  const first = tokens[noun + 1]?.value === 'in' ? countryAt(mentions, noun + 2) : undefined;
  const placed = first ? coordinated(tokens, [...mentions], first) : [];
  return fromEach(speakers(input, t), [...adjectives, ...placed], 0.6);
}

const countryAt = (mentions: readonly Mention[], k: number) =>
  mentions.find((m) => m.start === k && m.kind === 'country');

/** Tags that may stand between the names of a list ("Starmer, French President Emmanuel Macron
 * and …"): commas, "and", and the words of a title. */
const IN_A_LIST = new Set(['PUNCT', 'CCONJ', 'PROPN', 'ADJ', 'NOUN', 'DET']);

/** The actors of the list that opens at `from`: the first after it, and each after it with only
 * commas, "and" and title words between; of the kind of the first (a person's title may name a
 * body: "NATO Secretary General Mark Rutte"). */
export function listAfter(
  tokens: PatternInput['tokens'],
  actors: readonly Mention[],
  from: number,
) {
  const first = actors.find((m) => m.start > from && m.start <= from + 6);
  if (first === undefined) return [];
  const list = [first];
  for (const m of actors) {
    const last = list.at(-1) as Mention;
    if (m.start < last.end || m.kind !== first.kind) continue;
    const between = tokens.slice(last.end, m.start);
    if (!between.every((x) => IN_A_LIST.has(x.pos) && x.value !== '.')) break;
    list.push(m);
  }
  return list;
}

/** "Kim and Putin joined Xi at a parade", "Xi was joined by Boric and Lula for a dinner",
 * "spoke with Zelensky before being joined on the call by Starmer, Macron and Merz": those who
 * join meet those they join; on a call, everyone the sentence names on it before was on it.
 * People join people so: "Finland joined NATO at a ceremony" is membership. */
function readJoined(input: PatternInput, trigger: Trigger): Candidate[] {
  const { tokens, actors } = input;
  const { t, kind } = trigger;
  const by = tokens.findIndex((x, k) => k > t && k <= t + 5 && x.value === 'by');
  const joining = listAfter(tokens, actors, by >= 0 ? by : t).filter((m) => m.kind === 'person');
  const onIt = (
    kind === 'call' ? actors.filter((m) => m.end <= t) : actorsBefore(tokens, actors, t)
  ).filter((m) => m.kind === 'person');
  return fromEach(onIt, joining, 0.75);
}

/** Whether the word at `k` brokers others' talks or accord (not "a Danish-brokered accord",
 * where the broker is a compound's; the tagger may read "mediated" as an adjective, whose lemma
 * is the word itself). */
function brokers(tokens: PatternInput['tokens'], k: number): boolean {
  const words = [tokens[k]?.lemma, ...[/d$/, /ed$/].map((end) => low(tokens[k]).replace(end, ''))];
  return words.some((w) => BROKERING.has(w ?? '')) && tokens[k - 1]?.value !== '-';
}

/** Where "between" follows the place a gathering at `t` is held in ("summit in Lima between",
 * "talks at the Kremlin between"), or -1. */
function placedBetween(tokens: PatternInput['tokens'], t: number): number {
  if (!['in', 'at'].includes(low(tokens[t + 1]))) return -1;
  let k = t + 2;
  if (low(tokens[k]) === 'the') k++;
  const from = k;
  while (k < t + 7 && tokens[k]?.pos === 'PROPN') k++;
  return k > from && low(tokens[k]) === 'between' ? k : -1;
}

/** Where "by" names those who signed the accord at `t` ("was signed on Sunday by", "the signing
 * of the deal by"), or -1. */
function signedBy(tokens: PatternInput['tokens'], t: number): number {
  const by = tokens.findIndex((x, k) => k > t && k <= t + 12 && x.value === 'by');
  // ("was signed in Riyadh on Sunday by": a place's name after "in" or "at" may stand between)
  const placed = (k: number) => {
    let j = k;
    while (tokens[j - 1]?.pos === 'PROPN' || low(tokens[j - 1]) === 'the') j--;
    return /^(in|at)$/.test(low(tokens[j - 1]));
  };
  if (
    by < 0 ||
    tokens
      .slice(t + 1, by)
      .some((x, i) => x.pos === 'PROPN' && !WEEKDAYS.includes(low(x)) && !placed(t + 1 + i))
  )
    return -1;
  // ("inked by", "sealed by": signed in other words)
  const signed = (x: Token | undefined) =>
    /^(sign|ink|seal)$/.test(x?.lemma ?? '') || /^(sign|ink|seal)(ed|ing)$/.test(low(x));
  const before = tokens.slice(Math.max(0, t - 4), t);
  const passive = tokens.slice(t + 1, by).some(signed);
  return passive || (by === t + 1 && before.some(signed)) ? by : -1;
}

/** "Negotiations are under way between A and B", "talks were ongoing between A and B": a
 * gathering told as going on, its two sides after "between". */
function underwayBetween(tokens: PatternInput['tokens'], t: number): boolean {
  if (tokens[t + 1]?.pos !== 'AUX') return false;
  const words = tokens
    .slice(t + 2, t + 6)
    .map((x) => x.value.toLowerCase())
    .join(' ');
  return /^(?:(?:now|still|already) )?(?:underway|under way|ongoing|taking place) between\b/.test(
    words,
  );
}

/** Verbs that say a gathering happened: "took place", "was held", "convened". */
const HAPPENED = /^(take|hold|convene|happen|occur)$/;

/** "A meeting took place in London on Tuesday between A, B and C", "talks were held on Monday
 * between A and B": where "between" follows the verb that says the gathering at `t` happened
 * (its place and day between them), or -1. */
function heldBetween(tokens: PatternInput['tokens'], t: number): number {
  const between = tokens.findIndex((x, k) => k > t + 1 && k <= t + 12 && low(x) === 'between');
  if (between < 0) return -1;
  const gap = tokens.slice(t + 1, between);
  const verbs = gap.filter((x) => x.pos === 'VERB');
  if (verbs.length !== 1 || !HAPPENED.test(verbs[0]?.lemma ?? '')) return -1;
  // ("took place": the verb and its noun; nothing else but the place and the day)
  const place = (x: Token) =>
    ['ADP', 'PROPN', 'DET', 'NUM', 'AUX', 'ADV', 'NOUN', 'ADJ'].includes(x.pos);
  return gap.every((x) => x.pos === 'VERB' || place(x)) ? between : -1;
}

/** Each two of the actors listed after `from` ("between A, B and C", "involving A, B and C"). */
function eachTwoListed(
  tokens: PatternInput['tokens'],
  actors: readonly Mention[],
  from: number,
): Candidate[] {
  const joined = (a: Mention, b: Mention) =>
    describedConjunct(tokens, a.end, b.start) ||
    [',', 'and', ', and'].includes(linkWords(tokens, a.end, b.start).join(' '));
  const listed = actorsAfter(tokens, actors, from, 4, 20, true).filter(
    (m, k, all) => k === 0 || joined(all[k - 1] as Mention, m),
  );
  return listed.flatMap((a, i) => listed.slice(i + 1).map((b) => ({ a, b, confidence: 0.7 })));
}

/** The two parties named after `from` ("by A and B", "between A and B"), as one candidate; none
 * unless both are named. */
function pairAfter(
  tokens: PatternInput['tokens'],
  pool: readonly Mention[],
  from: number,
  confidence: number,
): Candidate[] {
  const [a, b] = actorsAfter(tokens, pool, from, 2, 30, false);
  return a && b ? [{ a, b, confidence }] : [];
}

/** The parties the words around the trigger name as a pair or a list of their own: "Trump–Xi
 * meeting", "talks between A and B", "co-chaired by A and B", "a summit involving A, B and C";
 * null when they name none so. */
function readNamedParties(input: PatternInput, trigger: Trigger): Candidate[] | null {
  const { tokens, mentions, actors } = input;
  const { t, kind } = trigger;
  const next = tokens[t + 1]?.value;
  const compound = dashedPair(tokens, mentions, t);
  if (compound) return [{ a: compound[0], b: compound[1], confidence: 0.7 }];
  // ("co-chaired by A and B": the two chairs; "the accord was signed on Sunday by A and B", "the
  // signing of the deal by A and his counterpart B": the two signers)
  const signers = kind === 'agreement' ? signedBy(tokens, t) : -1;
  // ("between Putin and Trump's envoy Steve Witkoff": the envoy, not whose envoy he is)
  const parties = withoutOwners(tokens, actors);
  if (signers > 0) return pairAfter(tokens, parties, signers, 0.85);
  // ("the summit in Lima between A and B": the pair past the place it is held in; "the truce
  // brokered by Z between A and B": past its brokers)
  const placed = Math.max(placedBetween(tokens, t), brokeredBetween(tokens, t));
  if (placed > 0) return pairAfter(tokens, parties, placed, 0.85);
  const chairs = next === 'by' && trigger.rule === CO_CHAIRED_RULE;
  const between =
    next === 'between' ||
    tokens[t + 2]?.value === 'between' ||
    signedBetween(tokens, t, kind) ||
    underwayBetween(tokens, t);
  if (chairs || between) return pairAfter(tokens, parties, t, 0.9);
  // "a meeting took place in London between A, B and C": each two of those it lists
  const held = kind === 'agreement' ? -1 : heldBetween(tokens, t);
  if (held > 0) return eachTwoListed(tokens, parties, held);
  // "a summit involving Putin, Zelensky and Trump": each two of those it lists
  return next === 'involving' ? eachTwoListed(tokens, actors, t + 1) : null;
}

/** Whom the subject of a meeting, call or accord at the trigger deals with, named after it: the
 * one "with" introduces ("agreed a truce with Malta", "met with Jo Roe"), a meeting verb's
 * object ("met Jo Roe and Al Oak") or a general verb's ("phoned Roe"); null when the medium of an
 * interview is named there ("said in a conversation with CNN that Malta …"): no party at all. */
function meetingObjects(input: PatternInput, trigger: Trigger): Mention[] | null {
  const { tokens, actors } = input;
  const { t, kind } = trigger;
  const verb = tokens[t]?.pos === 'VERB' || gerund(tokens, t);
  const accordWith = kind === 'agreement' && verb ? withInComplement(tokens, t) : -1;
  if (accordWith > 0) return actorsAfter(tokens, actors, accordWith, 2, 6).slice(0, 1);
  if (withAfter(tokens, t) || (verb && (kind === 'meeting' || kind === 'planned-meeting'))) {
    if (input.mentions.some((m) => m.start > t && m.start <= t + 4 && interviewer(tokens, m)))
      return null;
    // "met on the sidelines of the APEC summit": a body after another preposition is the setting
    // ("to meet his Maltese and Icelandic counterparts Jo Roe and Al Oak": the people named)
    const counterparts = namedCounterparts(input, t);
    const objects =
      counterparts.length > 0
        ? counterparts
        : actorsAfter(tokens, actors, t, 5, 8).filter(
            (m) => !setting(tokens, m) && !topicOfGathering(tokens, m),
          );
    // "with Acme Corp Jane Doe": prefer the person right after an organisation.
    const [first, second] = objects;
    if (first?.kind === 'organization' && second?.kind === 'person' && second.start === first.end)
      return [second];
    const listed = listedObjects(tokens, objects);
    if (listed.length > 2) return listed;
    return objects.slice(0, joinedByAnd(tokens, objects) || twins(objects) ? 2 : 1);
  }
  if (verb && (trigger.rule.startsWith('cameo:') || trigger.rule === 'pattern:called'))
    return directObject(input, t);
  return [];
}

/** Where the gerund that holds or goes into the gathering named at `t` stands ("holding talks",
 * "heading into the meeting", "going into talks"), or `t` when none does. */
function gerundBefore(tokens: PatternInput['tokens'], t: number): number {
  let k = t - 1;
  while (k > t - 4 && /^(DET|ADJ|NUM)$/.test(tokens[k]?.pos ?? '')) k--;
  if (/^(into|for|to)$/.test(tokens[k]?.value ?? '')) k--;
  else k = t - 1;
  return /ing$/.test(tokens[k]?.value ?? '') ? k : t;
}

/** "China and Russia pushed a resolution that would have given time for talks": a relative clause
 * between the subjects and the gathering at `t` tells of another's gathering, not theirs. */
function relativeBetween(tokens: PatternInput['tokens'], last: Mention, t: number): boolean {
  // ("held a meeting that included discussions": the clause of their own gathering)
  const gathering = (x: PatternInput['tokens'][number] | undefined) =>
    /^(meeting|talks|summit|call|session|conference|visit|negotiations)$/i.test(x?.value ?? '');
  return tokens
    .slice(last.end, t)
    .some(
      (x, k, gap) =>
        /^(that|which)$/i.test(x.value) && gap[k - 1]?.pos === 'NOUN' && !gathering(gap[k - 1]),
    );
}

/** Nouns of an offer whose "to" clause is what is offered. */
const OFFERS = new Set(['proposal', 'offer', 'call', 'invitation', 'initiative', 'plan']);

/** "a proposal by Jo Roe on Sunday to resume talks with Peru": the one who offered the
 * gathering at `t`, named after "by" past the offer's noun, the infinitive between. */
function proposerOf(
  tokens: PatternInput['tokens'],
  actors: readonly Mention[],
  t: number,
): Mention[] {
  const by = tokens.findLastIndex((x, k) => k < t && k >= t - 12 && x.value === 'by');
  if (by < 1 || !OFFERS.has(tokens[by - 1]?.lemma ?? '')) return [];
  const offerer = actors.find(
    (m) => m.start === by + 1 || (m.start === by + 2 && tokens[by + 1]?.pos === 'DET'),
  );
  if (!offerer) return [];
  const to = tokens.findIndex((x, k) => k > offerer.end && k < t && x.value === 'to');
  return to > 0 && tokens[to + 1]?.pos === 'VERB' ? [offerer] : [];
}

export function readMeetingPattern(input: PatternInput, trigger: Trigger): Candidate[] {
  const { tokens, actors, previousCall } = input;
  const { t, kind } = trigger;
  if (trigger.rule === ARRIVAL_RULE) return readArrival(input, t);
  if (trigger.rule === SPOKE_TO_RULE) return readSpokeTo(input, t);
  if (trigger.rule === JOINED_RULE) return readJoined(input, trigger);
  const out: Candidate[] = [];
  const listed = readNamedParties(input, trigger);
  if (listed) return listed;
  // "signed the Riga Fisheries Accord": the parties stand before the accord's name, and a
  // place inside the name is none of them
  const named = kind === 'agreement' ? accordNameStart(tokens, t) : t;
  // "arrived in Lima, meeting President Roe": the clause's subject met Roe
  // ("after holding meetings with B": the gerund before the meeting noun)
  // ("before heading into the meeting with B": a gerund of going into it)
  const heldBy = tokens[t]?.pos === 'NOUN' ? gerundBefore(tokens, t) : t;
  const participle =
    heldBy !== t
      ? participleSubject(input, heldBy)
      : gerund(tokens, t)
        ? participleSubject(input, t)
        : null;
  const before = (participle ?? actorsBefore(tokens, actors, named)).filter(
    (m) => !mediating(tokens, m),
  );
  const subjects =
    before.length > 0
      ? before
      : absoluteSubject(tokens, actors, t).concat(proposerOf(tokens, actors, t));
  // "Poland and Sweden facilitated the negotiations": those who broker talks hold none together
  const last = subjects.at(-1);
  if (last && tokens.slice(last.end, t).some((_, k) => brokers(tokens, last.end + k))) return out;
  const found = meetingObjects(input, trigger);
  if (found === null) return out;
  let objects = found;
  const opensPhrase = tokens
    .slice(Math.max(0, t - 3), t)
    .some((x) =>
      ['in', 'during', 'after', 'before', 'at', 'following'].includes(x.value.toLowerCase()),
    );
  if (subjects.length === 0 && objects.length > 0 && (opensPhrase || t === 0)) {
    // "In a meeting with X on Thursday, Y said…", "Welcoming X and Z at the palace, Y said…":
    // the subject follows the phrase, and a phrase opening the sentence may name several guests.
    // "After meeting X on Monday, Latvia's president said…": a country or body acting too
    const after = actors.find(
      (m) =>
        m.start >= (objects[0] as Mention).end &&
        (m.kind === 'person' || (t > 0 && isActor(m) && !afterLocative(tokens, m))) &&
        tokens.slice((objects[0] as Mention).end, m.start).some((x) => x.value === ','),
    );
    if (after) subjects.push(after);
    if (after && t === 0) {
      // the guests are the verb's objects, before the place ("at the palace") or the comma
      const place = tokens.findIndex((x, k) => k > t && x.pos === 'ADP' && x.value !== 'of');
      const end = place > 0 ? Math.min(place, after.start) : after.start;
      objects = actors.filter((m) => m.kind === 'person' && m.start > t && m.end <= end);
    }
  }
  if (
    objects.length === 1 ||
    (objects.length >= 2 && subjects.length > 0) ||
    (t === 0 && subjects.length === 1)
  ) {
    for (const s of subjects) for (const o of objects) out.push({ a: s, b: o, confidence: 0.85 });
  } else if (subjects.length >= 2 && !relativeBetween(tokens, subjects.at(-1) as Mention, t)) {
    const group = subjects.slice(-3);
    for (let a = 0; a < group.length; a++)
      for (let b = a + 1; b < group.length; b++)
        out.push({
          a: group[a] as Mention,
          b: group[b] as Mention,
          confidence: a === 0 && b === 1 ? 0.8 : 0.6,
        });
  } else if (subjects.length === 1 && kind === 'call' && previousCall.length > 0) {
    // "X also joined the call": the call the article just described.
    for (const other of previousCall) {
      if (other.id !== (subjects[0] as Mention).id)
        out.push({ a: subjects[0] as Mention, b: other, confidence: 0.5 });
    }
  }
  return out;
}
