// The rule for joining two relations' evidence (an accepted proposal extending a relation, two
// entities merged): the first list as it is, then each quote of the second that it does not
// already hold. A quote counts as held when the same source has it with the same words, however
// the whitespace between them runs (a line break in one copy, a space in the other). Pure.
import type { Evidence } from '../data/schema';

type Quote = Pick<Evidence, 'source' | 'quote'>;

/** What makes two pieces of evidence the same: the source, and the quote's words. */
export function evidenceKey(evidence: Quote): string {
  return `${evidence.source}\u0000${evidence.quote.replace(/\s+/g, ' ').trim()}`;
}

/** `existing`, then the pieces of `added` it does not already hold (nor holds twice itself). */
export function joinEvidence<E extends Quote>(existing: readonly E[], added: readonly E[]): E[] {
  const seen = new Set(existing.map(evidenceKey));
  const joined = [...existing];
  for (const evidence of added) {
    const key = evidenceKey(evidence);
    if (seen.has(key)) continue;
    seen.add(key);
    joined.push(evidence);
  }
  return joined;
}
