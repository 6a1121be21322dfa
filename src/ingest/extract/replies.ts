// Replies to the sentence before: "A accused B of …. B's minister rejected the accusation and
// threatened further strikes": a rejection (and a threat joined to it) aimed at "the accusation",
// "the demand", "the claims" answers whoever made it, when the one who replies is the one it was
// made against (or acts for them).
import { defaultTone } from '../../data/relation-kinds';
import type { TaggedSentence } from './nlp';
import { actorsBefore, isActor } from './patterns/actors';
import { findTriggers, type Trigger } from './triggers';
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
/** Verbs that answer a charge told before them: "a charge Latvia denied". */
const ANSWERING = new Set(['deny', 'dismiss', 'reject', 'refute', 'rebuff']);
const POINTING = new Set(['the', 'this', 'these', 'that', 'those', 'such']);

/** Whether the words after `t` are "the accusation" (with at most one word between). */
function answersPrompt(tokens: TaggedSentence['tokens'], t: number): boolean {
  if (!POINTING.has(tokens[t + 1]?.value.toLowerCase() ?? '')) return false;
  return [t + 2, t + 3].some((k) => ANSWERED.has(tokens[k]?.value.toLowerCase() ?? ''));
}

/** "…, a charge Latvia rejected", "…, an accusation that Latvia denies", "…, which Latvia
 * denied", "…, claims rejected by Latvia": the one who answers, in a relative clause after the
 * prompt its sentence tells, or undefined. */
function relativeAnswerer(
  tokens: TaggedSentence['tokens'],
  actors: readonly Mention[],
  t: number,
): Mention | undefined {
  if (tokens[t + 1]?.value === 'by') {
    const agent = actors.find((m) => m.start === t + 2);
    const noun = tokens[t - 1]?.value.toLowerCase() ?? '';
    return agent && ANSWERED.has(noun) ? agent : undefined;
  }
  let end = t;
  while (['AUX', 'ADV', 'PART'].includes(tokens[end - 1]?.pos ?? '')) end--;
  const subject = actors.find((m) => m.end === end);
  if (subject === undefined) return undefined;
  let k = subject.start - 1;
  if (tokens[k]?.value.toLowerCase() === 'the') k--;
  const relative = ['that', 'which'].includes(tokens[k]?.value.toLowerCase() ?? '');
  if (relative && tokens[k - 1]?.value === ',') return subject;
  const noun = tokens[relative ? k - 1 : k]?.value.toLowerCase() ?? '';
  return ANSWERED.has(noun) ? subject : undefined;
}

/** The interactions of replies in `sentence` to the prompts it told before them, or to those of
 * the sentence before. */
export function readReplies(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  previous: readonly Interaction[],
  actsFor: (person: string, side: string) => boolean,
  /** What the sentence itself told: "A accused B of …, a charge B rejected". */
  told: readonly Interaction[] = [],
): Interaction[] {
  const tokens = sentence.tokens;
  const triggers = findTriggers(tokens);
  const actors = mentions.filter(isActor);
  const answerer = (t: number) =>
    answersPrompt(tokens, t)
      ? actorsBefore(tokens, actors, t).at(-1)
      : relativeAnswerer(tokens, actors, t);
  // "…, which Latvia denied": a denial whose object stands before it, as no trigger reads it
  const denials = tokens.flatMap((x, t): Trigger[] =>
    x.pos === 'VERB' &&
    ANSWERING.has(x.lemma) &&
    !triggers.some((y) => y.t === t && y.kind === 'rejection')
      ? [{ t, kind: 'rejection', rule: 'reply:rejection', label: 'rejected' }]
      : [],
  );
  const rejection = [...triggers, ...denials].find(
    (x) => x.kind === 'rejection' && answerer(x.t) !== undefined,
  );
  if (rejection === undefined) return [];
  const subject = answerer(rejection.t);
  if (subject === undefined) return [];
  const before = told.filter((x) => x.trigger < rejection.t);
  const prompt = [...before, ...previous].find(
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

/** Words that tell a deed as an answer to one before it: "responded with strikes". */
const RESPONSE = new Set(['respond', 'response', 'retaliate', 'retaliation', 'reply', 'counter']);

/**
 * "B shelled A's posts. A responded with air strikes": force told as a response, with no
 * target of its own, strikes back at whoever struck the one responding, in the same sentence
 * before it or in the sentence before.
 */
export function readRetaliation(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  previous: readonly Interaction[],
  told: readonly Interaction[],
  actsFor: (person: string, side: string) => boolean,
): Interaction[] {
  const tokens = sentence.tokens;
  const responds = (t: number) =>
    tokens
      .slice(0, t + 1)
      .some((x) => RESPONSE.has(x.lemma) || RESPONSE.has(x.value.toLowerCase()));
  const force = findTriggers(tokens).find(
    (x) => x.kind === 'military-action' && responds(x.t) && !told.some((y) => y.trigger === x.t),
  );
  if (force === undefined) return [];
  const subject = actorsBefore(tokens, mentions.filter(isActor), force.t).at(-1);
  if (subject === undefined) return [];
  const struck = (side: string) =>
    side === subject.id || actsFor(subject.id, side) || actsFor(side, subject.id);
  const prompt = [...told.filter((x) => x.trigger < force.t), ...previous].find(
    (x) => x.kind === 'military-action' && struck(x.target.id) && x.source.id !== subject.id,
  );
  if (prompt === undefined) return [];
  const tone = defaultTone('military-action');
  return [
    {
      kind: 'military-action',
      source: subject,
      target: prompt.source,
      directed: true,
      label: force.label,
      ...(tone ? { tone } : {}),
      confidence: Math.min(0.6, subject.confidence, prompt.source.confidence),
      rule: 'reply:retaliation',
      trigger: force.t,
    },
  ];
}
