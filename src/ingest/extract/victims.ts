// Those named as killed with no one named as killing them: "Jon Marr and Ola Fenn have both
// been killed in the strikes", "the army's chief of staff has also been killed, officials said".
// A news story opens with its main strikes and tells their dead after them: the dead were struck
// by the side that struck first in the story, unless they are of that side.
import { defaultTone } from '../../data/relation-kinds';
import type { TaggedSentence, Token } from './nlp';
import { afterPreposition } from './patterns/actors';
import type { Interaction, Mention } from './types';

/** Past participles of killing. */
const KILLED = new Set(['killed', 'assassinated', 'slain']);
/** The auxiliary of a passive, and the words that may stand between it and the participle. */
const PASSIVE_AUX = new Set(['was', 'were', 'been']);
const BETWEEN = new Set(['also', 'both', 'all', 'reportedly', 'later', 'allegedly']);

/** The token of a passive "killed" with no agent after it ("were killed by"), or -1. */
function agentlessKilling(tokens: readonly Token[]): number {
  return tokens.findIndex((x, k) => {
    if (!KILLED.has(x.value.toLowerCase()) || x.inQuote) return false;
    let a = k - 1;
    while (a >= 0 && BETWEEN.has(tokens[a]?.value.toLowerCase() ?? '')) a--;
    return PASSIVE_AUX.has(tokens[a]?.value.toLowerCase() ?? '') && tokens[k + 1]?.value !== 'by';
  });
}

/** The people the sentence names before `t` as its subject: not after a preposition, quoted, or
 * in a clause of their own. */
function namedDead(tokens: readonly Token[], mentions: readonly Mention[], t: number): Mention[] {
  return mentions.filter(
    (m) =>
      m.kind === 'person' &&
      m.end <= t &&
      !tokens[m.start]?.inQuote &&
      !afterPreposition(tokens, m) &&
      !tokens.slice(m.end, t).some((x) => x.pos === 'VERB' && !KILLED.has(x.value)),
  );
}

/** "Latvian pilot Jon Marr": the country whose adjective describes the person named after it. */
function describedSide(tokens: readonly Token[], mentions: readonly Mention[], m: Mention) {
  return mentions.find(
    (c) =>
      c.kind === 'country' &&
      c.adjectival &&
      c.end < m.start &&
      m.start - c.end <= 3 &&
      tokens.slice(c.end, m.start).every((x) => /^\p{Ll}/u.test(x.value)),
  )?.id;
}

/** Force from the story's first striker on each person the sentence names as killed by no one. */
export function readVictims(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  striker: Mention | null,
  told: readonly Interaction[],
  actsFor: (person: string, side: string) => boolean,
): Interaction[] {
  if (striker === null) return [];
  const tokens = sentence.tokens;
  const t = agentlessKilling(tokens);
  if (t < 0) return [];
  const struck = (m: Mention) =>
    told.some((x) => x.kind === 'military-action' && x.target.id === m.id);
  const tone = defaultTone('military-action');
  return namedDead(tokens, mentions, t)
    .filter(
      (m) =>
        m.id !== striker.id &&
        !actsFor(m.id, striker.id) &&
        describedSide(tokens, mentions, m) !== striker.id &&
        !struck(m),
    )
    .map((m) => ({
      kind: 'military-action',
      source: { ...striker, start: t, end: t + 1 },
      target: m,
      directed: true,
      label: tokens[t]?.value ?? 'killed',
      ...(tone ? { tone } : {}),
      confidence: Math.min(0.5, m.confidence),
      rule: 'story:killed',
      trigger: t,
    }));
}
