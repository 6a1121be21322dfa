// "Peru, Chile and Bolivia issued a joint statement on Sunday. The statement called for a truce
// in Ecuador": where a sentence opens with "the statement" (or "the joint declaration", "the
// communiqué") as its subject, its authors told just before act, each as a mention at those
// words.
import type { TaggedSentence } from './nlp';
import { DECLARATIONS, JOINT_STATEMENT_RULE } from './triggers';
import type { Interaction, Mention } from './types';

const RULE = 'coref:statement-authors';

/** The authors of the last joint statement a sentence's interactions told, or none. */
export function statementAuthors(read: readonly Interaction[]): Mention[] {
  const joint = read.filter((x) => x.rule === JOINT_STATEMENT_RULE);
  const authors = joint.flatMap((x) => [x.source, x.target]);
  return authors.filter((m, k) => authors.findIndex((a) => a.id === m.id) === k);
}

/** Mentions of the `authors` where "the (joint) statement" opens the sentence as its subject
 * (a verb after it, an adverb between at most): one per author, at the same words. */
export function authorReferences(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  authors: readonly Mention[],
): Mention[] {
  const { tokens } = sentence;
  if (authors.length < 2 || tokens[0]?.value.toLowerCase() !== 'the') return [];
  const noun = tokens[1]?.value.toLowerCase() === 'joint' ? 2 : 1;
  if (!DECLARATIONS.has(tokens[noun]?.value.toLowerCase() ?? '')) return [];
  const verb = tokens[noun + 1]?.pos === 'ADV' ? noun + 2 : noun + 1;
  if (tokens[verb]?.pos !== 'VERB' || mentions.some((m) => m.start <= noun)) return [];
  const end = tokens[noun] as TaggedSentence['tokens'][number];
  return authors.map((m) => ({
    ...m,
    start: 0,
    end: noun + 1,
    text: sentence.text.slice(tokens[0]?.start ?? 0, end.end),
    adjectival: false,
    confidence: 0.5,
    rule: RULE,
  }));
}
