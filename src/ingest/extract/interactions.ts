// Interactions between the entities of one sentence. The structural readers (memberships,
// "represented by", parties of a known event) and one reader per trigger pattern (meetings and
// calls, statements, directed interactions such as tariffs) each return candidates; this module
// turns a trigger's candidates into interactions with their kind, label, tone and confidence.
import { defaultTone, type RelationKind } from '../../data/relation-kinds';
import type { Tone } from '../../data/schema';
import { dashedWar } from './fight-between';
import type { TaggedSentence } from './nlp';
import { bothSides, isActor } from './patterns/actors';
import { readBacking } from './patterns/backing';
import { readDirectedPattern } from './patterns/directed';
import { readHostOfGathering, readHostOfSides } from './patterns/host';
import { readJointStatement } from './patterns/joint-statement';
import { readBothSidesTold, readMeetingPattern } from './patterns/meetings';
import { readAtRequest } from './patterns/requests';
import { readStatementPattern } from './patterns/statements';
import {
  readComposedOf,
  readEventParties,
  readListedMembers,
  readMemberApposition,
  readMembership,
  readOnBehalfOf,
  readRepresentedBy,
} from './patterns/structure';
import type { Candidate, PatternInput, PatternReader } from './patterns/types';
import {
  AT_REQUEST_RULE,
  BOTH_SIDES_TOLD_RULE,
  CO_CHAIRED_RULE,
  DASHED_WAR_RULE,
  FORCE_OR_WORDS,
  findTriggers,
  JOINT_DRILLS_RULE,
  JOINT_STATEMENT_RULE,
  OVERSAW_RULE,
  PROPOSAL_RULE,
  SUMMONED_ENVOY_RULE,
  type Trigger,
  WAR_WAGED_RULE,
} from './triggers';
import type { Interaction, Mention } from './types';
import { ENVOYS } from './verb-lexicon';

export type { Interaction } from './types';

/** Kinds with no direction: a call or a meeting is between its two parties. */
export const SYMMETRIC_KINDS: ReadonlySet<RelationKind> = new Set([
  'call',
  'meeting',
  'talks',
  'agreement',
  'planned-meeting',
]);

const NEGATIVE =
  /\b(not|never|bully|bullying|violat\w*|against|harm\w*|unfair|threat\w*|wrong|afraid)\b/i;

/** The reader of each trigger's pattern. A proposal taken, made or answered is read as a deed
 * of one side toward the other, whatever kind it is. */
function readerOf({ kind, rule }: Trigger): PatternReader {
  if (rule === BOTH_SIDES_TOLD_RULE) return readBothSidesTold;
  if (rule === AT_REQUEST_RULE) return readAtRequest;
  if (rule === SUMMONED_ENVOY_RULE) return readSummonedEnvoy;
  if (rule === DASHED_WAR_RULE) return readDashedWar;
  // ("expressed support for Estonia": praise told by the object of a general verb)
  if (kind === 'sanction' && rule.startsWith('object:')) return readRecalledEnvoy;
  if (rule === PROPOSAL_RULE || rule.startsWith('object:')) return readDirectedPattern;
  if (rule === JOINT_STATEMENT_RULE)
    return (input, trigger) => readJointStatement(input, trigger.t);
  // ("held joint drills with X", "A and B began joint drills": those who hold them, together)
  if (SYMMETRIC_KINDS.has(kind) || rule === JOINT_DRILLS_RULE) return readMeetingPattern;
  if (kind === 'statement') return readStatementPattern;
  return readDirectedPattern;
}

/** "Malta summoned Iceland's ambassador over remarks by Jon Dahl", "Malta summons Icelandic
 * envoy over Dahl's remarks": the protest is made to the state whose envoy is summoned, not to
 * whoever the reason names. */
const readSummonedEnvoy: PatternReader = (input, trigger) => {
  const read = readDirectedPattern(input, trigger);
  const { tokens } = input;
  const envoy = tokens.findIndex((x, k) => k > trigger.t && ENVOYS.has(x.lemma.toLowerCase()));
  const subjects = read.map((c) => c.a).filter((a) => a.start < trigger.t);
  const owner = input.mentions.find(
    (m) => m.kind === 'country' && m.start > trigger.t && m.end <= envoy,
  );
  if (envoy < 0 || owner === undefined || subjects.length === 0) return read;
  const summoners = new Map(subjects.filter((a) => a.id !== owner.id).map((a) => [a.id, a]));
  return [...summoners.values()].map((a) => ({
    a,
    b: { ...owner, adjectival: false },
    confidence: 0.75,
  }));
};

/** "Malta recalled Malta's ambassador to Iceland": the envoy's own state, named before the
 * envoy, is no target when the state the envoy was posted to follows ("to Iceland", "from
 * Iceland"). */
const readRecalledEnvoy: PatternReader = (input, trigger) => {
  const read = readDirectedPattern(input, trigger);
  const { tokens } = input;
  const envoy = tokens.findIndex(
    (x, k) => k > trigger.t && k <= trigger.t + 4 && ENVOYS.has(x.lemma.toLowerCase()),
  );
  if (envoy < 0 || !/^(to|from|in)$/.test(tokens[envoy + 1]?.value ?? '')) return read;
  const ownsEnvoy = (b: Mention) => b.end <= envoy && /^['’]s?$/.test(tokens[b.end]?.value ?? '');
  const postedTo = read.some((c) => c.b.start > envoy);
  return postedTo ? read.filter((c) => !ownsEnvoy(c.b)) : read;
};

/** "the Russia-Ukraine war": each side the dash joins fights the other. */
const readDashedWar: PatternReader = ({ tokens, mentions }, trigger) => {
  const sides = dashedWar(tokens, trigger.t);
  if (sides === null) return [];
  const [first, second] = sides;
  const party = (m: (typeof mentions)[number]) => ['country', 'organization'].includes(m.kind);
  const a = mentions.find((m) => m.end === first + 1 && party(m));
  const b = mentions.find((m) => m.start === second && party(m));
  if (a === undefined || b === undefined || a.id === b.id) return [];
  const [x, y] = [
    { ...a, adjectival: false },
    { ...b, adjectival: false },
  ];
  return [
    { a: x, b: y, confidence: 0.6 },
    { a: y, b: x, confidence: 0.6 },
  ];
};

/** "Malta said Iceland must withdraw", "… Iceland should stop the shelling": a statement that
 * what it is about must act is a demand on it. */
function demanded(sentence: TaggedSentence, trigger: Trigger, c: Candidate): Trigger {
  // in a quotation the words are the speaker's own, read as the statement they make
  if (trigger.kind !== 'statement' || sentence.tokens[c.b.start]?.inQuote) return trigger;
  const next = sentence.tokens[c.b.end]?.value.toLowerCase() ?? '';
  return ['must', 'should'].includes(next)
    ? { ...trigger, kind: 'demand', rule: 'pattern:demand', label: 'urged' }
    : trigger;
}

/** "Petro attacked Trump over the strikes", "targeted the minister": one person attacking
 * another does it in words (CAMEO 111), not by force, which states and armed groups use. */
function inWords(sentence: TaggedSentence, trigger: Trigger, c: Candidate): Trigger {
  const verb = sentence.tokens[trigger.t];
  const words = FORCE_OR_WORDS.has(verb?.lemma ?? '') && verb?.pos === 'VERB';
  return words &&
    trigger.kind === 'military-action' &&
    c.a.kind === 'person' &&
    c.b.kind === 'person'
    ? { ...trigger, kind: 'criticism', rule: 'pattern:criticism', label: 'criticised' }
    : trigger;
}

/** A trigger's candidate as an interaction: its label, tone and confidence. */
function toInteraction(sentence: TaggedSentence, found: Trigger, c: Candidate): Interaction {
  const trigger = inWords(sentence, demanded(sentence, found, c), c);
  const symmetric = SYMMETRIC_KINDS.has(trigger.kind);
  let tone = defaultTone(trigger.kind);
  if (trigger.kind === 'statement' && NEGATIVE.test(sentence.text)) tone = 'verbal-conflict';
  if (trigger.kind === 'planned-meeting' && /cancel/.test(trigger.label)) tone = 'verbal-conflict';
  return {
    kind: trigger.kind,
    source: c.a,
    target: c.b,
    directed: !symmetric,
    // "held talks with", but "invited" and "received" take their object bare
    label:
      trigger.label.endsWith(' with') ||
      !symmetric ||
      trigger.kind === 'meeting' ||
      trigger.rule === PROPOSAL_RULE ||
      /^\w+ed$/.test(trigger.label)
        ? trigger.label
        : `${trigger.label} with`,
    ...(tone ? { tone } : {}),
    confidence: Math.min(1, c.confidence * Math.min(c.a.confidence, c.b.confidence) + 0.1),
    rule: trigger.rule,
    trigger: trigger.t,
    // "Russia's war in Ukraine": a war going on, no deed of the day the sentence tells
    ...(trigger.rule === WAR_WAGED_RULE || trigger.rule === DASHED_WAR_RULE
      ? { undated: true as const }
      : {}),
  };
}

/** Reads the interactions of one sentence from its mentions: `sides` are the article's two main
 * countries, `leadPair` the two sides of the main event its lead tells, when it tells one,
 * `previousGathering` the two parties of the accord or meeting the sentence before told. */
export function readInteractions(
  sentence: TaggedSentence,
  found: readonly Mention[],
  sides: readonly [string, string] | null = null,
  previousCall: readonly Mention[] = [],
  leadPair: readonly [string, string] | null = null,
  previousGathering: readonly Mention[] = [],
): Interaction[] {
  const tokens = sentence.tokens;
  // "both sides" already read as the pair the sentence names stays that pair
  const open = (m: Mention) => !found.some((f) => f.start <= m.start && m.start < f.end);
  const mentions = sides
    ? [...found, ...bothSides(tokens, sides).filter(open)].sort((a, b) => a.start - b.start)
    : [...found];
  const actors = mentions.filter(isActor);
  if (mentions.length < 2 && (sides === null || actors.length === 0)) return [];
  const out: Interaction[] = [
    ...readMembership(tokens, mentions),
    ...readMemberApposition(tokens, mentions),
    ...readListedMembers(tokens, mentions),
    ...readComposedOf(tokens, mentions),
    ...readRepresentedBy(tokens, actors),
    ...readOnBehalfOf(tokens, actors),
    ...readBacking(tokens, mentions),
    ...readEventParties(tokens, mentions),
  ];
  const input: PatternInput = { tokens, mentions, actors, previousCall, previousGathering, sides };
  // the two parties of the accord or meeting told last: the sentence before's, then this one's
  let gathering = previousGathering;
  for (const found of findTriggers(tokens)) {
    const read = mentions.length < 2 ? [] : readerOf(found)(input, found);
    // ("the meeting was co-chaired by Z": one chair named alone oversees it, as a chair does)
    const trigger = read.length === 0 && found.rule === CO_CHAIRED_RULE ? overseen(found) : found;
    // (the host of the accord or meeting told just before mediates between its parties, else
    // between the article's two sides: "the deal was inked by A and B and witnessed by Z")
    // (one who oversees the accord this sentence told oversees both its parties)
    const oversees = trigger.rule === OVERSAW_RULE && gathering !== previousGathering;
    const hosted =
      read.length === 0 || oversees
        ? readHostOfGathering({ ...input, previousGathering: gathering }, trigger)
        : [];
    const own = oversees && hosted.length > 0 ? [] : read;
    const candidates =
      own.length > 0 || hosted.length > 0 || !sides
        ? [...own, ...hosted]
        : readHostOfSides(input, trigger, sides, leadPair);
    const kept = candidates.filter((c) => c.a.id !== c.b.id);
    const pair = kept.length === 1 && SYMMETRIC_KINDS.has(trigger.kind) ? kept[0] : undefined;
    if (pair) gathering = [pair.a, pair.b];
    for (const c of kept) out.push(toInteraction(sentence, trigger, c));
    out.push(...jointDeeds(trigger, kept));
  }
  return out;
}

/** A co-chair named alone, read as one who oversees the meeting. */
const overseen = (trigger: Trigger): Trigger => ({
  ...trigger,
  kind: 'mediation',
  rule: OVERSAW_RULE,
  label: 'oversaw talks of',
});

/** "Mali, Burkina Faso and Niger recalled their ambassadors from Algeria": sides that do one deed
 * together toward another cooperate in it (CAMEO 06). */
function jointDeeds(trigger: Trigger, read: readonly Candidate[]): Interaction[] {
  if (SYMMETRIC_KINDS.has(trigger.kind) || read.length < 2) return [];
  const doers = [...new Map(read.map((c) => [c.a.id, c.a])).values()].filter(
    (m) => m.kind === 'country' || m.kind === 'organization',
  );
  const sharedTarget = read.every((c) => c.b.id === read[0]?.b.id);
  if (doers.length < 2 || !sharedTarget) return [];
  const out: Interaction[] = [];
  for (let i = 0; i < doers.length; i++)
    for (let j = i + 1; j < doers.length; j++)
      out.push({
        kind: 'cooperation',
        source: doers[i] as Mention,
        target: doers[j] as Mention,
        directed: false,
        label: 'acted together with',
        tone: defaultTone('cooperation'),
        confidence: 0.5,
        rule: 'pattern:joint-deed',
        trigger: trigger.t,
      });
  return out;
}
