// Directed interactions: demands, criticism, tariffs (imposed, cut, threatened) and export
// controls, from the actor before the trigger to the ones after it.

import type { Trigger } from '../triggers';
import type { Mention } from '../types';
import { actorsAfter, actorsBefore, isActor } from './actors';
import type { Candidate, PatternInput } from './types';

export function readDirectedPattern(input: PatternInput, trigger: Trigger): Candidate[] {
  const { tokens, mentions, actors } = input;
  const { t, kind } = trigger;
  const out: Candidate[] = [];
  // "threats by the US": a passive agent, not a subject-object pair.
  if (tokens[t + 1]?.value === 'by') return out;
  const subjects = actorsBefore(tokens, actors, t)
    .filter((m) => m.rule !== 'pattern:both-sides')
    .slice(-1);
  if (subjects.length === 0) return out;
  const targetPool =
    kind === 'tariff' ||
    kind === 'tariff-cut' ||
    kind === 'tariff-threat' ||
    kind === 'export-control'
      ? mentions.filter(
          (m) => isActor(m) || m.adjectival || (m.kind === 'topic' && kind === 'export-control'),
        )
      : kind === 'military-action'
        ? mentions.filter((m) => isActor(m) || (m.kind === 'place' && !m.adjectival))
        : actors;
  let objects = actorsAfter(tokens, targetPool, t, 2, 16, false).filter(
    (o) => o.id !== (subjects[0] as Mention).id,
  );
  // "cut the Canadian tariff on Japanese cars": the target is what follows "on", not the owner
  const onTarget = objects.find((o) =>
    ['on', 'against'].includes(tokens[o.start - 1]?.value.toLowerCase() ?? ''),
  );
  if (onTarget && kind !== 'export-control') objects = [onTarget];
  const confidence = kind === 'criticism' || kind === 'demand' ? 0.75 : 0.7;
  for (const o of objects) out.push({ a: subjects[0] as Mention, b: o, confidence: confidence });
  return out;
}
