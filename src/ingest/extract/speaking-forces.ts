// A country's forces that tell of a deed done to them: "Malta's army said Iceland shelled its
// posts", "Malta's navy said it was attacked by Iceland". The forces report for their country, so
// the deed falls on the country; the forces stay the speaker of the report.
import type { Token } from './nlp';
import type { Interaction, Mention } from './types';

/** Verbs by which the forces report a deed. */
const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'claim', 'confirm', 'state']);

/** The last word of a name of forces, or of a body that reports for its country: "Malta's
 * army", "the Maltese Navy", "Icelandic troops", "Malta's defence ministry". */
const FORCES = /^(army|military|navy|force|forces|troops|ministry|government|office|command)$/i;

/** Whether the mention names forces and is the subject of a reporting verb whose clause holds
 * the trigger. */
function reports(tokens: readonly Token[], m: Mention, trigger: number): boolean {
  const verb = tokens[m.end];
  if (!FORCES.test(tokens[m.end - 1]?.value ?? '')) return false;
  return verb !== undefined && REPORTING.has(verb.lemma) && m.end < trigger;
}

/** The interaction with its target moved from the reporting forces to their country. */
export function onSpeakingForces(
  x: Interaction,
  tokens: readonly Token[],
  countryOf: (id: string) => string | undefined,
): Interaction {
  if (x.kind === 'statement' || x.target.kind !== 'organization') return x;
  const country = countryOf(x.target.id);
  if (country === undefined || country === x.source.id) return x;
  if (!reports(tokens, x.target, x.trigger)) return x;
  return { ...x, target: { ...x.target, id: country, kind: 'country' } };
}
