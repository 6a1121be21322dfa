// Who leads a body or a country, said by the phrase that names the body: "the militia, led by
// General Ilie Varga,", "the Harbour Front, headed by its founder Ana Cruz". The person acts for
// the body (affiliation) or the country (represents). Pure: tokens and mentions in, facts out.
import type { Token } from './nlp';
import type { Fact, Mention } from './types';

/** Words that may stand between "led by" and the leader's name: a title, lower or capitalised
 * ("General", "army chief", "its founder"), never a comma or another name. */
function titleWords(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  return tokens
    .slice(from, to)
    .every((x) => ['NOUN', 'ADJ', 'PROPN', 'DET', 'PRON'].includes(x.pos) && x.value !== ',');
}

/** The leader named after "BODY, led by" (or "headed by"), the body being the mention `m`. */
function leaderOf(tokens: readonly Token[], mentions: readonly Mention[], m: Mention) {
  let k = m.end;
  if (tokens[k]?.value !== ',') return undefined;
  k++;
  if (!/^(led|headed)$/.test(tokens[k]?.value ?? '') || tokens[k + 1]?.value !== 'by') return;
  const person = mentions.find((p) => p.kind === 'person' && p.start >= k + 2 && p.start <= k + 6);
  return person && titleWords(tokens, k + 2, person.start) ? person : undefined;
}

/** The facts of a sentence's "BODY, led by X" phrases. */
export function bodyLeaderFacts(tokens: readonly Token[], mentions: readonly Mention[]): Fact[] {
  const facts: Fact[] = [];
  for (const m of mentions) {
    if ((m.kind !== 'organization' && m.kind !== 'country') || m.adjectival) continue;
    const person = leaderOf(tokens, mentions, m);
    if (!person || person.id === m.id) continue;
    facts.push({
      kind: m.kind === 'country' ? 'represents' : 'affiliation',
      source: person.id,
      target: m.id,
      title: 'leader',
      start: m.start,
      end: person.end,
      confidence: 0.7,
      rule: 'title:led-by',
    });
  }
  return facts;
}
