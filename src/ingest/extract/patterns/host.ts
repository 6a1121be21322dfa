// "Norway, which hosted the talks, said …": a host of the talks the article is about mediates
// between their two sides, named elsewhere in the article, when the sentence names no party.
import type { Trigger } from '../triggers';
import type { Mention } from '../types';
import { actorsBefore } from './actors';
import type { Candidate, PatternInput } from './types';

/** The host's mediation between the article's two sides, for a host verb with "the talks". */
export function readHostOfSides(
  input: PatternInput,
  trigger: Trigger,
  sides: readonly [string, string],
): Candidate[] {
  const { tokens, actors } = input;
  const { t } = trigger;
  if (trigger.kind !== 'mediation' || !/^hosted talks/.test(trigger.label)) return [];
  // "the talks", "the negotiations": the talks already told of, not some other meeting
  if (tokens[t + 1]?.value.toLowerCase() !== 'the') return [];
  const host = actorsBefore(tokens, actors, t).at(-1);
  if (host === undefined || sides.includes(host.id)) return [];
  return sides.map((id) => ({ a: host, b: side(id, tokens, t), confidence: 0.55 }));
}

/** One side of the article's talks, as a mention at the host verb. */
function side(id: string, tokens: PatternInput['tokens'], t: number): Mention {
  return {
    start: t,
    end: t + 1,
    id,
    kind: 'country',
    text: tokens[t]?.value ?? '',
    adjectival: false,
    known: true,
    confidence: 0.6,
    rule: 'pattern:host-of-sides',
  };
}
