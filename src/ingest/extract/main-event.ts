// The article's main event: news tells it first, in the headline and the first paragraph, and
// then goes on naming it by description ("the two leaders", "both men"). The people the lead
// names are the ones those descriptions stand for, and the two sides it tells of are who "both
// sides" are.
import { defaultTone } from '../../data/relation-kinds';
import { readInteractions, SYMMETRIC_KINDS } from './interactions';
import type { TaggedSentence } from './nlp';
import { isActor, sideMention } from './patterns/actors';
import { findTriggers } from './triggers';
import type { Interaction, Mention } from './types';

/** "the two leaders", "both leaders", "the two men", "the two prime ministers", "the two heads of
 * state": the lead's people. */
const LEADERS =
  /^(?:the two|both) (?:leaders|men|women|presidents|premiers|prime ministers|chancellors|counterparts|heads of (?:state|government))$/i;

/**
 * The two people of the article's lead (the headline and the first paragraph of prose), in the
 * order they are first named, or null when it names fewer than two.
 */
export function leadPeople(
  sentences: readonly (TaggedSentence & { heading: boolean })[],
  readings: readonly { mentions: readonly Mention[] }[],
): [Mention, Mention] | null {
  const firstProse = sentences.findIndex((s) => !s.heading);
  if (firstProse < 0) return null;
  // the lead: the headline and the first sentence of prose; exactly two people in it
  const people: Mention[] = [];
  for (let i = 0; i <= firstProse && i < readings.length; i++)
    for (const m of readings[i]?.mentions ?? [])
      if (m.kind === 'person' && !m.adjectival && !people.some((p) => p.id === m.id))
        people.push(m);
  return people.length === 2 ? [people[0] as Mention, people[1] as Mention] : null;
}

/** Mentions of the lead's two people where a sentence names them by description. */
export function leaderReferences(
  sentence: TaggedSentence,
  leaders: readonly [Mention, Mention],
): Mention[] {
  const out: Mention[] = [];
  const tokens = sentence.tokens;
  tokens.forEach((token, k) => {
    for (const length of [5, 4, 3, 2]) {
      const words = tokens.slice(k, k + length);
      if (words.length < length) continue;
      const text = words.map((w) => w.value).join(' ');
      if (!LEADERS.test(text)) continue;
      for (const leader of leaders)
        out.push({
          start: k,
          end: k + length,
          id: leader.id,
          kind: 'person',
          text,
          adjectival: false,
          known: leader.known,
          confidence: 0.6,
          rule: 'pattern:main-event',
        });
      return;
    }
  });
  return out;
}

/** Kinds whose two ends are the two sides of a story: talks, a meeting, an accord, a strike. */
const SIDED_KINDS: ReadonlySet<string> = new Set([
  'talks',
  'meeting',
  'call',
  'planned-meeting',
  'agreement',
  'military-action',
]);

/**
 * The two sides of the lead's main event ("mediators resumed talks between A and B"), as the
 * countries or bodies its two ends are (an armed group, a bloc) or the countries they act for, or null when the lead tells no such event. A mediator
 * named more often than either party is still no side.
 */
export function leadSides(
  sentences: readonly (TaggedSentence & { heading: boolean })[],
  readings: readonly { mentions: readonly Mention[] }[],
  actsFor: (id: string) => string | undefined,
): [string, string] | null {
  const firstProse = sentences.findIndex((s) => !s.heading);
  for (let i = 0; i <= firstProse && i < readings.length; i++) {
    const mentions = readings[i]?.mentions ?? [];
    for (const x of readInteractions(sentences[i] as TaggedSentence, mentions)) {
      if (!SIDED_KINDS.has(x.kind)) continue;
      const [a, b] = [x.source, x.target].map((m) =>
        m.kind === 'country' || m.kind === 'organization'
          ? m.id
          : m.kind === 'person'
            ? actsFor(m.id)
            : undefined,
      );
      if (a && b && a !== b) return [a, b];
    }
  }
  // "Z will witness a peace agreement between A and B": an accord or talks only planned
  // still name the story's two sides
  const lead = sentences[firstProse];
  const named = lead ? betweenSides(lead, readings[firstProse]?.mentions ?? [], actsFor) : null;
  return named;
}

/** Things of two sides that "between A and B" names them by. */
const BETWEEN_THINGS =
  /^(agreements?|accords?|deals?|pacts?|treat(y|ies)|truces?|ceasefires?|talks|negotiations|meetings?|summits?|war|conflict|clashes|fighting|dispute)$/i;

/** The two sides named by "a peace agreement between A and B", as countries or bodies. */
function betweenSides(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  actsFor: (id: string) => string | undefined,
): [string, string] | null {
  const tokens = sentence.tokens;
  const at = tokens.findIndex(
    (x, k) => x.value === 'between' && BETWEEN_THINGS.test(tokens[k - 1]?.value ?? ''),
  );
  if (at < 0) return null;
  const [a, b] = mentions.filter((m) => m.start > at && m.start <= at + 8 && isActor(m));
  if (a === undefined || b === undefined) return null;
  const gap = tokens.slice(a.end, b.start).map((x) => x.value.toLowerCase());
  if (gap.join(' ') !== 'and' && gap.join(' ') !== 'and the') return null;
  const side = (m: Mention) =>
    m.kind === 'country' || m.kind === 'organization' ? m.id : actsFor(m.id);
  const [x, y] = [side(a), side(b)];
  return x && y && x !== y ? [x, y] : null;
}

/**
 * "Malta, Iceland Hold Talks" over "Negotiators met in Geneva on Monday …": the lead tells the
 * deed, with its day, and leaves its parties to the headline. Each meeting, call, talks or
 * accord the lead's sentence tells without naming two parties is proposed between the two sides
 * the headline names.
 */
export function leadDeeds(
  lead: TaggedSentence,
  read: readonly Interaction[],
  sides: readonly [string, string],
): Interaction[] {
  const out: Interaction[] = [];
  for (const trigger of findTriggers(lead.tokens)) {
    if (!SYMMETRIC_KINDS.has(trigger.kind)) continue;
    if (read.some((x) => x.kind === trigger.kind) || out.some((x) => x.kind === trigger.kind))
      continue;
    const text = lead.tokens[trigger.t]?.value ?? '';
    const tone = defaultTone(trigger.kind);
    out.push({
      kind: trigger.kind,
      source: sideMention(sides[0], trigger.t, trigger.t + 1, text, 'pattern:main-event'),
      target: sideMention(sides[1], trigger.t, trigger.t + 1, text, 'pattern:main-event'),
      directed: false,
      label:
        trigger.label.endsWith(' with') || trigger.kind === 'meeting'
          ? trigger.label
          : `${trigger.label} with`,
      ...(tone ? { tone } : {}),
      confidence: 0.5,
      rule: 'pattern:main-event',
      trigger: trigger.t,
    });
  }
  return out;
}

/**
 * "Vell: Iceland must end the blockade": a headline's speaker (a person or a body) before a colon
 * says what follows it, about the actor that opens it; a demand on it when it "must" or "should"
 * act, else a statement of it.
 */
export function headlineSpeaker(
  headline: TaggedSentence,
  mentions: readonly Mention[],
): Interaction[] {
  const tokens = headline.tokens;
  const colon = tokens.findIndex((t) => t.value === ':');
  const speaker = mentions.find(
    (m) => m.end === colon && m.start <= 2 && isActor(m) && m.kind !== 'country',
  );
  if (speaker === undefined) return [];
  const about = mentions.find(
    (m) => m.start > colon && m.start <= colon + 2 && isActor(m) && m.id !== speaker.id,
  );
  if (about === undefined) return [];
  const demand = ['must', 'should'].includes(tokens[about.end]?.value.toLowerCase() ?? '');
  const kind = demand ? 'demand' : 'statement';
  const tone = defaultTone(kind);
  return [
    {
      kind,
      source: speaker,
      target: about,
      directed: true,
      label: demand ? 'urged' : 'said of',
      ...(tone ? { tone } : {}),
      confidence: 0.5,
      rule: 'pattern:headline-speaker',
      trigger: colon,
    },
  ];
}
