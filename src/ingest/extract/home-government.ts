// "the government", "the authorities" in an article about one country: that country's state.
// Read only where the article has one home country (named more than any other, twice at least)
// and no two main sides, whose governments "the government" could be either of.
import type { TaggedSentence, Token } from './nlp';
import type { Mention } from './types';

/** Nouns that, after "the", stand for a country's state. */
const STATE_NOUNS = new Set(['government', 'authorities', 'regime', 'junta']);

/** The country an article is about: named more often than any other, at least twice. */
export function homeCountry(mentionsBySentence: readonly (readonly Mention[])[]): string | null {
  const counts = new Map<string, number>();
  for (const mentions of mentionsBySentence)
    for (const m of mentions)
      if (m.kind === 'country') counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (first === undefined || first[1] < 2 || (second !== undefined && second[1] >= first[1]))
    return null;
  return first[0];
}

/** Mentions of the home country by "the government", "the authorities" (not "the government of
 * X", nor "the government's …" before a name, nor inside another mention). */
export function governmentReferences(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  home: string,
): Mention[] {
  const { tokens, text } = sentence;
  const out: Mention[] = [];
  tokens.forEach((token, k) => {
    if (!STATE_NOUNS.has(token.value) || tokens[k - 1]?.value.toLowerCase() !== 'the') return;
    if (tokens[k + 1]?.value === 'of' || token.inQuote) return;
    if (mentions.some((m) => m.start <= k && k < m.end)) return;
    out.push({
      start: k - 1,
      end: k + 1,
      id: home,
      kind: 'country',
      text: text.slice((tokens[k - 1] as Token).start, token.end),
      adjectival: false,
      known: true,
      confidence: 0.5,
      rule: 'coref:government',
    });
  });
  return out;
}
