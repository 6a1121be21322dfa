// "Peru agreed to the truce at the request of Chile": one who does something at another's request
// was asked to by them, a demand (CAMEO 02) of the one named after "of" on the clause's subject.
import { actorsAfter, afterPreposition } from './actors';
import type { PatternInput, PatternReader } from './types';

/** The asker after "at the request of", and the clause's subject, who was asked. */
export const readAtRequest: PatternReader = (input: PatternInput, trigger) => {
  const { tokens, actors } = input;
  const { t } = trigger;
  // (a named asker: "of the Peruvian president" names a country's adjective only)
  const asker = actorsAfter(tokens, actors, t, 1, 6).find((m) => !m.adjectival);
  // ("At the request of Chile, Peru …": the subject after the fronted phrase's comma)
  const comma = tokens.findIndex((x, k) => k > t && x.value === ',');
  const fronted = t === 2 && comma > 0 ? actorsAfter(tokens, actors, comma, 1, 4)[0] : undefined;
  // ("the call between A and B took place at the request of B": the other party was asked)
  const before = actors.filter((m) => m.end <= t - 2 && !tokens[m.start]?.inQuote);
  const between = tokens.findLastIndex((x, k) => k < t && x.value === 'between');
  const parties = between < 0 ? [] : before.filter((m) => m.start > between);
  const other = parties.some((m) => m.id === asker?.id)
    ? parties.find((m) => m.id !== asker?.id)
    : undefined;
  const asked = fronted ?? other ?? before.find((m) => !afterPreposition(tokens, m));
  if (!asker || !asked || asker.id === asked.id) return [];
  return [{ a: asker, b: asked, confidence: 0.6 }];
};
