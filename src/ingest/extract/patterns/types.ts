// The shape every interaction pattern shares: it reads one trigger in one sentence and returns
// candidate pairs; readInteractions turns them into interactions (kind, label, tone, confidence).
import type { Token } from '../nlp';
import type { Trigger } from '../triggers';
import type { Mention } from '../types';

/** What a trigger's reader sees: the sentence's tokens, its mentions and actors. */
export type PatternInput = {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  actors: readonly Mention[];
  /** The two ends of the call the article described last ("X also joined the call"). */
  previousCall: readonly Mention[];
  /** The two parties of the accord or meeting the sentence before told ("the deal was witnessed
   * by Z"); empty when it told none. */
  previousGathering?: readonly Mention[];
  /** The article's two main countries, when it has them. */
  sides?: readonly [string, string] | null;
};

/** Two ends a pattern found for its trigger, and how sure it is of them. */
export type Candidate = { a: Mention; b: Mention; confidence: number };

export type PatternReader = (input: PatternInput, trigger: Trigger) => Candidate[];
