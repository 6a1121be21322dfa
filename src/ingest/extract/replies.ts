// Replies to the sentence before: "A accused B of …. B's minister rejected the accusation and
// threatened further strikes": a rejection (and a threat joined to it) aimed at "the accusation",
// "the demand", "the claims" answers whoever made it, when the one who replies is the one it was
// made against (or acts for them).
import { defaultTone } from '../../data/relation-kinds';
import type { TaggedSentence } from './nlp';
import { actorsBefore, isActor } from './patterns/actors';
import { findTriggers } from './triggers';
import type { Interaction, Mention } from './types';

/** What one side says to another that the other can answer by rejecting it. */
const PROMPTS: ReadonlySet<Interaction['kind']> = new Set(['criticism', 'demand', 'threat']);
/** "the accusation", "these claims": a prompt named by a noun that points back. */
const ANSWERED = new Set([
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'charge',
  'charges',
  'claim',
  'claims',
  'criticism',
  'demand',
  'demands',
  'ultimatum',
]);
const POINTING = new Set(['the', 'this', 'these', 'that', 'those', 'such']);

/** Whether the words after `t` are "the accusation" (with at most one word between). */
function answersPrompt(tokens: TaggedSentence['tokens'], t: number): boolean {
  if (!POINTING.has(tokens[t + 1]?.value.toLowerCase() ?? '')) return false;
  return [t + 2, t + 3].some((k) => ANSWERED.has(tokens[k]?.value.toLowerCase() ?? ''));
}

/** The interactions of replies in `sentence` to the prompts of the sentence before. */
export function readReplies(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  previous: readonly Interaction[],
  actsFor: (person: string, side: string) => boolean,
): Interaction[] {
  const tokens = sentence.tokens;
  const triggers = findTriggers(tokens);
  const rejection = triggers.find((x) => x.kind === 'rejection' && answersPrompt(tokens, x.t));
  if (rejection === undefined) return [];
  const subject = actorsBefore(tokens, mentions.filter(isActor), rejection.t).at(-1);
  if (subject === undefined) return [];
  const prompt = previous.find(
    (x) =>
      PROMPTS.has(x.kind) &&
      (x.target.id === subject.id || actsFor(subject.id, x.target.id)) &&
      x.source.id !== subject.id,
  );
  if (prompt === undefined) return [];
  // "rejected the accusation and threatened further strikes": the threat answers the same one
  const joined = triggers.find(
    (x) =>
      x.kind === 'threat' &&
      x.t > rejection.t &&
      tokens[x.t - 1]?.value === 'and' &&
      !mentions.some((m) => m.start > x.t && m.start < x.t + 6),
  );
  return [rejection, ...(joined ? [joined] : [])].map((trigger) => {
    const tone = defaultTone(trigger.kind);
    return {
      kind: trigger.kind,
      source: subject,
      target: prompt.source,
      directed: true,
      label: trigger.label,
      ...(tone ? { tone } : {}),
      confidence: Math.min(0.6, subject.confidence, prompt.source.confidence),
      rule: `reply:${trigger.kind}`,
      trigger: trigger.t,
    };
  });
}
