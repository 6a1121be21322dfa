// Plural references to the pair just named: "They agreed …" after a sentence naming two people,
// "as they met", "the two ministers", "both sides" when the article has no two main countries.
// The pair is the two people named before in the same sentence, else in the sentence before
// (else two countries or bodies there); with any other number named, the reference stays open.
import type { TaggedSentence, Token } from './nlp';
import type { Mention } from './types';

/** "the two ministers", "both sides", "the pair": two parties named by a plural noun. */
const PAIR_NOUNS = new Set([
  'sides',
  'leaders',
  'men',
  'women',
  'ministers',
  'officials',
  'envoys',
  'negotiators',
  'delegations',
  'presidents',
  'premiers',
  'counterparts',
  'countries',
  'nations',
  'governments',
]);

type Reference = { end: number; side: boolean };

/** Nouns that otherwise stand for the article's two main countries. */
const SIDE_NOUNS = new Set(['sides', 'countries', 'nations', 'governments']);

/** The two distinct actors of a list of mentions: people first, else countries and bodies. */
function pairOf(mentions: readonly Mention[]): [Mention, Mention] | null {
  const actors = mentions.filter((m) => !m.adjectival);
  for (const kinds of [['person'], ['country', 'organization']]) {
    const distinct: Mention[] = [];
    for (const m of actors)
      if (kinds.includes(m.kind) && !distinct.some((d) => d.id === m.id)) distinct.push(m);
    if (distinct.length === 2) return [distinct[0] as Mention, distinct[1] as Mention];
    // one person, or three: "they" may be anyone; countries are the pair only where no one is named
    if (distinct.length > 0) return null;
  }
  return null;
}

/** "X called A and B, urging both leaders …": the last two people named, joined by "and". */
function joinedPair(
  tokens: readonly Token[],
  named: readonly Mention[],
): [Mention, Mention] | null {
  const people = named.filter((m) => m.kind === 'person' && !m.adjectival);
  const [a, b] = people.slice(-2);
  if (a === undefined || b === undefined || a.id === b.id) return null;
  const gap = tokens.slice(a.end, b.start).map((x) => x.value.toLowerCase());
  return gap.join(' ') === 'and' ? [a, b] : null;
}

/** "Xi said …, but the bloc's top officials … as they met": where the people named are not two,
 * the two sides they and the bodies named stand for, when there are exactly two and each is
 * named itself. */
function sidesOf(
  mentions: readonly Mention[],
  actsFor: (id: string) => string | undefined,
): [Mention, Mention] | null {
  const actors = mentions.filter((m) => !m.adjectival);
  const sides = new Set(actors.map((m) => (m.kind === 'person' ? actsFor(m.id) : m.id)));
  if (sides.size !== 2 || sides.has(undefined)) return null;
  const pair: Mention[] = [];
  for (const side of sides) {
    const own = actors.find((m) => m.id === side && m.kind !== 'person');
    if (!own) return null;
    pair.push(own);
  }
  return [pair[0] as Mention, pair[1] as Mention];
}

/** Whether the reference at `k` is the object of a verb ("urging both sides", "called on both
 * sides") that the sentence's actors named before it are the subject of. */
function objectOfTheirVerb(
  tokens: readonly Token[],
  named: readonly Mention[],
  k: number,
): boolean {
  const before = tokens[k - 1];
  const object = before?.pos === 'VERB' || (before?.pos === 'ADP' && tokens[k - 2]?.pos === 'VERB');
  const last = named.filter((m) => !m.adjectival).at(-1);
  return (
    object && last !== undefined && tokens.slice(last.end, k - 1).some((x) => x.pos === 'VERB')
  );
}

/** The span of a plural reference starting at token `k`, or null: "they" as a subject outside a
 * quotation, "the two …" or "both …" with a noun naming parties. */
function referenceAt(tokens: readonly Token[], k: number): Reference | null {
  const token = tokens[k] as Token;
  if (token.inQuote) return null;
  const word = token.value.toLowerCase();
  if (word === 'they' && token.pos === 'PRON') {
    const next = tokens[k + 1];
    return next && (next.pos === 'VERB' || next.pos === 'AUX') ? { end: k + 1, side: false } : null;
  }
  // "…, urging them to": "them" as the object of a verb
  if (word === 'them' && tokens[k - 1]?.pos === 'VERB') return { end: k + 1, side: false };
  const words = tokens.slice(k, k + 3).map((t) => t.value.toLowerCase());
  const noun =
    words[0] === 'the' && words[1] === 'two'
      ? words[2]
      : words[0] === 'both'
        ? words[1]
        : undefined;
  if (noun === undefined || !PAIR_NOUNS.has(noun)) return null;
  return { end: words[0] === 'both' ? k + 2 : k + 3, side: SIDE_NOUNS.has(noun) };
}

/**
 * Mentions of the pair a plural reference stands for, two per reference (one for each party),
 * in a sentence whose own mentions are `mentions`; `before` are the previous sentence's; `sides`:
 * the article's two main countries, which "both sides" otherwise stands for; `actsFor`: the
 * country a person acts for, as their title says.
 */
export function pluralReferences(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  before: readonly Mention[],
  sides: readonly [string, string] | null,
  actsFor: (id: string) => string | undefined,
): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  const covered = (k: number) => [...mentions, ...out].some((m) => m.start <= k && k < m.end);
  for (let k = 0; k < tokens.length; k++) {
    if (covered(k)) continue;
    const reference = referenceAt(tokens, k);
    if (reference === null) continue;
    const { end } = reference;
    // "a call between the two ministers, during which both sides agreed": the pair of the
    // sentence; the sentence before stands in only where the article has no two main countries
    // (the main countries themselves when the sentence names either of them, or its pair acts
    // for them: "China's vice-premier and the US treasury secretary, with both sides …")
    if (reference.side && sides && mentions.some((m) => sides.includes(m.id))) continue;
    const named = mentions.filter((m) => m.end <= k);
    // "Norway and Finland issued statements urging both sides to …": the pair that urges is not
    // the pair urged; the object stands for the article's two sides
    if (reference.side && sides && objectOfTheirVerb(tokens, named, k)) continue;
    const own =
      pairOf(named) ??
      (reference.side ? null : (joinedPair(tokens, named) ?? sidesOf(named, actsFor)));
    if (reference.side && sides && own?.every((m) => sides.includes(actsFor(m.id) ?? ''))) continue;
    // "Malta's officials said they would …": "they" after one party of its own sentence is that
    // party's people, not the pair of the sentence before
    const alone = !reference.side && named.some((m) => !m.adjectival && m.kind !== 'place');
    const pair = own ?? (alone || (reference.side && sides) ? null : pairOf(before));
    if (!pair) continue;
    const text = sentence.text.slice((tokens[k] as Token).start, (tokens[end - 1] as Token).end);
    for (const party of pair)
      out.push({
        start: k,
        end,
        id: party.id,
        kind: party.kind,
        text,
        adjectival: false,
        known: party.known,
        confidence: 0.5,
        rule: 'coref:plural',
      });
    k = end - 1;
  }
  return out;
}
