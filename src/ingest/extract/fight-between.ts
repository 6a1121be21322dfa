// "Fighting resumed overnight between A and B", "the war between A and B", "their war,
// which started in 2023 between A and B": a fight named by a noun, its two sides after a
// "between" that may come after the words saying it began, went on or grew, and when.
import type { Token } from './nlp';

/** Nouns of a war between two sides, and the words of fighting a sentence may open with
 * ("Clashes between A and B …", which the tagger reads as a name). */
export const WAR_NOUNS = new Set(['war', 'conflict', 'hostility', 'hostilities', 'battle']);
const FIGHT_WORDS = new Set([
  ...WAR_NOUNS,
  'battles',
  'fighting',
  'clash',
  'clashes',
  'skirmishes',
]);

/** Words before a war noun that make it no war of arms: "the trade war", "a tariff conflict". */
const NOT_ARMS = new Set([
  'trade',
  'tariff',
  'price',
  'currency',
  'tech',
  'technology',
  'chip',
  'legal',
  'political',
  'diplomatic',
  'verbal',
  'culture',
  'cultural',
  'word',
  'bidding',
  'court',
  'custody',
  'interest',
  'interests',
]);

/** Words that tell a fight began, went on or grew, and when, before its "between". */
const OUTBREAK = new Set([
  'break',
  'out',
  'erupt',
  'flare',
  'up',
  'rage',
  'continue',
  'intensify',
  'escalate',
  'resume',
  'begin',
  'start',
  'again',
  'which',
  'that',
  'have',
  'has',
  'had',
  'be',
  'in',
  'on',
  'since',
  'early',
  'late',
  'last',
  'overnight',
  ',',
]);

/** The index of the "between" that opens the two sides of the fight word at `t`, or null. */
export function betweenAfter(tokens: readonly Token[], t: number): number | null {
  for (let k = t + 1; k <= t + 9 && k < tokens.length; k++) {
    const x = tokens[k] as Token;
    if (x.value === 'between') return k;
    const when = x.pos === 'NUM' || (x.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(x.value));
    if (!OUTBREAK.has(x.lemma) && !OUTBREAK.has(x.value.toLowerCase()) && !when) return null;
  }
  return null;
}

/** "the war between A and B", "Clashes between A and B", "hostilities that broke out between A and B": a war noun whose
 * two sides follow, not a war of words, trade or prices. */
export function warBetween(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  if (token === undefined) return false;
  const opening = t === 0 && token.pos === 'PROPN' && FIGHT_WORDS.has(token.value.toLowerCase());
  const noun = token.pos === 'NOUN' && WAR_NOUNS.has(token.lemma) && /^\p{Ll}/u.test(token.value);
  if (!opening && !noun) return false;
  const before = tokens[t - 1]?.value.toLowerCase() ?? '';
  return !NOT_ARMS.has(before) && betweenAfter(tokens, t) !== null;
}

/** Nouns of force one side wages on another, owned as a war is ("Russia's offensive in
 * Ukraine", "its invasion of"… is not: "of" names no other side here). */
const WAGED = new Set(['retaliation', 'offensive', 'invasion', 'aggression', 'assault']);

/** "the Russia-Ukraine war", "the Israel-Hamas conflict": a war noun after two names joined by a
 * dash, its two sides; the index of the first name's last word and of the second's first word,
 * or null. */
export function dashedWar(tokens: readonly Token[], t: number): [number, number] | null {
  const token = tokens[t];
  if (token?.pos !== 'NOUN' || !WAR_NOUNS.has(token.lemma) || !/^\p{Ll}/u.test(token.value))
    return null;
  const second = t - 1;
  const dash = tokens[second - 1]?.value ?? '';
  if (tokens[second]?.pos !== 'PROPN' || !['-', '–'].includes(dash)) return null;
  return tokens[second - 2]?.pos === 'PROPN' ? [second - 2, second] : null;
}

/** Possessive pronouns that own a war as "Russia's" does ("its war on Gaza"). */
const OWNERS = new Set(['its', 'their', 'his', 'her']);
/** Words that open the other side of a war its owner wages ("war in", "war on", "war against"). */
const WAGED_ON = new Set(['in', 'on', 'against', 'with']);

/** "Russia's war in Ukraine", "Israel's two-year war with Hamas", "its conflict with Ukraine",
 * "Pakistan's retaliation against India": a war noun (or a retaliation) at `t` owned by a side
 * (a possessive before it, past adjectives and years) and waged on a named other (a capitalised
 * name after "in", "on", "against" or "with"). */
export function ownedWar(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  const waged = WAR_NOUNS.has(token?.lemma ?? '') || WAGED.has(token?.lemma ?? '');
  // ("Russia's offensive in Ukraine": the tagger reads the noun as an adjective after "'s")
  const noun = token?.pos === 'NOUN' || token?.value === 'offensive';
  if (!noun || !waged || !/^\p{Ll}/u.test(token?.value ?? '')) return false;
  let k = t - 1;
  while (['ADJ', 'NUM', 'NOUN'].includes(tokens[k]?.pos ?? '') || tokens[k]?.value === '-') k--;
  if (NOT_ARMS.has(tokens[t - 1]?.value.toLowerCase() ?? '')) return false;
  const owner = tokens[k];
  const owned = /^['’]s?$/.test(owner?.value ?? '') || OWNERS.has(owner?.value.toLowerCase() ?? '');
  if (!owned || !WAGED_ON.has(tokens[t + 1]?.value ?? '')) return false;
  const other = tokens[t + 2]?.pos === 'DET' ? tokens[t + 3] : tokens[t + 2];
  return /^\p{Lu}/u.test(other?.value ?? '');
}
