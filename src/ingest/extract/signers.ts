// "Estonian Prime Minister A and Latvian Prime Minister B signed the Riga Accord": an accord two
// leaders sign for their countries binds the countries too. The countries' agreement is proposed
// beside the leaders', less surely, where each leader acts for a different country.
import type { TaggedSentence } from './nlp';
import type { Interaction, Mention } from './types';

/** Nouns of an accord that, signed or reached by two people, binds those they act for. */
const ACCORDS = new Set([
  'agreement',
  'accord',
  'accords',
  'deal',
  'pact',
  'treaty',
  'ceasefire',
  'truce',
  'armistice',
  'declaration',
]);

/** The agreement between the countries of two people who made an accord, or null. */
export function signersCountries(
  sentence: TaggedSentence,
  x: Interaction,
  countryOf: (person: string) => string | undefined,
): Interaction | null {
  if (x.kind !== 'agreement' || x.source.kind !== 'person' || x.target.kind !== 'person')
    return null;
  if (!ACCORDS.has(sentence.tokens[x.trigger]?.value.toLowerCase() ?? '')) return null;
  const [a, b] = [countryOf(x.source.id), countryOf(x.target.id)];
  if (a === undefined || b === undefined || a === b) return null;
  const side = (id: string, m: Mention): Mention => ({ ...m, id, kind: 'country' });
  return {
    ...x,
    source: side(a, x.source),
    target: side(b, x.target),
    confidence: Math.min(0.5, x.confidence),
    rule: 'pattern:signers-countries',
  };
}
