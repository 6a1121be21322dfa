// "Norway, which hosted the talks, said …", "the truce, brokered by Norway, held": a host or a
// broker of the talks or the accord the article is about mediates between their two sides,
// named elsewhere in the article, when the sentence names no party; one side accepting that
// accord ("Malta approved the truce") makes it between the two; and a deed of one side aimed at
// no one named ("Malta vowed to retaliate") falls on the other.
import { HELP_OFFERED_RULE, joinedPassive, type Trigger } from '../triggers';
import type { Mention } from '../types';
import { RELEASED_RULE } from '../verb-lexicon';
import { actorsBefore, firedBy, linkWords } from './actors';
import type { Candidate, PatternInput } from './types';

/** What the article's two sides hold, that a third party hosts or brokers. */
const SIDED_THINGS = new Set([
  'talk',
  'talks',
  'summit',
  'meeting',
  'negotiation',
  'negotiations',
  'truce',
  'ceasefire',
  'deal',
  'agreement',
  'accord',
  'pact',
]);

/** "the talks", "the truce": the one already told of (a definite article), at k or one word on. */
const theSidedThing = (tokens: PatternInput['tokens'], k: number) =>
  [k, k + 1].some(
    (i) => SIDED_THINGS.has(tokens[i]?.lemma ?? '') && tokens[i - 1]?.value.toLowerCase() === 'the',
  );

/** The mediators of the trigger at `t`: the agent after "by" of a passive ("the truce, brokered
 * by Norway"), or the subject of an active verb ("Norway hosted the talks"); none when the verb
 * takes none of the main event's things. */
function mediatorsOf(input: PatternInput, t: number): Mention[] {
  const { tokens, actors } = input;
  if (tokens[t + 1]?.value === 'by') {
    // ("The deal was inked by A and B and was witnessed by Z": the clause's subject opens it)
    const joined = joinedPassive(tokens, t);
    const before = [...(joined ? tokens.slice(0, 3) : []), ...tokens.slice(Math.max(0, t - 4), t)];
    const thing = before.findIndex(
      (x, k) => SIDED_THINGS.has(x.lemma) && before[k - 1]?.value.toLowerCase() === 'the',
    );
    // ("… by Malaysian Prime Minister Anwar": past the words of a title)
    const agent = actors.find((m) => m.start >= t + 2 && m.start <= t + 6);
    const titled = (x: PatternInput['tokens'][number]) => /^(PROPN|ADJ|NOUN|DET)$/.test(x.pos);
    return thing < 0 || !agent || !tokens.slice(t + 2, agent.start).every(titled) ? [] : [agent];
  }
  const verb = tokens[t]?.pos !== 'NOUN';
  if (!verb || !theSidedThing(tokens, t + 2)) return [];
  // "Kenya and Uganda, which mediated the deal", "Kenya and Uganda facilitated the talks": each
  // of the subjects listed; "… mediated the truce with Norway": Norway with them
  const named = tokens[t + 4]?.value.toLowerCase() === 'the' ? t + 5 : t + 4;
  const fellow = coMediator(tokens, t) ? actors.filter((m) => m.start === named) : [];
  return [...actorsBefore(tokens, actors, t), ...fellow];
}

/** "mediated the truce with Norway": the one the verb at `t` names after the thing the two
 * sides hold, and "with", mediated it too; it is no party to it. */
export const coMediator = (tokens: PatternInput['tokens'], t: number) =>
  theSidedThing(tokens, t + 2) &&
  tokens[t + 3]?.value === 'with' &&
  SIDED_THINGS.has(tokens[t + 2]?.lemma ?? '');

/** "Egyptian and Qatari mediators", "mediators from Egypt and Qatar", "Norway's mediation": the
 * countries a mediation noun at `t` names, by their adjectives before it, after "from" or as
 * their possessor. */
function mediatorsNamed(input: PatternInput, t: number): Mention[] {
  const { tokens, mentions, actors } = input;
  if (tokens[t]?.pos !== 'NOUN') return [];
  const before: Mention[] = [];
  for (let k = t; k > t - 6; ) {
    const m = mentions.find((x) => x.kind === 'country' && x.end === k);
    if (m) before.unshift(m);
    const at = m ? m.start - 1 : k - 1;
    if (!['and', ','].includes(tokens[at]?.value ?? '') || !m) break;
    k = at;
  }
  if (before.length > 0) return before;
  const owner = actors.find(
    (m) => m.end === t - 1 && ["'s", '’s'].includes(tokens[t - 1]?.value ?? ''),
  );
  if (owner) return [owner];
  const from = tokens[t + 1]?.value === 'from' ? t + 2 : t + 1;
  const first = actors.find((m) => m.start === from && m.kind === 'country');
  if (first === undefined) return [];
  const out = [first];
  for (const m of actors.filter((x) => x.start > first.start && x.kind === 'country')) {
    const gap = linkWords(tokens, (out.at(-1) as Mention).end, m.start);
    if (!(gap.length === 1 && ['and', ','].includes(gap[0] ?? '')) && gap.join(' ') !== ', and')
      break;
    out.push(m);
  }
  return out;
}

/** "A and B signed the accord. The deal was witnessed by Z": one who oversees or brokers the
 * accord or the meeting the sentence before told mediates between its two parties, before the
 * article's two sides. */
export function readHostOfGathering(input: PatternInput, trigger: Trigger): Candidate[] {
  const parties = input.previousGathering ?? [];
  if (trigger.kind !== 'mediation' || parties.length !== 2) return [];
  const hosts = mediatorsOf(input, trigger.t).filter((h) => !parties.some((p) => p.id === h.id));
  return hosts.flatMap((h) => parties.map((b) => ({ a: h, b, confidence: 0.55 })));
}

/** The mediation between the article's two sides, for a host or broker of their talks or accord,
 * or for mediators a noun names ("Egyptian and Qatari mediators said…"). */
export function readHostOfSides(
  input: PatternInput,
  trigger: Trigger,
  sides: readonly [string, string],
  leadPair: readonly [string, string] | null = null,
): Candidate[] {
  const { tokens } = input;
  const { t } = trigger;
  if (trigger.kind === 'agreement') return readSideAccepting(input, t, sides);
  // only where the lead tells the two sides' main event: the two countries an article names
  // most may be a side and its mediator
  // "Latvia freed 40 prisoners": captives of no named country, given back by one of the two
  // sides, go to the other
  const aimed = AIMED.has(trigger.kind) || trigger.rule === RELEASED_RULE;
  if (aimed) return leadPair ? readDeedOnOtherSide(input, trigger, leadPair) : [];
  if (trigger.kind === 'demand') return leadPair ? readCallOnBoth(input, t, leadPair) : [];
  if (trigger.kind !== 'mediation') return [];
  // "China and the US offered to assist in negotiations": the subjects, for the main event's
  // two sides (the lead's, else the article's)
  const found =
    trigger.rule === HELP_OFFERED_RULE
      ? actorsBefore(tokens, input.actors, t)
      : mediatorsOf(input, t);
  const pair = trigger.rule === HELP_OFFERED_RULE && leadPair ? leadPair : sides;
  const hosts = found.length > 0 ? found : mediatorsNamed(input, t);
  return hosts
    .filter((h) => !pair.includes(h.id))
    .flatMap((h) => pair.map((id) => ({ a: h, b: side(id, tokens, t), confidence: 0.55 })));
}

/** "Malta's cabinet approved the truce", "Iceland accepted the deal": one side accepting the
 * accord the article is about (a definite one) makes it between the two sides. */
function readSideAccepting(
  input: PatternInput,
  t: number,
  sides: readonly [string, string],
): Candidate[] {
  const { tokens, actors } = input;
  if (!theSidedThing(tokens, t - 1)) return [];
  const party = actorsBefore(tokens, actors, t).at(-1);
  const other = sides.find((id) => id !== party?.id);
  if (party === undefined || other === undefined || !sides.includes(party.id)) return [];
  return [{ a: party, b: side(other, tokens, t), confidence: 0.55 }];
}

/** Deeds one side of a conflict aims at another, the article's other side when none is named. */
const AIMED: ReadonlySet<Trigger['kind']> = new Set([
  'threat',
  'military-action',
  'sanction',
  'rejection',
]);
/** Verbs that may stand between a side and the deed it vows: "vowed to retaliate". */
const VOWING = new Set(['vow', 'threaten', 'pledge', 'promise']);

/** "Estonia vowed to retaliate", "Latvia mobilised its reserves", "Estonia rejected the demands",
 * "Latvia launched a wave of air strikes", "Latvia freed 40 prisoners": a deed aimed at no one named, by one of the article's
 * two sides as the subject of its verb, falls on the other side. */
function readDeedOnOtherSide(
  input: PatternInput,
  { t, kind }: Trigger,
  sides: readonly [string, string],
): Candidate[] {
  const { tokens, actors } = input;
  // "Latvia had shelled its border posts": force on "its" something is the reporter's to tell
  if (kind === 'military-action' && /^(its|their)$/i.test(tokens[t + 1]?.value ?? '')) return [];
  const noun = tokens[t]?.pos === 'NOUN';
  if ((!noun && tokens[t]?.pos !== 'VERB') || tokens[t + 1]?.value === 'by') return [];
  // ("Drones launched by Latvia hit the port": the one the weapons' phrase names)
  const party = actorsBefore(tokens, actors, t).at(-1) ?? firedBy(input, t)[0];
  const other = sides.find((id) => id !== party?.id);
  if (party === undefined || other === undefined || !sides.includes(party.id)) return [];
  const between = tokens.slice(party.end, t);
  const plain = noun ? ownDeedNoun(between) : between.every(verbCompany);
  return plain ? [{ a: party, b: side(other, tokens, t), confidence: 0.5 }] : [];
}

type Word = PatternInput['tokens'][number];

/** What may stand between a side and the verb of its deed: "Estonia has vowed to retaliate". */
const verbCompany = (x: Word) =>
  ['AUX', 'ADV', 'PART'].includes(x.pos) ||
  x.value === 'to' ||
  (x.pos === 'VERB' && VOWING.has(x.lemma));

/** Verbs whose object noun is the subject's own deed: "launched a wave of air strikes". */
const DOING = new Set(['launch', 'carry', 'conduct', 'mount', 'unleash', 'impose', 'intensify']);

/** "launched a wave of air strikes", "carried out strikes": a verb of doing, then the deed's
 * noun phrase. */
function ownDeedNoun(between: readonly Word[]): boolean {
  const verb = between.findIndex((x) => x.pos === 'VERB');
  if (verb < 0 || !DOING.has(between[verb]?.lemma ?? '')) return false;
  const phrase = between.slice(verb + 1);
  const nominal = (x: Word) =>
    ['DET', 'ADJ', 'NOUN', 'NUM'].includes(x.pos) || ['of', 'out'].includes(x.value);
  return between.slice(0, verb).every(verbCompany) && phrase.every(nominal);
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

/** What a third party asks of two sides in conflict, named by no party: "restraint", "calm". */
const RESTRAINT = new Set(['restraint', 'calm', 'de-escalation', 'dialogue', 'ceasefire', 'truce']);

/** "Both Washington and Beijing urged restraint", "the UN called for calm": a third party's
 * call for restraint that names no one is made on each of the two sides. */
function readCallOnBoth(input: PatternInput, t: number, sides: readonly [string, string]) {
  const { tokens, actors } = input;
  if (tokens[t]?.pos !== 'VERB') return [];
  const rest = tokens.slice(t + 1, t + 4);
  const asked = rest.findIndex((x) => RESTRAINT.has(x.value.toLowerCase()));
  if (
    asked < 0 ||
    !rest.slice(0, asked).every((x) => ['for', 'an', 'a', 'immediate'].includes(x.value))
  )
    return [];
  const callers = actorsBefore(tokens, actors, t).filter((m) => !sides.includes(m.id));
  return callers.flatMap((a) =>
    sides.map((id) => ({ a, b: side(id, tokens, t), confidence: 0.5 })),
  );
}
