// "A further meeting is set to be held in Bergen next month", "another round of talks will
// follow soon": a gathering set for later that names no party at all is the next one of the
// article's two sides (its venue, "in Bergen", is no party). Pure.

import type { TaggedSentence } from './nlp';
import { afterLocative, isActor, sideMention } from './patterns/actors';
import { findTriggers } from './triggers';
import type { Interaction, Mention } from './types';

const RULE = 'pattern:planned-of-sides';

/** "The talks, which may continue Tuesday, …": the plan told in an aside of talks under way. */
function aside(tokens: TaggedSentence['tokens'], t: number): boolean {
  const verb = tokens.findIndex((x, k) => k > t && (x.pos === 'VERB' || x.pos === 'AUX'));
  const between = tokens.slice(t + 1, verb < 0 ? tokens.length : verb);
  return between.some((x) => x.value === ',' || /^(which|that)$/i.test(x.value));
}

/** A planned meeting of the two sides where the sentence sets a gathering for later and names
 * no actor, nor reads any interaction of its own. */
export function plannedOfSides(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  read: readonly Interaction[],
  sides: readonly [string, string] | null,
): Interaction[] {
  const tokens = sentence.tokens;
  // "in Bergen": the venue is no party
  const party = (m: Mention) => isActor(m) && !afterLocative(tokens, m);
  if (!sides || read.length > 0 || mentions.some(party)) return [];
  const planned = findTriggers(tokens).find(
    (x) => x.kind === 'planned-meeting' && tokens[x.t]?.pos === 'NOUN' && !aside(tokens, x.t),
  );
  if (!planned) return [];
  const text = tokens[planned.t]?.value ?? '';
  const [a, b] = sides.map((id) => sideMention(id, planned.t, planned.t + 1, text, RULE));
  return [
    {
      kind: 'planned-meeting',
      source: a as Mention,
      target: b as Mention,
      directed: false,
      label: 'plans to meet',
      tone: 'verbal-cooperation',
      confidence: 0.5,
      rule: RULE,
      trigger: planned.t,
    },
  ];
}
