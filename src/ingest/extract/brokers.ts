// The third party behind an accord or talks: "a ceasefire brokered by Z", "under a deal mediated
// by Z", "the deal, overseen by Z", "with the help of Z", "a Z-brokered truce", "indirect talks
// through Z", "the accord was signed in the presence of Z". The broker
// mediates for each party of the accord its sentence tells (or, for a fronted phrase, for the
// subject of the clause after it; for "the deal", for the parties of the accord the sentence
// before told, else the article's two sides), and is no party to that accord itself.
import { defaultTone, type RelationKind } from '../../data/relation-kinds';
import { listedAfter } from './events';
import type { TaggedSentence, Token } from './nlp';
import { actorsBefore, isActor, linkWords, sideMention } from './patterns/actors';
import type { Interaction, Mention } from './types';

/** What a third party brokers, hosts or carries between others. */
const BROKERED = new Set([
  'truce',
  'ceasefire',
  'cease-fire',
  'deal',
  'agreement',
  'accord',
  'pact',
  'talk',
  'talks',
  'negotiation',
  'negotiations',
  'dialogue',
  'settlement',
  'exchange',
  'swap',
  'arrangement',
]);
const BROKER_VERBS = new Set(['broker', 'mediate', 'facilitate', 'oversee']);
/** "brokered", "mediated", "overseen" (which the tagger may read as an adjective of its own
 * lemma). */
const brokerVerb = (x: Token) =>
  /(ed|seen)$/.test(x.value) &&
  [
    x.lemma,
    x.value.toLowerCase().slice(0, -1),
    x.value.toLowerCase().slice(0, -2),
    x.value.toLowerCase().replace(/seen$/, 'see'),
  ].some((w) => BROKER_VERBS.has(w));
/** "with the help of Z", "through the mediation of Z", "under the auspices of Z". */
const OFFICES = new Set(['help', 'mediation', 'assistance', 'auspices', 'offices', 'facilitation']);
/** Kinds whose two ends are the parties a broker mediates for. */
const ACCORD_KINDS: ReadonlySet<RelationKind> = new Set([
  'agreement',
  'talks',
  'meeting',
  'call',
  'cooperation',
]);

/** "Z acted as chief mediator", "with Z acting as mediator": the role a third party plays. */
const ROLES = new Set(['mediator', 'broker', 'intermediary', 'go-between', 'facilitator']);
const ROLE_WORDS = new Set(['a', 'an', 'the', 'chief', 'main', 'lead', 'principal', 'key', 'sole']);

/** Whether the verb at `k` says its subject plays a mediator's role: "acted as (chief) mediator". */
function playsMediator(tokens: readonly Token[], k: number): boolean {
  if (!/^(act|serve)(s|d|ed|ing)?$/.test(lower(tokens[k])) || lower(tokens[k + 1]) !== 'as')
    return false;
  let j = k + 2;
  while (ROLE_WORDS.has(lower(tokens[j])) && j < k + 5) j++;
  return ROLES.has(lower(tokens[j]));
}

/** A phrase naming brokers; `byRole` when it names them by the role they play, with no accord
 * of their own ("with Z acting as mediator"). */
type Brokerage = { brokers: Mention[]; at: number; end: number; byRole?: boolean };

const lower = (x: Token | undefined) => x?.value.toLowerCase() ?? '';

/** The actors listed from `start` on ("Qatar, Egypt and the United States"). */
function listFrom(
  tokens: readonly Token[],
  actors: readonly Mention[],
  start: number,
  /** In a phrase that opens the sentence, a comma closes the list: "Under a deal brokered by Z,
   * A and B …". */
  fronted = false,
): Mention[] {
  // "by Z", "by the Z", "by Polish President Z": only a determiner or capitalised title words
  // before the first
  const first = actors.find(
    (m) =>
      m.start >= start &&
      m.start <= start + 4 &&
      tokens
        .slice(start, m.start)
        .every((x, i) => (i === 0 && lower(x) === 'the') || /^\p{Lu}/u.test(x.value)),
  );
  if (first === undefined) return [];
  const out = [first];
  for (const m of actors.filter((x) => x.start > first.start)) {
    const words = linkWords(tokens, (out.at(-1) as Mention).end, m.start);
    // a name inside the aside ("…, who chairs the Baltic Council, and Z") is none of the list
    if (inAside(words)) continue;
    const gap = withoutAside(words);
    const joined = gap.length === 1 && (gap[0] === 'and' || (gap[0] === ',' && !fronted));
    if (!joined && (fronted || gap.join(' ') !== ', and')) break;
    out.push(m);
  }
  return out;
}

const inAside = (gap: readonly string[]) =>
  gap[0] === ',' && ['who', 'which'].includes(gap[1] ?? '') && gap.indexOf(',', 2) < 0;

/** ", who chairs the bloc, and": a relative aside between two names of a list, dropped. */
function withoutAside(gap: readonly string[]): readonly string[] {
  if (gap[0] !== ',' || !['who', 'which'].includes(gap[1] ?? '')) return gap;
  const close = gap.indexOf(',', 2);
  return close < 0 ? gap : gap.slice(close);
}

/** Whether the phrase at `k` opens the sentence: only a preposition and its noun phrase before it. */
const opensSentence = (tokens: readonly Token[], k: number) =>
  tokens[0]?.pos === 'ADP' && tokens.slice(1, k).every((x) => x.pos !== 'VERB' && x.value !== ',');

/** Whether a brokered thing is named in [from, to). */
const namesBrokered = (tokens: readonly Token[], from: number, to: number) =>
  tokens.slice(Math.max(0, from), to).some((x) => BROKERED.has(x.lemma) || BROKERED.has(lower(x)));

/** "talks in Oslo, mediated by Z": the brokered thing before where it was held and a comma. */
function placedBrokered(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.value !== ',') return false;
  let j = k - 2;
  while (j > 0 && /^\p{Lu}/u.test(tokens[j]?.value ?? '')) j--;
  return j < k - 2 && /^(in|at)$/.test(lower(tokens[j])) && namesBrokered(tokens, j - 2, j);
}

/** ", in the presence of Z, signed an accord": a phrase at `k` set off by commas, the accord
 * named just after the comma that closes it. */
function brokeredAfterAside(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.value !== ',') return false;
  const close = tokens.findIndex((x, j) => j > k && x.value === ',');
  return close > 0 && close <= k + 10 && namesBrokered(tokens, close + 1, close + 5);
}

/** "the truce", "the indirect talks", "this agreement": an accord already told of, named before token `to`. */
const theBrokered = (tokens: readonly Token[], to: number) =>
  tokens
    .slice(0, to)
    .some(
      (x, k) =>
        BROKERED.has(x.lemma) && [k - 1, k - 2].some((j) => /^(the|this)$/.test(lower(tokens[j]))),
    );

/** Every phrase of the sentence that names a broker, with where it stands. */
function brokerages(tokens: readonly Token[], mentions: readonly Mention[]): Brokerage[] {
  const actors = mentions.filter(isActor);
  const out: Brokerage[] = [];
  const add = (brokers: Mention[], at: number, byRole = false) => {
    if (brokers.length > 0)
      out.push({
        brokers,
        at,
        end: (brokers.at(-1) as Mention).end,
        ...(byRole ? { byRole } : {}),
      });
  };
  tokens.forEach((token, k) => {
    // "Z acted as chief mediator", "with Z acting as mediator"
    if (playsMediator(tokens, k)) {
      const broker = actors.find((m) => m.end === k);
      if (broker) add([broker], k, true);
    }
    const next = lower(tokens[k + 1]);
    // "a truce brokered by Z", "the talks, mediated by Z and W"
    if (brokerVerb(token) && next === 'by')
      if (namesBrokered(tokens, k - 3, k) || placedBrokered(tokens, k))
        add(listFrom(tokens, actors, k + 2, opensSentence(tokens, k)), k);
    // "a Z-brokered truce", "the Z-mediated talks"
    if (brokerVerb(token) && tokens[k - 1]?.value === '-' && namesBrokered(tokens, k + 1, k + 3)) {
      const broker = mentions.find((m) => m.end === k - 1 && m.kind !== 'person');
      if (broker) add([{ ...broker, adjectival: false }], k);
    }
    // "with the help of Z", "under the auspices of Z", "through the good offices of Z"
    if (
      OFFICES.has(lower(token)) &&
      next === 'of' &&
      ['with', 'through', 'under', 'the', 'good'].includes(lower(tokens[k - 1]))
    )
      add(listFrom(tokens, actors, k + 2, opensSentence(tokens, k)), k);
    // "the accord was signed in the presence of Z", "A and B, in the presence of Z, signed the
    // accord": Z witnessed it for its parties
    if (
      lower(token) === 'presence' &&
      next === 'of' &&
      lower(tokens[k - 1]) === 'the' &&
      lower(tokens[k - 2]) === 'in' &&
      (namesBrokered(tokens, k - 7, k) || brokeredAfterAside(tokens, k - 2))
    )
      add(listFrom(tokens, actors, k + 2, opensSentence(tokens, k)), k);
    // "indirect talks through Z", "negotiations via Z"
    if (['through', 'via'].includes(lower(token)) && namesBrokered(tokens, k - 2, k))
      add(listFrom(tokens, actors, k + 1, opensSentence(tokens, k)), k);
  });
  return out;
}

/** The parties of a brokered clause fronted by the phrase ("Under a deal brokered by Z, A and B
 * exchanged prisoners"), else of the clause the phrase closes ("A and B signed a Z-brokered
 * truce"): the subject of the clause after its closing comma, or before the phrase. */
function clauseParties(tokens: readonly Token[], actors: readonly Mention[], b: Brokerage) {
  if (!opensSentence(tokens, b.at)) return actorsBefore(tokens, actors, b.at);
  if (tokens[b.end]?.value !== ',') return [];
  const verb = tokens.findIndex((x, k) => k > b.end && x.pos === 'VERB');
  return verb < 0 ? [] : actorsBefore(tokens, actors, verb).filter((m) => m.start > b.end);
}

/** Whom a mediator named by its role mediates for: the subject of the sentence's first verb
 * ("A and B resumed talks, with Z acting as mediator"), else the article's two sides. */
function roleParties(
  tokens: readonly Token[],
  actors: readonly Mention[],
  b: Brokerage,
  sides: readonly [string, string] | null,
): Mention[] {
  const verb = tokens.findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
  const subject = verb < 0 ? [] : actorsBefore(tokens, actors, verb);
  const others = subject.filter((m) => !b.brokers.some((x) => x.id === m.id));
  if (others.length >= 2) return others;
  if (!sides) return [];
  return sides.map((id) =>
    sideMention(id, b.at, b.at + 1, tokens[b.at]?.value ?? '', 'pattern:broker'),
  );
}

/** "a ceasefire brokered by Z between A and B": the parties "between" names right after the
 * brokers' list. */
function partiesAfterBrokers(
  tokens: readonly Token[],
  actors: readonly Mention[],
  b: Brokerage,
): Mention[] {
  const last = b.brokers.at(-1);
  if (last === undefined || lower(tokens[last.end]) !== 'between') return [];
  return listedAfter(tokens, actors, last.end);
}

/** The other ends of the sentence's interactions of `party` (a criticism, a deed of force). */
function counterparts(read: readonly Interaction[], party: Mention): Mention[] {
  return read.flatMap((x) =>
    x.source.id === party.id ? [x.target] : x.target.id === party.id ? [x.source] : [],
  );
}

/** A mediation by `broker` for `party`, told at token `at`. */
function mediation(broker: Mention, party: Mention, at: number): Interaction {
  const tone = defaultTone('mediation');
  return {
    kind: 'mediation',
    source: broker,
    target: party,
    directed: true,
    label: 'mediated for',
    ...(tone ? { tone } : {}),
    confidence: Math.min(0.6, broker.confidence, party.confidence),
    rule: 'pattern:broker',
    trigger: at,
  };
}

/** "A and B reached a truce with the help of Z", read as a truce of A and of B with Z: the
 * accord between the parties themselves, one per two of them. */
function betweenParties(misread: readonly Interaction[], isBroker: (m: Mention) => boolean) {
  const out: Interaction[] = [];
  const partyOf = (x: Interaction) => (isBroker(x.source) ? x.target : x.source);
  misread.forEach((x, i) => {
    for (const y of misread.slice(i + 1)) {
      const [a, b] = [partyOf(x), partyOf(y)];
      if (y.trigger !== x.trigger || y.kind !== x.kind || isBroker(a) || isBroker(b)) continue;
      if (a.id !== b.id) out.push({ ...x, source: a, target: b });
    }
  });
  return out;
}

/**
 * The sentence's interactions with its brokers read: a mediation by each broker for each party
 * of the accords or talks it tells, and no accord with a broker as its party ("reached a truce
 * with the help of Z" is a truce between the others). Where it tells none, the parties are the
 * subject of the clause the phrase fronts or closes, or the article's two sides for "the truce"
 * it already told of.
 */
export function withBrokers(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  read: readonly Interaction[],
  sides: readonly [string, string] | null,
  /** The interactions of the sentence before: "the deal" may be the accord it told. */
  told: readonly Interaction[] = [],
): Interaction[] {
  const tokens = sentence.tokens;
  const found = brokerages(tokens, mentions);
  if (found.length === 0) return [...read];
  const brokerIds = new Set(found.flatMap((b) => b.brokers.map((m) => m.id)));
  const isBroker = (m: Mention) => brokerIds.has(m.id);
  const accord = (x: Interaction) => ACCORD_KINDS.has(x.kind);
  const misread = read.filter((x) => accord(x) && (isBroker(x.source) || isBroker(x.target)));
  const out = [...read.filter((x) => !misread.includes(x)), ...betweenParties(misread, isBroker)];
  const parties = read
    .filter(accord)
    .flatMap((x) => [x.source, x.target])
    .filter((m) => !isBroker(m));
  const actors = mentions.filter(isActor);
  for (const b of found) {
    // ("the ceasefire brokered by Z between A and B": the parties after the broker)
    const named = partiesAfterBrokers(tokens, actors, b);
    let of: Mention[] =
      parties.length > 0
        ? parties
        : named.length >= 2
          ? named
          : b.byRole
            ? roleParties(tokens, actors, b, sides)
            : clauseParties(tokens, actors, b);
    // ("Chile accused Peru of violating a truce brokered by Z": the accord of the two the
    // sentence sets against each other, the one clause party and its counterpart)
    if (of.length === 1) of = [...of, ...counterparts(read, of[0] as Mention)];
    // "the deal" after the sentence that told an accord: that accord's parties
    const before = told.filter((x) => x.kind === 'agreement').flatMap((x) => [x.source, x.target]);
    // ("… agreed to a truce. It followed urgent talks in Oslo, mediated by Z")
    const toldNext = theBrokered(tokens, b.at) || namesBrokered(tokens, 0, b.at);
    if (of.length === 0 && before.length > 0 && toldNext)
      of = before.map((m) => ({ ...m, start: b.at, end: b.at + 1 }));
    if (of.length === 0 && sides && toldNext)
      of = sides.map((id) =>
        sideMention(id, b.at, b.at + 1, tokens[b.at]?.value ?? '', 'pattern:broker'),
      );
    const seen = new Set<string>();
    for (const broker of b.brokers)
      for (const party of of) {
        const key = `${broker.id}|${party.id}`;
        if (isBroker(party) || seen.has(key)) continue;
        seen.add(key);
        out.push(mediation(broker, party, b.at));
      }
  }
  return out;
}
