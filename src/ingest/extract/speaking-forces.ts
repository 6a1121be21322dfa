// A country's forces that tell of a deed done to them: "Malta's army said Iceland shelled its
// posts", "Malta's navy said it was attacked by Iceland", "Malta's defence ministry on Tuesday
// accused Iceland of breaking the truce". The forces report for their country, so the deed falls
// on the country; the forces stay the speaker of the report. So does a person's report of force
// used on their side ("President Vella said Iceland had violated the truce").
import type { Token } from './nlp';
import type { Interaction, Mention } from './types';

/** Verbs by which the forces report a deed, or charge the one who did it. */
const REPORTING = new Set([
  'say',
  'tell',
  'report',
  'announce',
  'claim',
  'confirm',
  'state',
  'accuse',
  'blame',
]);

/** Words that may stand between a reporter and its verb: "also", "on Tuesday", "has". */
const BETWEEN_POS = new Set(['ADV', 'AUX', 'ADP', 'PROPN', 'NUM', 'DET', 'PART']);

/** The last word of a name of forces, or of a body that reports for its country: "Malta's
 * army", "the Maltese Navy", "Icelandic troops", "Malta's defence ministry". */
const FORCES = /^(army|military|navy|force|forces|troops|ministry|government|office|command)$/i;

/** Whether the mention names forces and is the subject of a reporting verb whose clause holds
 * the trigger. */
function reports(tokens: readonly Token[], m: Mention, trigger: number): boolean {
  let k = m.end;
  while (k < m.end + 4 && BETWEEN_POS.has(tokens[k]?.pos ?? '')) k++;
  const verb = tokens[k];
  return verb !== undefined && REPORTING.has(verb.lemma) && k < trigger;
}

/** The interaction with its target moved from the reporting forces to their country. */
export function onSpeakingForces(
  x: Interaction,
  tokens: readonly Token[],
  countryOf: (id: string) => string | undefined,
): Interaction {
  if (x.kind === 'statement') return x;
  // (a person who tells of a strike on their side is not what was struck: "President Ruiz said
  // Chile had violated the truce")
  const forces =
    x.target.kind === 'organization' && FORCES.test(tokens[x.target.end - 1]?.value ?? '');
  const person = x.target.kind === 'person' && x.kind === 'military-action';
  if (!forces && !person) return x;
  const country = countryOf(x.target.id);
  if (country === undefined || country === x.source.id) return x;
  if (!reports(tokens, x.target, x.trigger)) return x;
  return { ...x, target: { ...x.target, id: country, kind: 'country' } };
}
