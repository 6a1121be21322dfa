// Welcome and praise of a deal: "Norway, Sweden and the UN welcomed the accord", "Oslo hailed the
// truce between A and B": a statement by each who welcomes it towards each party of the deal.
// The parties are those its words name ("between A and B", "the A-B accord"), else, for "the
// accord" told before, the article's two sides when an accord between them was told. Praise of
// a person for it ("A credited B for the breakthrough") is a statement towards that person.
import { defaultTone } from '../../data/relation-kinds';
import { listedAfter } from './events';
import type { TaggedSentence, Token } from './nlp';
import { actorsBefore, coordinatedVerbSubjects, isActor } from './patterns/actors';
import type { Interaction, Mention } from './types';

/** Verbs of welcoming or praising what was done; "described the deal as …" judges it too. */
const WELCOMING = new Set([
  'welcome',
  'hail',
  'praise',
  'applaud',
  'laud',
  'commend',
  'salute',
  'describe',
]);
/** Verbs of praising someone for what they did: "credited B for the breakthrough". */
const CREDITING = new Set(['credit', 'thank', 'praise', 'hail', 'applaud', 'laud', 'commend']);
/** Nouns naming a deal, or the peace it brings. */
const DEALS = new Set([
  'accord',
  'agreement',
  'deal',
  'declaration',
  'treaty',
  'truce',
  'ceasefire',
  'pact',
  'settlement',
  'armistice',
  'peace',
  'progress',
  'breakthrough',
]);
/** Verbs a deal is made with, as a participle after it: "the deal struck between A and B". */
const MAKING = new Set(['strike', 'sign', 'reach', 'seal', 'conclude', 'ink', 'agree']);
/** Words that may stand between the verb and the deal: "the landmark peace", "the progress in a". */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART', 'ADP', 'PUNCT']);
const BREAKS = new Set([',', ';', '.', ':', '?', '!', '“', '”', '"']);
const DEFINITE = new Set(['the', 'this', 'that', 'their', 'its']);

/** The token of the deal the verb at t welcomes ("welcomed the accord"), or -1. */
function dealAfter(tokens: readonly Token[], t: number): number {
  for (let k = t + 1; k <= t + 6 && k < tokens.length; k++) {
    const x = tokens[k] as Token;
    if (BREAKS.has(x.value)) return -1;
    if (DEALS.has(x.lemma) || DEALS.has(x.value.toLowerCase())) return k;
    if (!OBJECT_WORDS.has(x.pos)) return -1;
  }
  return -1;
}

/** The parties the deal's own words name: "between A and B" a few words on, or "the A-B accord". */
function namedParties(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  t: number,
  d: number,
) {
  for (let k = d + 1; k <= d + 5 && k < tokens.length; k++) {
    const x = tokens[k] as Token;
    // ("the deal struck between A and B", "the pact signed by A and B": the deal's making)
    const made = k === d + 1 && MAKING.has(x.lemma);
    if (made && tokens[k + 1]?.value === 'by') return listedAfter(tokens, mentions, k + 1);
    if (BREAKS.has(x.value) || (x.pos === 'VERB' && !made)) break;
    if (x.value.toLowerCase() === 'between') return listedAfter(tokens, mentions, k);
  }
  return mentions.filter(
    (m) => m.start > t && m.end <= d && m.kind === 'country' && !tokens[m.start]?.inQuote,
  );
}

/** A party of the deal the sentence does not name, at the deal's word. */
const atDeal = (id: string, tokens: readonly Token[], d: number): Mention => ({
  start: d,
  end: d + 1,
  id,
  kind: 'country',
  text: tokens[d]?.value ?? '',
  adjectival: false,
  known: false,
  confidence: 0.5,
  rule: 'pattern:deal-parties',
});

/** "A credited B for the breakthrough", "A thanked B for …": the one praised, right after the
 * verb (a title between at most) and followed by "for" or "with". */
function praised(tokens: readonly Token[], mentions: readonly Mention[], t: number) {
  const m = mentions.find((x) => x.start > t && x.start <= t + 4 && isActor(x));
  if (m === undefined || tokens.slice(t + 1, m.start).some((x) => BREAKS.has(x.value)))
    return undefined;
  return ['for', 'with'].includes(tokens[m.end]?.value.toLowerCase() ?? '') ? m : undefined;
}

/** A statement of praise from a to b, read at the verb t. */
function praise(a: Mention, b: Mention, t: number, verb: string, rule: string): Interaction {
  const tone = defaultTone('statement');
  return {
    kind: 'statement',
    source: a,
    target: b,
    directed: true,
    label: verb,
    ...(tone ? { tone } : {}),
    confidence: Math.min(0.55, a.confidence, b.confidence),
    rule,
    trigger: t,
  };
}

/** The statements of those who praise someone for what they did. */
export function readCredits(sentence: TaggedSentence, mentions: readonly Mention[]): Interaction[] {
  const tokens = sentence.tokens;
  const actors = mentions.filter(isActor);
  return tokens.flatMap((x, t) => {
    if (!CREDITING.has(x.lemma) || x.pos !== 'VERB' || x.inQuote) return [];
    const b = praised(tokens, actors, t);
    if (b === undefined) return [];
    return actorsBefore(tokens, actors, t)
      .filter((a) => a.id !== b.id)
      .map((a) => praise(a, b, t, x.value.toLowerCase(), 'pattern:credit'));
  });
}

/** Nouns of a text that speaks for whoever issued it: "a statement from the ministry welcomed". */
const ISSUED = new Set(['statement', 'communique', 'communiqué', 'declaration', 'readout']);

/** "A statement issued by X on Friday welcomed …": X, who speaks through the statement that is
 * the subject of the verb at t. */
function issuer(tokens: readonly Token[], actors: readonly Mention[], t: number) {
  const s = tokens.findLastIndex((x, k) => k < t && ISSUED.has(x.value.toLowerCase()));
  if (s < 0 || tokens.slice(0, s).some((x) => x.pos === 'VERB')) return undefined;
  let k = s + 1;
  if (['issue', 'release', 'publish'].includes(tokens[k]?.lemma ?? '')) k++;
  if (!['by', 'from'].includes(tokens[k]?.value.toLowerCase() ?? '')) return undefined;
  // "by Malta's foreign ministry": the body, not the country whose it is
  const near = actors.filter((x) => x.start > k && x.start <= k + 4 && x.end <= t);
  const m = near.find((x) => !["'s", '’s'].includes(tokens[x.end]?.value ?? '')) ?? near[0];
  return m && !tokens.slice(k, m.start).some((x) => BREAKS.has(x.value)) ? m : undefined;
}

/** "The agreement, announced by Brazilian President Jo Roe in Brasilia, …", "the truce,
 * welcomed by Norway, …": the deal before the participle's aside, the one who tells it after
 * "by"; a statement of theirs towards each of its parties (the article's two sides, for "the
 * accord" told before). */
function toldBy(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  sides: readonly [string, string] | null,
  agreed: boolean,
  t: number,
): Interaction[] {
  const tokens = sentence.tokens;
  const verb = tokens[t] as Token;
  if (!(WELCOMING.has(verb.lemma) || verb.lemma === 'announce') || tokens[t + 1]?.value !== 'by')
    return [];
  const d = t - 2;
  if (tokens[t - 1]?.value !== ',' || !DEALS.has(tokens[d]?.lemma ?? '')) return [];
  if (!DEFINITE.has(tokens[d - 1]?.value.toLowerCase() ?? '') || !agreed || !sides) return [];
  const actors = mentions.filter(isActor);
  const teller = actors.find((m) => m.start > t + 1 && m.start <= t + 5);
  if (teller === undefined || sides.includes(teller.id)) return [];
  return sides.map((id) =>
    praise(
      teller,
      atDeal(id, tokens, d),
      t,
      `${verb.value.toLowerCase()} the deal of`,
      'pattern:deal-welcome',
    ),
  );
}

/** The statements of those who welcome or praise a deal, towards each of its parties.
 * `agreed`: whether an accord between the article's two `sides` was told before. */
export function readDealWelcomes(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  sides: readonly [string, string] | null,
  agreed: boolean,
): Interaction[] {
  const tokens = sentence.tokens;
  const out: Interaction[] = [];
  tokens.forEach((x, t) => {
    if (x.pos !== 'VERB' || x.inQuote) return;
    const told = toldBy(sentence, mentions, sides, agreed, t);
    if (told.length > 0) {
      out.push(...told);
      return;
    }
    if (!WELCOMING.has(x.lemma)) return;
    // "the accord was welcomed by …": no subject before the verb to read
    if (tokens[t - 1]?.lemma === 'be' || tokens[t + 1]?.value === 'by') return;
    const d = dealAfter(tokens, t);
    if (d < 0) return;
    const named = namedParties(tokens, mentions, t, d);
    const definite = tokens.slice(t + 1, d).some((y) => DEFINITE.has(y.value.toLowerCase()));
    const parties =
      named.length >= 2
        ? named
        : definite && agreed && sides
          ? sides.map((id) => atDeal(id, tokens, d))
          : [];
    if (parties.length < 2) return;
    const actors = mentions.filter(isActor);
    const found = coordinatedVerbSubjects(tokens, actors, t) ?? actorsBefore(tokens, actors, t);
    const issuedBy = found.length === 0 ? issuer(tokens, actors, t) : undefined;
    const welcomers = issuedBy ? [issuedBy] : found;
    for (const a of welcomers)
      for (const b of parties) {
        if (a.id === b.id || parties.some((p) => p.id === a.id)) continue;
        out.push(praise(a, b, t, `${x.value.toLowerCase()} the deal of`, 'pattern:deal-welcome'));
      }
  });
  return out;
}
