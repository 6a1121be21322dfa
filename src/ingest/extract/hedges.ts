// A hedge that opens an object: "imposed what it calls “full squeeze” sanctions on B",
// "launched what it called a “special operation” against B". The naming verb of
// the hedge is no verb of the clause, and the object begins after it.
import type { Token } from './nlp';

/** Verbs that name a thing as someone calls it. */
const NAMING = new Set(['call', 'describe', 'term', 'dub', 'label', 'brand', 'characterize']);

const naming = (x: Token) =>
  NAMING.has(x.lemma) || NAMING.has(x.value.toLowerCase().replace(/(e?d|s)$/, ''));

/** Where the object begins past a hedge that opens at `from` ("what it calls", "what officials
 * termed"); `from` itself when none opens there. */
export function pastHedge(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.value.toLowerCase() !== 'what') return from;
  for (let k = from + 1; k <= from + 4; k++) {
    const x = tokens[k];
    if (x === undefined) return from;
    if (naming(x)) return tokens[k + 1]?.value.toLowerCase() === 'as' ? k + 2 : k + 1;
  }
  return from;
}

/** Whether the verb at `k` is the naming verb of a hedge ("what it calls"). */
export function hedgeVerb(tokens: readonly Token[], k: number): boolean {
  const x = tokens[k];
  if (x === undefined || !naming(x)) return false;
  for (let j = k - 1; j >= k - 3 && j >= 0; j--)
    if (tokens[j]?.value.toLowerCase() === 'what') return pastHedge(tokens, j) > k;
  return false;
}

/** Whether a name at `start` is the subject of a hedge ("what they call", "what Malta described
 * as"): the one naming the object, not the object. */
export function inHedge(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= start - 2 && j >= 0; j--)
    if (tokens[j]?.value.toLowerCase() === 'what') return pastHedge(tokens, j) > start;
  return false;
}
