// Words put out together: "Peru and Chile issued a joint statement", "in a joint declaration,
// Peru and Chile said", "a statement issued on Friday by Peru, Chile and Bolivia", "Peru issued
// a joint communiqué with Chile". Each two of those who put it out cooperate (CAMEO 05); what the
// words say is read by the other patterns on its own.
import type { Mention } from '../types';
import { actorsAfter, actorsBefore } from './actors';
import { listAfter } from './meetings';
import type { Candidate, PatternInput } from './types';

/** Those a statement at `t` names as its authors. */
function authors(input: PatternInput, t: number): Mention[] {
  const { tokens, actors } = input;
  // "a statement issued on Friday by A, B and C"
  const by = tokens.findIndex((x, k) => k > t + 1 && k <= t + 7 && x.value === 'by');
  if (by > 0 && tokens[t + 1]?.pos === 'VERB') return listAfter(tokens, actors, by);
  // "In a joint statement on Sunday, A and B said": the subject after the phrase's comma
  const opening = tokens.slice(Math.max(0, t - 3), t).some((x) => x.value.toLowerCase() === 'in');
  const comma = tokens.findIndex((x, k) => k > t && x.value === ',');
  if (opening && comma > 0 && comma <= t + 6) return listAfter(tokens, actors, comma);
  // "A and B issued a joint statement", "A issued a joint statement with B"
  const subjects = actorsBefore(tokens, actors, t);
  const partner =
    tokens[t + 1]?.value === 'with' ? actorsAfter(tokens, actors, t, 2, 6).slice(0, 1) : [];
  return [...subjects, ...partner];
}

/** Each two authors of the joint statement at `t`, once each. */
export function readJointStatement(input: PatternInput, t: number): Candidate[] {
  const found = authors(input, t);
  const parties = found.filter((m, k) => found.findIndex((x) => x.id === m.id) === k);
  return parties.flatMap((a, i) => parties.slice(i + 1).map((b) => ({ a, b, confidence: 0.7 })));
}
