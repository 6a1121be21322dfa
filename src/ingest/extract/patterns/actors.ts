// Who stands where in a sentence, for the interaction patterns: the actor before a trigger
// (with those coordinated to it by "and"), the actors after it, places after "in"/"at", objects
// of prepositions, and "both sides" as the article's two main countries.
import { HEAD_TITLE_WORDS, MONTH_TOKEN, TITLE_WORDS } from '../gazetteer';
import { inHedge } from '../hedges';
import type { Token } from '../nlp';
import type { Mention } from '../types';
import { FIRED_BY } from '../verb-lexicon';
import type { Candidate } from './types';

export const PRONOUNS = new Set(['he', 'she']);
export const BREAKS = new Set([';', '.', '?', '!']);

export const isActor = (m: Mention) =>
  !m.adjectival && (m.kind === 'person' || m.kind === 'organization' || m.kind === 'country');

/** Each of `from` toward each of `to`, none toward itself. */
export function fromEach(
  from: readonly Mention[],
  to: readonly Mention[],
  confidence: number,
): Candidate[] {
  return from.flatMap((a) => to.filter((b) => b.id !== a.id).map((b) => ({ a, b, confidence })));
}

/** The object of a preposition ("speaking to Fox Business", "with the U.S.") is no subject. */
export function afterPreposition(tokens: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  for (;;) {
    while (k >= 0 && ['DET', 'ADJ', 'PART'].includes((tokens[k] as Token).pos)) k--;
    // "on the Iran-backed Houthis": a name hyphened to a participle describes the one after it
    const hyphened = /^\p{Ll}+ed$/u.test(tokens[k]?.value ?? '') && tokens[k - 1]?.value === '-';
    if (!hyphened) break;
    k -= 3;
  }
  const previous = tokens[k];
  if (previous === undefined || !PREPOSITIONS.has(previous.value.toLowerCase())) return false;
  // "officials from the EU and China are to meet": the people of a side stand for it ("the army
  // chiefs of Malta and Iceland" too, not "the head of UN peacekeeping", one body's own)
  const word = (tokens[k - 1]?.value ?? '').toLowerCase();
  const owner = word.replace(/s$/, '');
  const people = SIDE_PEOPLE.has(owner) || (word !== owner && HEADS.has(owner));
  return !(['from', 'of'].includes(previous.value.toLowerCase()) && people);
}

/** Phrases that open a sentence beside its subject: "Along with Malta, Iceland sanctioned…". */
const FRONTED =
  /^(along with|together with|in addition to|alongside|like|unlike|besides|apart from)\b/i;

/** Where a phrase set before the sentence's subject ends ("Along with the Latvian minister for
 * trade, Jon Marr, the US sanctioned…": just before "the US"): the token after its comma, taking
 * in a name set off as an apposition; 0 when the sentence opens with none. */
function frontedPhraseEnd(tokens: readonly Token[], actors: readonly Mention[]): number {
  const opening = tokens
    .slice(0, 3)
    .map((x) => x.value)
    .join(' ');
  if (!FRONTED.test(opening)) return 0;
  const comma = tokens.findIndex((x) => x.value === ',');
  if (comma < 0) return 0;
  const apposition = actors.find((m) => m.start === comma + 1 && tokens[m.end]?.value === ',');
  return apposition ? apposition.end + 1 : comma + 1;
}

/** "with Russia's 2022 invasion of Ukraine", "after Israel's air strikes": the owner of a deed
 * named by a noun does it, whatever preposition stands before the owner. */
function ownsDeed(tokens: readonly Token[], m: Mention, t: number): boolean {
  if (!/^['’]s?$/.test(tokens[m.end]?.value ?? '') || tokens[t]?.pos !== 'NOUN') return false;
  // ("Hamas's October 7, 2023, attack on Israel": the deed's date between)
  const dated = (x: Token, k: number) =>
    MONTH_TOKEN.test(x.value) ||
    (x.value === ',' && [tokens[k - 1], tokens[k + 1]].some((y) => /^\d{4}$/.test(y?.value ?? '')));
  return tokens
    .slice(m.end + 1, t)
    .every((x, i) => ['ADJ', 'NUM', 'NOUN'].includes(x.pos) || dated(x, m.end + 1 + i));
}

/** Plural nouns for the people of a side ("negotiators from A and B"). */
/** Heads of bodies, who stand for two sides only when they are several ("the chiefs of …"). */
const HEADS = new Set(['chief', 'head']);

const SIDE_PEOPLE = new Set([
  'official',
  'negotiator',
  'delegation',
  'delegate',
  'team',
  'representative',
  'envoy',
  'diplomat',
  'leader',
  'minister',
  'mediator',
  // "the presidents of Malta and Iceland met"
  'president',
  'premier',
  'ambassador',
  // "the members of the Council condemned"
  'member',
]);

/** "According to A, B and C, …": the sources of a report, not actors of its clause. */
function inAttribution(tokens: readonly Token[], actors: readonly Mention[], m: Mention): boolean {
  let k = m.start - 1;
  for (;;) {
    const v = tokens[k]?.value.toLowerCase();
    if (v === 'to' && tokens[k - 1]?.value.toLowerCase() === 'according') return true;
    if (v === ',' || v === 'and') {
      k--;
      continue;
    }
    const before = actors.find((a) => a.end === k + 1);
    if (!before) return false;
    k = before.start - 1;
  }
}

const OWNERS = new Set(['his', 'her', 'their', 'its']);

/** "Malta's army and the paramilitary Rapid Force": "and", then the words that describe the
 * next actor (its article, lowercase adjectives and nouns), joins the two. */
export function describedConjunct(tokens: readonly Token[], from: number, to: number): boolean {
  const gap = tokens.slice(ownTitleEnd(tokens, from, to), to);
  if (gap[0]?.value !== 'and' || gap.length < 2 || gap.length > 4) return false;
  // "Pardo and his Maltese counterpart": an owner's pronoun opens the description as "the" does,
  // and before a lowercase noun a country's adjective describes as a lowercase word does
  const opener = (x: Token) => x.pos === 'DET' || OWNERS.has(x.value.toLowerCase());
  const lower = (x: Token) => /^\p{Ll}/u.test(x.value) && ['ADJ', 'NOUN'].includes(x.pos);
  // ("and Chilean army chief Jo Roe": a title word the tagger reads as an adjective)
  const last = gap.at(-1) as Token;
  const nounLast = (last.pos === 'NOUN' || TITLE_WORDS.has(last.value)) && lower(last);
  const named = (x: Token) => nounLast && ['ADJ', 'PROPN'].includes(x.pos);
  return gap.slice(1).every((x) => opener(x) || lower(x) || named(x));
}

/** "the Rapid Support Forces (RSF)": the short name in brackets right after a name is that
 * name again, not an actor of its own beside it. */
function bracketedShortName(tokens: readonly Token[], actors: readonly Mention[], m: Mention) {
  if (tokens[m.start - 1]?.value !== '(' || tokens[m.end]?.value !== ')') return false;
  return actors.some((other) => other.end === m.start - 1);
}

/** Plural nouns of the parties talks are held between. */
const DELEGATIONS = new Set(['delegations', 'teams', 'negotiators', 'sides']);

/** "The delegations, led by A and B, convened in Rome": the heads named in the aside after the
 * parties' plural noun, when the verb at `t` follows it; none otherwise. */
function ledDelegations(
  tokens: readonly Token[],
  actors: readonly Mention[],
  t: number,
): Mention[] {
  let close = t - 1;
  while (close > 0 && ['ADV', 'AUX'].includes(tokens[close]?.pos ?? '')) close--;
  if (tokens[close]?.value !== ',') return [];
  const led = tokens.findLastIndex(
    (x, k) => k < close && k > close - 25 && /^(led|headed)$/.test(x.value),
  );
  const opens = tokens[led - 1]?.value === ',' && tokens[led + 1]?.value === 'by';
  if (led < 2 || !opens || !DELEGATIONS.has(tokens[led - 2]?.value.toLowerCase() ?? '')) return [];
  return actors.filter((m) => m.start > led + 1 && m.end <= close && !m.adjectival);
}

/** "Vell welcomed the deal struck between A and B, and praised …": a verb right after "and"
 * (an adverb between at most) opens no clause of its own; it shares the subject of the clause
 * verb before it. Those subjects, or null when the verb at `t` is not so joined. */
export function coordinatedVerbSubjects(
  tokens: readonly Token[],
  actors: readonly Mention[],
  t: number,
): Mention[] | null {
  let k = t - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.value !== 'and' || tokens[t]?.pos !== 'VERB') return null;
  // the clause verb before (a participle after its noun, "the deal struck", has the same actor
  // before it)
  for (let v = k - 1; v >= 0 && !BREAKS.has(tokens[v]?.value ?? ''); v--) {
    const x = tokens[v] as Token;
    if (x.pos !== 'VERB' || x.inQuote) continue;
    // ("for ministerial talks": a noun the tagger took for a verb)
    if (/^(ADJ|DET|ADP|NUM)$/.test(tokens[v - 1]?.pos ?? '')) continue;
    if (/ing$/.test(x.value)) continue;
    const subjects = actorsBefore(tokens, actors, v);
    return subjects.length > 0 ? subjects : null;
  }
  return null;
}

/** The nearest actor before token t (with an actor coordinated to it by "and"). */
export function actorsBefore(
  tokens: readonly Token[],
  actors: readonly Mention[],
  t: number,
): Mention[] {
  const joined = coordinatedVerbSubjects(tokens, actors, t);
  if (joined) return joined;
  const long = longCompanions(tokens, actors, t);
  if (long) return long;
  const heads = ledDelegations(tokens, actors, t);
  if (heads.length > 1) return heads;
  const aside = relativeAsides(tokens, t);
  const fronted = frontedPhraseEnd(tokens, actors);
  const before = actors.filter(
    (m) =>
      m.end <= t &&
      !inAside(aside, m.start) &&
      !(m.start < fronted && fronted < t) &&
      !tokens[m.start]?.inQuote &&
      !afterLocative(tokens, m) &&
      !inAttribution(tokens, actors, m) &&
      (!afterPreposition(tokens, m) ||
        m.rule === 'pattern:both-sides' ||
        relativeClauseOf(tokens, m, t) ||
        ownsDeed(tokens, m, t)) &&
      !bracketedShortName(tokens, actors, m),
  );
  const nearest = before.at(-1);
  if (nearest === undefined) return [];
  if (tokens.slice(nearest.end, t).some((x) => BREAKS.has(x.value))) return [];
  const head = appositionHead(tokens, before, nearest, t);
  if (head) return [head, ...companions(tokens, actors, head, t)];
  // "The fisheries chief, a former NATO official, accused …": a body in the aside is no subject
  const opens = describingAside(tokens, nearest, t);
  if (opens !== null) {
    const owner = before.findLast((m) => m.end <= opens && !m.adjectival);
    return owner && !tokens.slice(owner.end, opens).some((x) => BREAKS.has(x.value)) ? [owner] : [];
  }
  const between = tokens.slice(nearest.end, t);
  if (between.some((x) => PRONOUNS.has(x.value.toLowerCase()) && x.pos === 'PRON')) {
    // "Marr's envoy, Ona Dahl, said she met …": the envoy, not the one whose envoy she is
    const people = before.filter((m) => m.kind === 'person');
    const first = people.find((m) => !/^['’]s$/.test(tokens[m.end]?.value ?? '')) ?? people[0];
    return first ? [first] : [];
  }
  const group = [nearest];
  // where the apposition's owner begins, whom the next conjunct joins instead of the name
  let owner: number | null = null;
  for (let k = before.length - 2; k >= 0; k--) {
    const m = before[k] as Mention;
    const gap = linkWords(tokens, m.end, owner ?? (group[0] as Mention).start);
    // "Eva Paz and President Oak's son-in-law, Jo Ruiz, held talks": the owner of the noun the
    // name stands beside is no conjunct; the one joined before the owner is
    if (owner === null && group.length === 1 && possessedApposition(tokens, m.end, nearest.start)) {
      owner = titledFrom(tokens, m.start);
      continue;
    }
    if (owner !== null) {
      if (gap.length === 1 && (gap[0] === 'and' || gap[0] === ',')) group.unshift(m);
      break;
    }
    if (m.start === (group[0] as Mention).start) group.unshift(m);
    else if (gap.length === 1 && (gap[0] === 'and' || gap[0] === ',')) group.unshift(m);
    else if (describedConjunct(tokens, m.end, (group[0] as Mention).start)) group.unshift(m);
    else if (gap.length === 2 && gap[0] === ',' && gap[1] === 'and') group.unshift(m);
    else if (asWellAs(gap)) group.unshift(m);
    else break;
  }
  return [...group, ...companions(tokens, actors, nearest, t)];
}

/** "Oak's son-in-law, Jo Ruiz": between a name's end at `from` and the next name at `to`, its
 * possessive, a noun or two and the comma of an apposition. */
function possessedApposition(tokens: readonly Token[], from: number, to: number): boolean {
  const gap = tokens.slice(from, to);
  // ("son-in-law": the words of a hyphened compound)
  const hyphened = (k: number) => gap[k - 1]?.value === '-' && gap[k + 1]?.value === '-';
  return (
    gap.length >= 3 &&
    gap.length <= 8 &&
    /^['’]s?$/.test(gap[0]?.value ?? '') &&
    gap.at(-1)?.value === ',' &&
    gap.every(
      (x, k) =>
        k === 0 ||
        k === gap.length - 1 ||
        /^(NOUN|ADJ)$/.test(x.pos) ||
        x.value === '-' ||
        hyphened(k),
    )
  );
}

/** Where a name at `start` begins with the capitalised title words before it ("President Oak"). */
function titledFrom(tokens: readonly Token[], start: number): number {
  let k = start;
  while (k > 0 && k > start - 4 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1]?.value ?? '')) k--;
  return k;
}

/** Words that, after the comma closing a subject, join a companion to it. */
const COMPANION_OPENERS = new Set(['joined by', 'accompanied by', 'along with', 'together with']);

/** Whether the comma at k opens a companion: ", joined by", ", along with". */
export const companionOpener = (tokens: readonly Token[], k: number) =>
  tokens[k]?.value === ',' &&
  COMPANION_OPENERS.has(
    `${tokens[k + 1]?.value.toLowerCase()} ${tokens[k + 2]?.value.toLowerCase()}`,
  );

/** "Latvia, joined by Estonia, imposed…", "Ana Vell, accompanied by Malta's envoy, met…": the
 * actors set off by commas after such words act with the subject before them. */
/** "Trump, along with the president of Peru, Jo Ruiz, and the president of Chile, Eva Paz,
 * signed …": a subject whose companions, each named beside their office, run up to the comma
 * before the verb at `t`; the subject and the people named (their countries only where no one
 * is), or null when the clause is no such list. */
function longCompanions(
  tokens: readonly Token[],
  actors: readonly Mention[],
  t: number,
): Mention[] | null {
  const head = actors.find((m) => m.end < t - 3 && companionOpener(tokens, m.end));
  if (!head) return null;
  // the clause's verb, at `t` or before the noun there ("…, signed a peace agreement")
  const verb = tokens.findIndex(
    (x, k) => k > head.end + 2 && k <= t && (x.pos === 'VERB' || x.pos === 'AUX'),
  );
  if (verb < 0 || tokens[verb - 1]?.value !== ',') return null;
  const span = tokens.slice(head.end + 3, verb - 1);
  if (!span.some((x) => x.value === ',')) return null;
  const named = actors.filter((m) => m.start > head.end + 2 && m.end < verb && isActor(m));
  const people = named.filter((m) => m.kind === 'person');
  const others = (people.length > 0 ? people : named).filter((m) => m.id !== head.id);
  return others.length > 0 ? [head, ...others] : null;
}

function companions(
  tokens: readonly Token[],
  actors: readonly Mention[],
  subject: Mention,
  t: number,
): Mention[] {
  const k = subject.end;
  if (!companionOpener(tokens, k)) return [];
  let close = k + 3;
  while (close < t && tokens[close]?.value !== ',' && !BREAKS.has(tokens[close]?.value ?? ''))
    close++;
  if (close >= t || tokens[close]?.value !== ',') return [];
  return actors.filter(
    (m) => m.start >= k + 3 && m.end <= close && isActor(m) && m.id !== subject.id,
  );
}

const RELATIVES = new Set(['which', 'who', 'whose', 'whom']);

/** "hosted by Norway, which urged Malta …": the verb at t is in the relative clause right after
 * `m`, whose subject `m` is, wherever `m` itself stands. */
function relativeClauseOf(tokens: readonly Token[], m: Mention, t: number): boolean {
  if (
    tokens[m.end]?.value !== ',' ||
    !['who', 'which'].includes(tokens[m.end + 1]?.value.toLowerCase() ?? '')
  )
    return false;
  return tokens.slice(m.end + 2, t).every((x) => !BREAKS.has(x.value) && x.value !== ',');
}

/** Whether ", " at i opens an aside: a relative clause, or a companion ("joined by"). */
const opensAside = (tokens: readonly Token[], i: number) =>
  tokens[i]?.value === ',' &&
  (RELATIVES.has(tokens[i + 1]?.value.toLowerCase() ?? '') || companionOpener(tokens, i));

/** ", which had accused Malta of spying," ", who met Li on Monday," ", joined by Estonia,":
 * relative clauses and companions set off by commas and closed before token t, as [first word,
 * closing comma); what they name and do is no part of the clause around them. */
export function relativeAsides(tokens: readonly Token[], t: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < t - 1; i++) {
    if (!opensAside(tokens, i)) continue;
    let j = i + 2;
    while (j < t && tokens[j]?.value !== ',' && !BREAKS.has(tokens[j]?.value ?? '')) j++;
    if (j < t && tokens[j]?.value === ',') out.push([i + 1, j]);
    i = j - 1;
  }
  return out;
}

export const inAside = (asides: readonly [number, number][], k: number) =>
  asides.some(([from, to]) => k >= from && k < to);

/** "Malta and Iceland, as well as Norway": words that add one more to a list, as "and" does. */
export const asWellAs = (gap: readonly string[]) =>
  gap.filter((w) => w !== ',').join(' ') === 'as well as';

/** The words joining two names, without the article the second may open with ("Malta and the
 * United States", "Malta, the Red Dawn group and …"), in lower case. */
export function linkWords(tokens: readonly Token[], from: number, to: number): string[] {
  return tokens
    .slice(homeEnd(tokens, ownTitleEnd(tokens, from, to), to), to)
    .filter((x, k, gap) => !(x.value.toLowerCase() === 'the' && k === gap.length - 1 && k > 0))
    .map((x) => x.value.toLowerCase());
}

/** "Jean-Noël Barrot of France, David Lammy of Britain and …": past the country a name's "of"
 * gives it as its home; `from` when there is none. */
function homeEnd(tokens: readonly Token[], from: number, to: number): number {
  if (tokens[from]?.value !== 'of') return from;
  let k = from + 1;
  if (tokens[k]?.value.toLowerCase() === 'the') k++;
  const start = k;
  while (k < to && tokens[k]?.pos === 'PROPN') k++;
  return k > start ? k : from;
}

/** "Spain's foreign minister and …": past the title a possessive hangs on the name before, which
 * stands for that name; `from` when there is none. */
function ownTitleEnd(tokens: readonly Token[], from: number, to: number): number {
  if (!/^['’]s$/.test(tokens[from]?.value ?? '')) return from;
  let k = from + 1;
  while (
    k < to &&
    /^\p{Ll}/u.test(tokens[k]?.value ?? '') &&
    ['ADJ', 'NOUN'].includes(tokens[k]?.pos ?? '')
  )
    k++;
  return k > from + 1 && HEAD_TITLE_WORDS.has(tokens[k - 1]?.value.toLowerCase() ?? '') ? k : from;
}

/** "Jo Roe, Malta's foreign minister, said", "Jo Roe, who leads Malta, said": the person before
 * an aside that closes with a comma just before the verb is its subject, not a name in the aside. */
function appositionHead(
  tokens: readonly Token[],
  before: readonly Mention[],
  nearest: Mention,
  t: number,
): Mention | undefined {
  if (tokens[t - 1]?.value !== ',') return undefined;
  const person = before.findLast(
    (m) => m.kind === 'person' && m.end < nearest.start && tokens[m.end]?.value === ',',
  );
  if (person === undefined) return undefined;
  const aside = tokens.slice(person.end + 1, t - 1);
  if (aside.length === 0 || aside.length > 12 || aside.some((x) => x.value === ','))
    return undefined;
  const relative = ['who', 'whose'].includes(aside[0]?.value.toLowerCase() ?? '');
  const nounPhrase = aside.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX');
  return relative || nounPhrase ? person : undefined;
}

/** Words that open an aside describing the subject: ", a former NATO official,". */
const DESCRIBING = new Set(['a', 'an', 'former', 'longtime', 'veteran']);

/** "The chief, a former NATO official, accused …": where `m` lies in an aside that opens with
 * "a"/"an"/"former" after a comma and closes with the comma right before the verb at `t`, the
 * aside's opening comma; else null. */
function describingAside(tokens: readonly Token[], m: Mention, t: number): number | null {
  if (tokens[t - 1]?.value !== ',') return null;
  let k = m.start - 1;
  while (k >= 0 && k > m.start - 6 && tokens[k]?.value !== ',') k--;
  if (tokens[k]?.value !== ',' || !DESCRIBING.has(tokens[k + 1]?.value.toLowerCase() ?? ''))
    return null;
  const aside = tokens.slice(k + 1, t - 1);
  if (
    aside.length > 12 ||
    aside.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.value === ',')
  )
    return null;
  return k;
}

/** "in Kuala Lumpur", "at the White House": a place where something happens, not a party to it. */
export function afterLocative(tokens: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && ['DET', 'ADJ'].includes((tokens[k] as Token).pos)) k--;
  // "in Osaka, Japan": the country after the city is the place too
  if (tokens[k]?.value === ',' && (m.kind === 'country' || m.kind === 'place')) {
    let j = k - 1;
    while (j >= 0 && (tokens[j] as Token).pos === 'PROPN') j--;
    if (j < k - 1 && ['in', 'at'].includes(tokens[j]?.value.toLowerCase() ?? '')) return true;
  }
  const previous = tokens[k]?.value.toLowerCase();
  // ("called in the Maltese envoy": the particle of a summons, no place)
  if (previous === 'in' && tokens[k - 1]?.lemma === 'call') return false;
  // ("lashed out at Peru", "hit out at the minister": whom the words are aimed at, no place;
  // "hit back at Peru", "fired back at the minister": whom the answer is aimed at)
  if (previous === 'at' && /^(out|back)$/.test(tokens[k - 1]?.value ?? '')) return false;
  // "sanctioned X under the Magnitsky Act": the law or rule a deed is done under is no party
  return previous === 'in' || previous === 'at' || previous === 'under';
}

/** "rammed a boat near Grau Shoal", "off the Tacna coast": a place a deed was done near is where
 * it was done, not what it was done to. */
function nearPlace(tokens: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && ['DET', 'ADJ'].includes((tokens[k] as Token).pos)) k--;
  const previous = tokens[k]?.value.toLowerCase() ?? '';
  if (previous === 'to' && tokens[k - 1]?.value.toLowerCase() === 'close') return true;
  return ['near', 'off', 'outside', 'around', 'beyond'].includes(previous);
}

/** "in an interview with CNN", "during an interview with Harbour News’ Jo Roe": the medium or
 * journalist who put the questions, no party to what was said. */
export function interviewer(tokens: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && /^(PROPN|DET|PART)$/.test(tokens[k]?.pos ?? '')) k--;
  while (k >= 0 && /^['’]s?$/.test(tokens[k]?.value ?? '')) k--;
  while (k >= 0 && /^(PROPN|DET)$/.test(tokens[k]?.pos ?? '')) k--;
  if (tokens[k]?.value.toLowerCase() !== 'with') return false;
  const word = tokens[k - 1]?.value.toLowerCase() ?? '';
  // "a conversation with CNN" is an interview; "a warm conversation with Karki", a call
  return /^interviews?$/.test(word) || (word === 'conversation' && m.kind === 'organization');
}

/** A word between an owner's possessive and the person it owns: an adjective or a title word
 * ("Trump's special envoy Steve Witkoff"). */
export const titling = (x: Token) => x.pos === 'ADJ' || TITLE_WORDS.has(x.value.toLowerCase());

/** "between Yemen's Houthi group and the US", "sanctioned Peru's Shining Path": an owner whose
 * possessive opens the next actor's name is no party of its own. */
export function withoutOwners(tokens: readonly Token[], actors: readonly Mention[]): Mention[] {
  return actors.filter(
    (m) =>
      !(
        /^['’]s$/.test(tokens[m.end]?.value ?? '') &&
        actors.some(
          (o) =>
            o.start === m.end + 1 ||
            (o.start > m.end + 1 &&
              o.start <= m.end + 5 &&
              tokens.slice(m.end + 1, o.start).every(titling)),
        )
      ),
  );
}

export function actorsAfter(
  tokens: readonly Token[],
  pool: readonly Mention[],
  t: number,
  max: number,
  reach = 14,
  commas = true,
  /** "struck sites in Malta": a place after "in" or "at" is the target too. */
  locatives = false,
): Mention[] {
  const out: Mention[] = [];
  for (const m of pool) {
    // "…by Malta's prime minister Jo Roe and his Maltese counterpart Al Oak": a list read
    // within reach goes on with the next one joined to it
    const last = out.at(-1);
    const joined = last !== undefined && describedConjunct(tokens, last.end, m.start);
    if (m.start <= t || (m.start > t + reach && !joined)) continue;
    const gap = tokens.slice(t + 1, m.start);
    const lastComma = gap.map((x) => x.value).lastIndexOf(',');
    const listed = gap.slice(lastComma + 1).some((x) => LISTING.has(x.value.toLowerCase()));
    if (gap.some((x) => BREAKS.has(x.value)) || (!commas && lastComma >= 0 && !listed)) break;
    if (out.some((o) => o.id === m.id) || (!locatives && afterLocative(tokens, m))) continue;
    if (m.kind === 'place' && nearPlace(tokens, m)) continue;
    if (interviewer(tokens, m) || inHedge(tokens, m.start)) continue;
    out.push(m);
    if (out.length >= max) break;
  }
  return out;
}

export const PREPOSITIONS = new Set([
  'to',
  'with',
  'by',
  'from',
  'for',
  'at',
  'on',
  'in',
  'of',
  'against',
  'about',
  'into',
  'toward',
  'towards',
  'among',
  'between',
  'without',
  'under',
  'over',
  'through',
  'amid',
  'within',
  'like',
]);
export const STATEMENT_GAP = new Set([
  'that',
  'to',
  'of',
  'about',
  'on',
  'regarding',
  'concerning',
  'the',
  'on',
  'how',
  'why',
]);
export const LISTING = new Set(['including', 'notably', 'particularly', 'especially', 'such']);
export const MEMBERSHIP = new Set([
  'coalition',
  'bloc',
  'alliance',
  'group',
  'grouping',
  'club',
  'union',
]);

/** What a story's two sides are called: "both sides", "the two countries", "the two
 * neighbours", "both delegations". */
const SIDE_NOUNS = new Set([
  'sides',
  'countries',
  'nations',
  'governments',
  'parties',
  'superpowers',
  'economies',
  'neighbours',
  'neighbors',
  'rivals',
  'foes',
  'adversaries',
  'delegations',
  'militaries',
  'armies',
]);

/** The people of each side after "both": "both foreign ministers", "both negotiating teams". */
const BOTH_PEOPLE = new Set([
  'ministers',
  'negotiators',
  'envoys',
  'teams',
  'presidents',
  'premiers',
  'chiefs',
  'commanders',
]);

/** Words that make the parties named after "the" the sides at war or at odds. */
const WARRING = new Set(['warring', 'opposing', 'rival', 'two']);

/** Where a name of the two sides that opens at `k` ends ("both sides", "the two nuclear-armed
 * neighbours": adjectives and hyphens may come between), or -1. */
function sidesEnd(tokens: readonly Token[], k: number): number {
  const first = tokens[k]?.value.toLowerCase();
  // "the sides", "the parties agreed", "the warring parties"
  if (first === 'the') {
    const noun = WARRING.has(tokens[k + 1]?.value.toLowerCase() ?? '') ? k + 2 : k + 1;
    return /^(sides|parties)$/i.test(tokens[noun]?.value ?? '') ? noun + 1 : -1;
  }
  // "with either country", "on either side": one of the two, whichever
  if (first === 'either')
    return /^(country|side|nation|government|party)$/i.test(tokens[k + 1]?.value ?? '')
      ? k + 2
      : -1;
  if (first !== 'both' && first !== 'two') return -1;
  for (let j = k + 1; j < k + 6; j++) {
    const x = tokens[j];
    if (x === undefined) return -1;
    if (SIDE_NOUNS.has(x.value.toLowerCase())) return j + 1;
    // ("spoke to both foreign ministers": each side's people; "two officials" may be anyone's)
    if (first === 'both' && BOTH_PEOPLE.has(x.value.toLowerCase())) return j + 1;
    if (x.pos !== 'ADJ' && x.value !== '-') return -1;
  }
  return -1;
}

/** One of the article's two sides, named at [start, end) by words that do not name it. */
export const sideMention = (
  id: string,
  start: number,
  end: number,
  text: string,
  rule: string,
): Mention => ({
  start,
  end,
  id,
  kind: 'country',
  text,
  adjectival: false,
  known: true,
  confidence: 0.6,
  rule,
});

/** "both sides", "the two countries": the article's two main countries, as a pair of actors. */
export function bothSides(tokens: readonly Token[], sides: readonly [string, string]): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((token, k) => {
    const end = sidesEnd(tokens, k);
    if (end < 0) return;
    const text = tokens
      .slice(k, end)
      .map((x) => x.value)
      .join(' ');
    for (const id of sides) out.push(sideMention(id, k, end, text, 'pattern:both-sides'));
  });
  return out;
}

/** Whether "with" opens the name at `start`, past its title's capitalised words and its article
 * ("with President Jo Ruiz", "with the Chilean minister Ana Sol"). */
function withOpens(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k > start - 5 && /^(\p{Lu}|the$)/u.test(tokens[k]?.value ?? '')) k--;
  return tokens[k]?.value.toLowerCase() === 'with';
}

/** "A called B a partner, saying …": the speaker of a participle after a comma is the subject
 * of the clause it hangs on, the sentence's first actor, not the nearest name before it. */
export function participleSubject(
  { tokens, actors }: { tokens: readonly Token[]; actors: readonly Mention[] },
  t: number,
): Mention[] | null {
  // ("X called A after holding talks with B", "… before meeting B": a gerund a conjunction of
  // time opens is the clause subject's deed too)
  const timed = AFTER_GERUND.has(tokens[t - 1]?.value.toLowerCase() ?? '');
  const gerund = /ing$/.test(tokens[t]?.value ?? '');
  // ("…, with President Jo Ruiz accusing Lima of …": the one named after "with" does it)
  const withDoer = actors.find((m) => m.end === t && withOpens(tokens, m.start));
  if (gerund && withDoer) return [withDoer];
  if ((tokens[t - 1]?.value !== ',' && !timed) || !gerund) return null;
  const first = actors.find(
    (m) => m.end <= t && !tokens[m.start]?.inQuote && !afterPreposition(tokens, m),
  );
  // (a fronted phrase with no verb may come first: "Last Friday, X called A, urging …"; so may
  // an opening phrase: "Speaking in Oslo on Monday, Dahl said …, warning …")
  const opening = tokens.slice(0, first?.start ?? 0);
  const fronted =
    opening.every((x) => x.pos !== 'VERB') ||
    opening[0]?.pos === 'ADP' ||
    /^\p{Lu}\p{Ll}+ing$/u.test(opening[0]?.value ?? '');
  if (!first || (!fronted && opening.some((x) => x.value === ','))) return null;
  return [first];
}

/** "“We call upon Peru to …,” Luis Vale said", "Vale said: “We …”": who speaks the quotation
 * the word at `t` is in: a person right after its closing mark (past a comma and a title), else
 * the actor there, else the one right before its opening mark. */
export function quoteSpeaker(
  { tokens, actors }: { tokens: readonly Token[]; actors: readonly Mention[] },
  t: number,
): Mention[] {
  if (!tokens[t]?.inQuote) return [];
  let end = t;
  while (end < tokens.length && tokens[end]?.inQuote) end++;
  let start = t;
  while (start > 0 && tokens[start - 1]?.inQuote) start--;
  const after = actors.filter((m) => m.start >= end && m.start <= end + 5);
  const speaker = after.find((m) => m.kind === 'person') ?? after.find((m) => !m.adjectival);
  if (speaker) return [speaker];
  const before = actors.findLast((m) => m.end <= start && m.end >= start - 3);
  return before ? [before] : [];
}

/** Conjunctions of time that may open a gerund of the clause's subject. */
const AFTER_GERUND = new Set(['after', 'before', 'while', 'since']);

/** "thanked several leaders, including Jon Roe and Ana Vell", "sanctioned five officials, such
 * as …": those the list after the verb's unnamed object names, when its object names no one (the
 * object's own clause, "who were on hand", between at most), up to the clause's end. */
export function includedList(
  tokens: readonly Token[],
  pool: readonly Mention[],
  t: number,
): Mention[] {
  const end = tokens.findIndex((x, k) => k > t && /^[.;:]$/.test(x.value));
  const to = end < 0 ? tokens.length : end;
  const at = tokens.findIndex(
    (x, k) =>
      k > t &&
      k < to &&
      tokens[k - 1]?.value === ',' &&
      (x.value === 'including' || (x.value === 'such' && tokens[k + 1]?.value === 'as')),
  );
  if (at < 0 || pool.some((m) => m.start > t && m.start < at)) return [];
  const from = tokens[at]?.value === 'such' ? at + 2 : at + 1;
  // each item names its actor, after a title at most: "the foreign ministers of Qatar", not
  // "agreements on TikTok's ownership"
  // (nor past a clause of its own: "…, residents that Reuters reached said")
  const item = (x: Token) =>
    !['VERB', 'AUX', 'SCONJ', 'PRON'].includes(x.pos) &&
    !/^(that|which|who|whom|whose)$/i.test(x.value) &&
    (x.pos !== 'ADP' || x.value === 'of') &&
    !/^['’]s$/.test(x.value);
  return pool.filter(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      !m.adjectival &&
      !/^['’]s$/.test(tokens[m.end]?.value ?? '') &&
      tokens.slice(from, m.start).every(item),
  );
}

/** "Drones launched by the Front hit the port", "missiles fired by Malta struck …": the one after
 * "by" in the subject's participle phrase before the deed's verb at `t` did the deed. */
export function firedBy(
  { tokens, actors }: { tokens: readonly Token[]; actors: readonly Mention[] },
  t: number,
): Mention[] {
  const by = tokens.findLastIndex((x, k) => k < t && k >= t - 8 && x.value === 'by');
  const weapon = tokens[by - 2]?.pos;
  if (
    by < 1 ||
    !FIRED_BY.has(tokens[by - 1]?.value.toLowerCase() ?? '') ||
    (weapon !== 'NOUN' && weapon !== 'PROPN')
  )
    return [];
  const agent = actors.find(
    (m) =>
      m.start === by + 1 || (m.start === by + 2 && tokens[by + 1]?.value.toLowerCase() === 'the'),
  );
  if (agent === undefined || tokens.slice(agent.end, t).some((x) => x.pos === 'VERB')) return [];
  return [agent];
}

const LIST_JOINS = new Set(['and', 'or']);

/** The words that may describe the next name of a list: its article or owner's pronoun, lowercase
 * words, a country's adjective and a title's capitalised words ("his wife", "the Peruvian Minister
 * of the Interior"). */
function listDescription(gap: readonly Token[]): boolean {
  if (gap.length > 7) return false;
  return gap.every(
    (x) =>
      x.pos === 'DET' ||
      OWNERS.has(x.value.toLowerCase()) ||
      x.value === 'of' ||
      (['ADJ', 'NOUN', 'PROPN'].includes(x.pos) && /^\p{L}/u.test(x.value)),
  );
}

/** "sanctioned Peru, Bolivia and Ecuador", "sanctions against Oak, his wife Eva Paz and his son
 * Luis Oak": the names that go on from `first` by commas and close with "and" or "or" are one
 * list of three or more; names joined by commas alone are not (an aside may follow a comma). */
export function serialList(
  tokens: readonly Token[],
  pool: readonly Mention[],
  first: Mention,
): Mention[] {
  const list = [first];
  let closed = 0;
  for (const m of [...pool].sort((x, y) => x.start - y.start)) {
    const last = list.at(-1) as Mention;
    if (m.start < last.end || m.adjectival || list.some((o) => o.id === m.id)) continue;
    const gap = tokens.slice(last.end, m.start);
    const comma = gap[0]?.value === ',' ? 1 : 0;
    const joined = LIST_JOINS.has(gap[comma]?.value.toLowerCase() ?? '');
    if ((comma === 0 && !joined) || !listDescription(gap.slice(comma + (joined ? 1 : 0)))) break;
    list.push(m);
    if (joined) {
      closed = list.length;
      break;
    }
  }
  // (two names are no series, and "…from Finland, and Sweden criticised Norway" joins clauses)
  const verbAfter = ['VERB', 'AUX'].includes(tokens[(list.at(-1) as Mention).end]?.pos ?? '');
  return closed >= 3 && !verbAfter ? list : [first];
}
