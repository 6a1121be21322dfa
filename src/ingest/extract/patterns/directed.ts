// Directed interactions: demands, criticism, tariffs (imposed, cut, threatened) and export
// controls, from the actor before the trigger to the ones after it.

import { betweenAfter, WAR_NOUNS } from '../fight-between';
import { NAMED_BODY_NOUN, TIME_WORDS, TITLE_WORDS, WEEKDAYS } from '../gazetteer';
import { pastHedge } from '../hedges';
import type { Token } from '../nlp';
import {
  AGGRESSION,
  COMMANDING,
  DETAINED_RULE,
  EXCHANGE_RULE,
  INTERCEPT_RULE,
  POSTURE_RULE,
  PROMISED_FORCE_RULE,
  PROPOSAL_RULE,
  SWAP_RULE,
  type Trigger,
  toPastTime,
  VIOLATION_RULE,
  WAR_WAGED_RULE,
  WITHDRAWAL_RULE,
} from '../triggers';
import type { Mention } from '../types';
import { FIRED_BY, RELEASED_RULE } from '../verb-lexicon';
import {
  actorsAfter,
  actorsBefore,
  afterPreposition,
  asWellAs,
  BREAKS,
  companionOpener,
  firedBy,
  inAside,
  includedList,
  isActor,
  linkWords,
  participleSubject,
  quoteSpeaker,
  relativeAsides,
  serialList,
  sideMention,
  withoutOwners,
} from './actors';
import { coMediator } from './host';
import type { Candidate, PatternInput } from './types';

/** The target after "on" with those joined to it by "and" or commas ("on Iceland and Malta"). */
export function coordinated(
  tokens: PatternInput['tokens'],
  objects: Mention[],
  first: Mention,
): Mention[] {
  const out = [first];
  for (const o of objects) {
    const last = out.at(-1) as Mention;
    // "both sides": the two sides share the words
    if (o.start === first.start && o.end === first.end && o.id !== first.id) out.push(o);
    if (o.start < last.end) continue;
    const gap = linkWords(tokens, last.end, o.start);
    if (gap.length === 0 || !gap.every((w) => w === 'and' || w === ',')) break;
    out.push(o);
  }
  return out;
}

/** "detained President Luis Vera": a head of state or government, whose arrest is a coup's. */
const headOfState = (m: Mention) => /\b(President|Prime Minister|Premier)\b/.test(m.text);

/** Who a deed of this kind may fall on: any actor; for a tariff also a country's goods
 * ("Japanese cars"); for force also a place ("struck Valka"); for force, a sanction or a protest
 * a country named by its adjective ("besieged a Latvian town", "blacklisted three Estonian
 * banks", "summoned the Latvian ambassador"). */
function targetsOf(
  kind: Trigger['kind'],
  mentions: readonly Mention[],
  actors: readonly Mention[],
  rule = '',
): readonly Mention[] {
  // "freed 30 Slovenian prisoners": captives given back to the country they are of
  if (rule === RELEASED_RULE) return mentions.filter((m) => isActor(m) || countryAdjective(m));
  // "massed tanks near the Lithuanian border", "sent the Harbour Group to waters off Latvia's
  // coast": a show of force at the border or the coast of a country, not at the forces sent
  if (rule === POSTURE_RULE) return mentions.filter((m) => m.kind === 'country');
  // "withdrew from the ICC": a body or a treaty's body is left, not a country troops leave
  if (rule === WITHDRAWAL_RULE) return mentions.filter((m) => m.kind === 'organization');
  // "arrested two Croatian nationals", "detained members of the Harbour League": another
  // country's people or a group; a person arrested may be one's own
  if (rule === DETAINED_RULE)
    return mentions.filter(
      (m) => (isActor(m) && (m.kind !== 'person' || headOfState(m))) || countryAdjective(m),
    );
  if (TRADE_KINDS.has(kind))
    return mentions.filter(
      (m) => isActor(m) || m.adjectival || (m.kind === 'topic' && kind === 'export-control'),
    );
  // "would retaliate against any Latvian strike": force promised falls where force would
  const force = kind === 'military-action' || rule === PROMISED_FORCE_RULE;
  if (!force && kind !== 'sanction' && kind !== 'protest') return actors;
  return mentions.filter(
    (m) =>
      isActor(m) ||
      (m.kind === 'place' && !m.adjectival && force && !WATERS.test(m.text)) ||
      (m.kind === 'country' && m.adjectival),
  );
}

/** A country's adjective, or the country's title ("the Latvian minister"), that only describes the
 * person or body named right after it ("sanctions on Latvian judge Ona Berzina", "struck Estonian
 * firm Valka Oil", "sanctioned the Latvian minister for trade, Jon Marr"): the one it describes is
 * the target, not the country. */
function describedBy(tokens: readonly Token[], pool: readonly Mention[], o: Mention) {
  const spokesperson = spokespersonNamed(tokens, pool, o);
  if (spokesperson) return spokesperson;
  const titled = o.kind === 'country' && /\s\p{Ll}+$/u.test(o.text);
  if (!countryAdjective(o) && !titled) return undefined;
  return pool.find(
    (p) =>
      (p.kind === 'person' || p.kind === 'organization') &&
      !p.adjectival &&
      p.start > o.end &&
      describing(tokens.slice(o.end, p.start)),
  );
}

/** "sanctioned Peru, Bolivia and Ecuador": the first object opens a list that the reach of two
 * objects cuts short; the whole list is the target. */
function listedObjects(tokens: readonly Token[], pool: readonly Mention[], objects: Mention[]) {
  const first = objects[0];
  if (first === undefined) return objects;
  // ("sanctions on Peruvian officials Ana Sol, Luis Vale and Eva Paz": the country's people,
  // named in a list after their description, are the targets, not the country)
  const named = first.kind === 'country' ? personsDescribed(tokens, pool, first) : undefined;
  const list = serialList(tokens, pool, named ?? first);
  if (named && list.length < 3) return objects;
  return [...list, ...objects.filter((o) => o !== first && !list.some((m) => m.id === o.id))];
}

/** The person named right after a country's people are described ("Peruvian officials Ana
 * Sol"): only lowercase words between. */
function personsDescribed(tokens: readonly Token[], pool: readonly Mention[], country: Mention) {
  const person = pool.find(
    (m) => m.kind === 'person' && m.start > country.end && m.start <= country.end + 3,
  );
  const between = person ? tokens.slice(country.end, person.start) : [];
  return person && between.every((x) => /^\p{Ll}+$/u.test(x.value)) ? person : undefined;
}

/** "sanctioned a spokesperson of the Red Hand rebels, Ola Fenn": the body only says whose
 * spokesperson is named after the comma, and the one named is the target. */
function spokespersonNamed(tokens: readonly Token[], pool: readonly Mention[], o: Mention) {
  const k = tokens[o.start - 1]?.value === 'the' ? o.start - 2 : o.start - 1;
  const title = tokens[k - 1]?.value ?? '';
  if (!/^(of|for)$/.test(tokens[k]?.value ?? '') || !TITLE_WORDS.has(title)) return undefined;
  const e = NAMED_BODY_NOUN.test(tokens[o.end]?.value ?? '') ? o.end + 1 : o.end;
  if (tokens[e]?.value !== ',') return undefined;
  return pool.find((p) => p.kind === 'person' && p.start === e + 1);
}

/** The words between a country's adjective and the one it describes: a title of up to three
 * lower-case words ("judge"), or a title's phrase set off by a comma ("minister for trade,"). */
function describing(between: readonly Token[]): boolean {
  const word = (x: Token) => /^\p{Ll}/u.test(x.value) && ['NOUN', 'ADJ'].includes(x.pos);
  if (between.length <= 3 && between.every(word)) return true;
  if (between.at(-1)?.value !== ',' || between.length > 7) return false;
  return between
    .slice(0, -1)
    .every((x) => word(x) || /^(for|of|on)$/.test(x.value) || x.value === 'the');
}

/** A sea's or an ocean's name: where a strike falls ("a boat in the Pacific Ocean"), never whom. */
const WATERS = /\b(Ocean|Sea|Gulf|Strait|Straits|Bay|Channel)$/;

const countryAdjective = (m: Mention) => m.kind === 'country' && m.adjectival === true;

const TRADE_KINDS: ReadonlySet<Trigger['kind']> = new Set([
  'tariff',
  'tariff-cut',
  'tariff-threat',
  'export-control',
]);

/** The agents of a passive: the actors that open the phrase after "by" ("by Qatar and Egypt",
 * "by the Maltese government"); "accused by the army of arming Malta" names no agent here when
 * "the army" is no actor, and Malta, past "of", is none. */
function agentsAfterBy(tokens: PatternInput['tokens'], after: Mention[], by: number): Mention[] {
  const first = after[0];
  if (first === undefined) return [];
  const gap = tokens.slice(by + 1, first.start);
  if (gap.some((x) => x.pos === 'ADP' || x.pos === 'VERB' || x.pos === 'PUNCT')) return [];
  // "accused by Malta of arming the rebels": the agents are those joined to the first, not the
  // ones named in what they charge
  return coordinated(tokens, after, first);
}

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);

/** Whether an auxiliary of the passive stands before the verb at `t` (adverbs between). */
function passiveAux(tokens: PatternInput['tokens'], t: number): boolean {
  let k = t - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  return PASSIVE_AUX.has(tokens[k]?.value.toLowerCase() ?? '');
}

/** "Malta was sanctioned after Iceland found …": a deed in the passive with no "by" after it
 * says who suffered it, not who did it; the subject is no agent. */
function agentlessPassive(tokens: PatternInput['tokens'], t: number): boolean {
  if (!/ed$/.test(tokens[t]?.value ?? '') || tokens[t]?.pos === 'NOUN') return false;
  if (!passiveAux(tokens, t)) return false;
  return !tokens.slice(t + 1, t + 7).some((x) => x.value === 'by');
}

/** "a truce mediated by Qatar and Egypt", "Malta was attacked by Iceland": the agents after "by"
 * act on the actors before the verb (a mediator on every party named, any other deed on the
 * nearest). A noun before "by" ("threats by the US") names no target, so reads as nothing. */
function readPassive(input: PatternInput, trigger: Trigger, by: number): Candidate[] {
  const { tokens, actors } = input;
  const { t, kind } = trigger;
  if (!/ed$/.test(tokens[t]?.value ?? '')) return [];
  const armed = byArms(trigger) ? armedAgent(input, t, true) : undefined;
  const agents = armed
    ? [armed]
    : agentsAfterBy(tokens, actorsAfter(tokens, actors, by, 3, 8, false), by);
  const pool = targetsOf(kind, input.mentions, actors, trigger.rule);
  const sufferers = actorsBefore(tokens, pool, t).filter((m) => !agents.some((a) => a.id === m.id));
  // ("Ozols and Berzins were wounded by Latvian fire": each one named was)
  const each = kind === 'mediation' || HURT.has(tokens[t]?.lemma ?? '');
  const targets = each ? sufferers : sufferers.slice(-1);
  return agents.flatMap((a) => targets.map((b) => ({ a, b, confidence: 0.65 })));
}

/** "the attack by Latvia on Estonia", "sanctions by Finland against Russia", "incursions by
 * Latvia into Estonia": a deed told by a noun, its agent after "by", its target after "on",
 * "against", "at" or "into". */
function readNounByAgent(input: PatternInput, trigger: Trigger): Candidate[] {
  const { tokens, mentions, actors } = input;
  // ("incursions by Russian drones into Polish airspace": the country whose arms they are)
  const agent =
    actors.find((m) => m.start === trigger.t + 2) ??
    (byArms(trigger) ? armedAgent(input, trigger.t, true) : undefined);
  if (agent === undefined) return [];
  const pool = targetsOf(trigger.kind, mentions, actors);
  const target =
    pool.find(
      (m) =>
        m.start > agent.end &&
        m.start <= agent.end + 3 &&
        ['on', 'against', 'at', 'into'].includes(tokens[m.start - 1]?.value.toLowerCase() ?? ''),
    ) ?? harmedIn(tokens, mentions, agent.end);
  return target && target.id !== agent.id ? [{ a: agent, b: target, confidence: 0.65 }] : [];
}

/** "The attack by Latvian forces killed 31 people in Estonia": the country the harm the deed's
 * verb tells fell in, after the agent (a day between at most). */
function harmedIn(
  tokens: PatternInput['tokens'],
  mentions: readonly Mention[],
  from: number,
): Mention | undefined {
  let k = from;
  while (k < from + 3 && TIME_WORDS.has(low(tokens[k]))) k++;
  if (!HARM.has(tokens[k]?.lemma ?? '')) return undefined;
  const end = tokens.findIndex((x, j) => j > k && (x.value === ',' || x.value === '.'));
  return mentions.find(
    (m) =>
      m.kind === 'country' &&
      m.start > k &&
      (end < 0 || m.start < end) &&
      low(tokens[m.start - 1]) === 'in',
  );
}

/** "the strikes on Latvia by Estonia", "the blockade of Slovenia by Croatia", "an incursion into
 * Polish airspace by Russian drones": a deed told by a noun, its target after "on", "against",
 * "of" or "into" first and its agent after "by". */
function readNounOnBy(input: PatternInput, trigger: Trigger): Candidate[] {
  const { tokens, mentions, actors } = input;
  const target = targetsOf(trigger.kind, mentions, actors).find((m) => m.start === trigger.t + 2);
  if (target === undefined) return [];
  // ("an incursion into Polish airspace by Russian drones": a noun or two of the target's)
  let by = target.end;
  while (by < target.end + 2 && tokens[by]?.pos === 'NOUN' && /^\p{Ll}/u.test(low(tokens[by])))
    by++;
  if (tokens[by]?.value !== 'by') return [];
  // ("… by Russian drones": the country whose arms they are)
  const armed = mentions.find(
    (m) =>
      m.start === by + 1 && m.adjectival && m.kind === 'country' && ARMS.has(low(tokens[m.end])),
  );
  const agent = actors.find((m) => m.start === by + 1) ?? armed;
  return agent && agent.id !== target.id ? [{ a: agent, b: target, confidence: 0.65 }] : [];
}

/** "Latvia came under attack from Estonia", "Latvian posts came under Estonian shelling", "the
 * minister came under fire from Iceland": the one under the deed suffers it, from the agent after "from" or the country whose adjective
 * qualifies the deed. */
function readUnder(input: PatternInput, t: number): Candidate[] | null {
  const { tokens, mentions, actors } = input;
  const k = [t - 1, t - 2].find((i) => undergoes(tokens, i));
  if (k === undefined) return null;
  const adjective = mentions.find((m) => m.adjectival && m.kind === 'country' && m.end === t);
  // "attacks by the US and the United Kingdom": every agent joined to the first
  const by = ['from', 'by'].includes(tokens[t + 1]?.value ?? '') ? t + 1 : -1;
  const first = actors.find(
    (m) => by > 0 && m.start > by && tokens.slice(by + 1, m.start).every((x) => x.pos === 'DET'),
  );
  const agents = first ? coordinated(tokens, actors.slice(actors.indexOf(first)), first) : [];
  const sufferer = actorsBefore(tokens, targetsOf('military-action', mentions, actors), k).at(-1);
  const all = k === t - 2 && adjective ? [adjective] : agents;
  if (sufferer === undefined) return [];
  return all.filter((a) => a.id !== sufferer.id).map((a) => ({ a, b: sufferer, confidence: 0.65 }));
}

/** "came under (Estonian) attack", "were subjected to (joint) attacks", "faced Latvian
 * strikes": the word at `k` before a deed's noun makes the subject the one who suffers it. */
function undergoes(tokens: readonly Token[], k: number): boolean {
  const word = low(tokens[k]);
  if (word === 'under') return true;
  if (word === 'to') return /^(subjected|exposed)$/.test(low(tokens[k - 1]));
  return tokens[k]?.pos === 'VERB' && tokens[k]?.lemma === 'face';
}

/** Arms and units that act for the country whose adjective they carry ("Estonian artillery
 * shelled …", "… was struck by Latvian drones"). */
const ARMS = new Set([
  'artillery',
  'drone',
  'drones',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'aircraft',
  'planes',
  'jets',
  'warplanes',
  'bombers',
  'helicopters',
  'tanks',
  'warships',
  'gunboats',
  'batteries',
  'units',
  'gunners',
  'snipers',
  'defences',
  'defenses',
  'guards',
  'coastguard',
  'police',
  'troops',
  'soldiers',
  'forces',
  // "killed by Estonian fire", "wounded by Latvian airstrikes": the deed itself
  'fire',
  'gunfire',
  'shelling',
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
]);

/** Deeds that a country's arms or units do in its name: force, and arrests ("Czech border guards
 * detained …"). */
const byArms = (trigger: Trigger) =>
  trigger.kind === 'military-action' || trigger.rule === DETAINED_RULE;

/** "Estonian artillery shelled …": the country whose adjective opens the arms that ran the deed
 * at `t` (before it, or after "by" for a passive: "shelled by Estonian drones"). */
function armedAgent(input: PatternInput, t: number, passive: boolean): Mention | undefined {
  const { tokens, mentions } = input;
  // "… by Czech border guards": one noun may stand between the adjective and the arms
  const qualified = passive && tokens[t + 3]?.pos === 'NOUN' && ARMS.has(low(tokens[t + 4]));
  const arms = passive ? t + (qualified ? 4 : 3) : t - 1;
  const word = low(tokens[arms]);
  const own = /^(its|their)$/i.test(tokens[arms - 1]?.value ?? '');
  if (!passive && own && OWN_FORCES.has(word)) return ownForcesReporter(input, arms);
  // "Slovenia said its air defences intercepted …": one noun between "its" and the forces
  const ownQualified =
    !passive && tokens[arms - 1]?.pos === 'NOUN' && /^(its|their)$/i.test(low(tokens[arms - 2]));
  if (ownQualified && OWN_FORCES.has(word)) return ownForcesReporter(input, arms - 1);
  if (!ARMS.has(word)) return undefined;
  // "Chilean border guards": one noun may stand between the adjective and the arms
  const modified = tokens[arms - 1]?.pos === 'NOUN' ? arms - 1 : arms;
  return mentions.find(
    (m) => m.adjectival && m.kind === 'country' && (m.end === arms || m.end === modified),
  );
}

const low = (x: Token | undefined) => x?.value.toLowerCase() ?? '';

/** What a side calls its own forces: "its troops", "their jets". */
const OWN_FORCES = new Set([...ARMS, 'forces', 'troops', 'army', 'military', 'soldiers', 'navy']);

/** "Malta said its forces shot down …" (the word before `arms` is "its" or "their"): the side
 * reporting the deed of its own forces. */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);

function ownForcesReporter(input: PatternInput, arms: number): Mention | undefined {
  const { tokens, actors } = input;
  let k = arms - 2;
  if (tokens[k]?.value.toLowerCase() === 'that') k--;
  // "Malta said on Monday that its troops…": the day the report was made stands between
  if (WEEKDAY_NAMES.has(tokens[k]?.value.toLowerCase() ?? '') && tokens[k - 1]?.value === 'on')
    k -= 2;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB' || !REPORTING.has(verb.lemma)) return undefined;
  return actorsBefore(tokens, actors, k).at(-1);
}

/** "Estonian air strikes on Latvian towns": a deed told by a noun, its agent the country whose
 * adjective opens its phrase. */
function adjectivalAgent(input: PatternInput, t: number): Mention[] {
  const { tokens, mentions } = input;
  if (tokens[t]?.pos !== 'NOUN') return [];
  // ("a Chilean military airstrike": the country whose forces the noun before the deed names)
  const forces = (m: Mention) =>
    m.end < t && tokens.slice(m.end, t).every((x) => OWN_FORCES.has(low(x)));
  const agent = mentions.findLast(
    (m) => (m.adjectival || forces(m)) && m.kind === 'country' && m.end <= t && m.end >= t - 2,
  );
  return agent ? jointModifiers(input, agent, t) : [];
}

/** "Israeli and US strikes", "US and Israeli strikes": the country naming the deed at `t` just
 * before its noun, and each country joined to it by "and" or a comma, are its agents. */
function jointModifiers(input: PatternInput, agent: Mention, t: number): Mention[] {
  const { tokens, mentions } = input;
  const between = tokens.slice(agent.end, t);
  if (!between.every((x) => x.pos === 'NOUN' || x.pos === 'ADJ')) return [];
  const agents = [agent];
  for (;;) {
    const first = agents[0] as Mention;
    const joint = [',', 'and'].includes(tokens[first.start - 1]?.value ?? '');
    const before = mentions.find((m) => m.kind === 'country' && m.end === first.start - 1);
    if (!joint || !before || agents.some((a) => a.id === before.id)) return agents;
    agents.unshift(before);
  }
}

/** Who did a deed named by the noun (or verb) at `t`, given the clause's own subjects `own`:
 * with none, the countries whose adjectives open it ("Estonian strikes on Latvia"); "after US and
 * Israeli strikes", the subject found with the countries joined to it; "Varga spoke a week after
 * Latvian and Estonian strikes on Finland", the countries whose adjectives name the deed, not the
 * clause's subject. */
function deedAgents(input: PatternInput, own: readonly Mention[], t: number): Mention[] {
  if (own.length === 0) return adjectivalAgent(input, t);
  const nearest =
    own.length === 1 && input.tokens[t]?.pos === 'NOUN'
      ? input.mentions.findLast((m) => m.kind === 'country' && m.end <= t && m.end >= t - 2)
      : undefined;
  const joined = nearest ? jointModifiers(input, nearest, t) : [];
  if (joined.length > 1 && joined.some((m) => m.id === own[0]?.id)) return joined;
  const named = adjectivalAgent(input, t);
  const another = named.length > 0 && !named.some((m) => own.some((o) => o.id === m.id));
  return another ? named : [...own];
}

/** Words that may stand between "X-led" and the deed it leads: the coalition or campaign it
 * heads and a relative clause's opening ("the Saudi-led coalition that has fought …"). */
const LED_GAP = new Set(['NOUN', 'ADJ', 'AUX', 'ADV']);

/** "the Saudi-led coalition that has fought the Houthis", "a US-led airstrike campaign": the
 * side hyphened to "led" before the deed at `t` leads it. */
function ledBy({ tokens, mentions }: PatternInput, t: number): Mention[] {
  const leader = mentions.findLast(
    (m) =>
      m.end < t &&
      m.end >= t - 8 &&
      tokens[m.end]?.value === '-' &&
      low(tokens[m.end + 1]) === 'led' &&
      (m.kind === 'country' || m.kind === 'organization'),
  );
  if (leader === undefined) return [];
  const gap = tokens.slice(leader.end + 2, t);
  const fits = (x: Token) => LED_GAP.has(x.pos) || /^(that|which)$/i.test(x.value);
  return gap.every(fits) ? [leader] : [];
}

/** A verb of the clause, not a participle qualifying a noun ("fentanyl-related tariff",
 * "advanced chips", "the disputed border"). */
function clauseVerb(tokens: PatternInput['tokens'], k: number): boolean {
  const x = tokens[k];
  if (x?.pos !== 'VERB') return false;
  if (['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? '')) return false;
  if (['-', '–'].includes(tokens[k - 1]?.value ?? '')) return false;
  // "the border crossing with Slovenia": a compound noun the tagger reads as a verb; "missiles
  // targeting several sites in Latvia": a participle that describes the noun before it
  if (x.value.endsWith('ing') && tokens[k - 1]?.pos === 'NOUN') return false;
  return !(/(ed|ing)$/.test(x.value) && tokens[k + 1]?.pos === 'NOUN');
}

/** "Japan sent rescuers after an earthquake killed 240 people": a verb whose own subject is a
 * noun just before it, past another clause's verb, is no deed of the actor before that clause. */
function ownClauseSubject({ tokens, mentions }: PatternInput, from: number, t: number): boolean {
  if (tokens[t]?.pos !== 'VERB' || tokens[t - 1]?.pos !== 'NOUN') return false;
  // "adopted a resolution endorsing Trump's plan": what a paper says is its maker's deed
  if (/ing$/.test(tokens[t]?.value ?? '') && PAPERS.has(low(tokens[t - 1]))) return false;
  if (mentions.some((m) => m.start < t && t <= m.end)) return false;
  const aside = relativeAsides(tokens, t);
  for (let k = from; k < t - 1; k++) if (clauseVerb(tokens, k) && !inAside(aside, k)) return true;
  return false;
}

/** Papers a side adopts, issues or signs, whose words are its own: "a resolution endorsing". */
const PAPERS = new Set([
  'resolution',
  'statement',
  'declaration',
  'decree',
  'law',
  'motion',
  'communique',
  'communiqué',
  'letter',
  'bill',
]);

/** Verbs whose object noun tells the subject's own deed: "launched strikes", "imposed
 * sanctions", "voiced criticism". */
const LIGHT_VERBS = new Set([
  'launch',
  'hold',
  'carry',
  'conduct',
  'mount',
  'stage',
  'order',
  'begin',
  'continue',
  'resume',
  'step',
  'intensify',
  'escalate',
  'impose',
  'announce',
  'unleash',
  'make',
  'have',
  'take',
  'deliver',
  'provide',
  'send',
  'give',
  'extend',
  'issue',
  'voice',
  'express',
  'level',
  'offer',
  'pledge',
  'approve',
  'adopt',
  'pass',
  'authorize',
  'authorise',
  'threaten',
  'plan',
  'vow',
]);

/** "Ruiz ordered the Chilean military to begin strikes on X": forces that act on a command act
 * for the one who gave it, who is the deed's author too (with the forces). */
function withCommander(input: PatternInput, subjects: Mention[]): Mention[] {
  const forces = subjects[0];
  // (the forces may be named by their country: "ordered the U.S. military to …")
  const armed = forces?.kind === 'organization' || forces?.kind === 'country';
  if (subjects.length !== 1 || forces === undefined || !armed) return subjects;
  const { tokens, actors } = input;
  let k = forces.start - 1;
  while (k >= 0 && ['DET', 'ADJ', 'PROPN'].includes((tokens[k] as Token).pos)) k--;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB' || !COMMANDING.has(verb.lemma)) return subjects;
  const commander = actors.findLast((m) => m.end <= k && !m.adjectival);
  const between = commander ? tokens.slice(commander.end, k) : [];
  const adjunct = (x: Token) => ['ADP', 'PROPN', 'NUM', 'ADV', 'AUX'].includes(x.pos);
  return commander && between.every(adjunct) ? [commander, forces] : subjects;
}

/** "responded with artillery fire on …", "retaliated with strikes on …", "acted as a mediator
 * between …": the deed is the subject's own answer or part. */
const respondedWith = (tokens: PatternInput['tokens'], k: number) =>
  (['respond', 'retaliate', 'react', 'reply', 'answer'].includes(tokens[k]?.lemma ?? '') &&
    tokens[k + 1]?.value === 'with') ||
  (['act', 'serve'].includes(tokens[k]?.lemma ?? '') && tokens[k + 1]?.value === 'as');

/** "Finland condemned the attack on Latvia": a deed told by a noun that is the object of another
 * verb of its subject (not a light one such as "launched") is not that subject's deed. */
function otherVerbBetween(tokens: PatternInput['tokens'], from: number, t: number): boolean {
  if (tokens[t]?.pos !== 'NOUN') return false;
  const aside = relativeAsides(tokens, t);
  // "Malta said it launched strikes": the saying's subject is the one "it" stands for
  const saidOfItself = (k: number) =>
    SAYING.has(tokens[k]?.lemma ?? '') &&
    tokens.slice(k + 1, t).some((x) => x.pos === 'PRON' && /^(it|they)$/i.test(x.value));
  for (let k = from; k < t; k++)
    if (
      clauseVerb(tokens, k) &&
      !inAside(aside, k) &&
      !LIGHT_VERBS.has(tokens[k]?.lemma ?? '') &&
      !respondedWith(tokens, k) &&
      !saidOfItself(k)
    )
      return true;
  return false;
}

/** "Varga called Holm on Tuesday and urged both sides…", "Vell accused the authority of bias
 * and said…": a verb joined by "and" to an earlier verb whose object is the nearest actor shares
 * that verb's subject; the object is no subject. */
export function sharedSubject(input: PatternInput, named: Mention[], t: number): Mention[] {
  const { tokens, actors } = input;
  const object = named[0];
  if (named.length !== 1 || object === undefined || tokens[t]?.pos !== 'VERB') return named;
  const between = tokens.slice(object.end, t);
  // "accused X of targeting Y and said": a gerund after its preposition is no verb of the clause
  const clauseVerb = (x: Token, k: number) =>
    x.pos === 'VERB' && !(x.value.endsWith('ing') && between[k - 1]?.pos === 'ADP');
  if (!between.some((x) => x.value === 'and') || between.some(clauseVerb)) return named;
  const verb = object.start - 1;
  if (tokens[verb]?.pos !== 'VERB') return named;
  return actorsBefore(tokens, actors, verb).filter((m) => !otherVerbBetween(tokens, m.end, verb));
}

const GATHERINGS = new Set(['talk', 'talks', 'negotiation', 'dialogue', 'meeting']);

/** "Qatari mediators resumed talks between Malta and Iceland": mediators named by their
 * country's adjective mediate between the parties of the talks ("talks between") their clause names. */
function readDemonymMediators(input: PatternInput, t: number): Candidate[] {
  const { tokens, actors } = input;
  const agent = adjectivalAgent(input, t)[0];
  if (agent === undefined) return [];
  const rest = tokens.slice(t + 1, t + 12);
  const between = rest.findIndex((x) => x.value.toLowerCase() === 'between');
  if (between < 1 || rest.slice(0, between).some((x) => BREAKS.has(x.value))) return [];
  if (!GATHERINGS.has(rest[between - 1]?.lemma ?? '')) return [];
  const at = t + 1 + between;
  const first = actors.find((m) => m.start === at + 1 && m.kind === 'country');
  if (first === undefined) return [];
  return coordinated(tokens, [...actors.filter((m) => m.start > first.start)], first)
    .filter((m) => m.id !== agent.id)
    .map((b) => ({ a: agent, b, confidence: 0.6 }));
}

/** "Latvia's shelling drew a rebuke from Finland": the one after "from" rebukes the actor the
 * sentence opens with. */
function readDrawnFrom(input: PatternInput, t: number): Candidate[] {
  const { tokens, actors } = input;
  const from = actors.find((m) => m.start === t + 2);
  // "The attack by Latvia on Estonia drew condemnation from Norway": the agent of the deed
  const drawn =
    actorsBefore(tokens, actors, t).at(0) ??
    actors.find((m) => m.end < t && tokens[m.start - 1]?.value === 'by');
  return from && drawn && from.id !== drawn.id ? [{ a: from, b: drawn, confidence: 0.6 }] : [];
}

/** "Qatar and Egypt brokered …", "Britain, France and Spain imposed sanctions …": the nearest
 * subject and the countries or bodies listed with it up to an "and" act together, as do people
 * joined by "and" and lists of three or more up to an "and"; a list with commas alone ("Xi, the
 * president") joins no one. */
export function jointSubjects(
  tokens: PatternInput['tokens'],
  group: readonly Mention[],
): Mention[] {
  const nearest = group.at(-1);
  if (nearest === undefined) return [];
  const bodies = (m: Mention) => m.kind === 'country' || m.kind === 'organization';
  const joined = group.slice(0, -1).filter((m, k) => {
    const next = group[k + 1] as Mention;
    const gap = linkWords(tokens, m.end, next.start);
    const last = k === group.length - 2;
    // "Latvia, joined by Estonia, …": a companion acts with the subject, whoever they are
    if (companionOpener(tokens, m.end)) return true;
    // "the two ministers condemned …": the pair a plural reference stands for shares its words
    if (m.start === next.start && m.end === next.end) return true;
    const and = gap.at(-1) === 'and' || asWellAs(gap);
    // "Trump and Xi urged …", "the UN, Guterres, India and the EU urged …": people joined by
    // "and", or listed with bodies up to an "and", act together too
    const alike =
      (bodies(m) && bodies(nearest)) || (m.kind === 'person' && nearest.kind === 'person');
    const listed = group.length >= 3 && endsWithAnd(tokens, group);
    return (alike || listed) && (and || (!last && gap.at(-1) === ','));
  });
  return joined.length === group.length - 1 ? [...joined, nearest] : [nearest];
}

/** Whether a list of actors closes with "and" before its last one ("A, B and C"). */
function endsWithAnd(tokens: PatternInput['tokens'], group: readonly Mention[]): boolean {
  const [before, last] = group.slice(-2) as [Mention, Mention];
  return linkWords(tokens, before.end, last.start).at(-1) === 'and';
}

/** "A and B exchanged fire", "A exchanged fire with B": each used force on the other. */
function readExchange(input: PatternInput, t: number): Candidate[] {
  const { tokens, actors } = input;
  const subjects = jointSubjects(tokens, actorsBefore(tokens, actors, t));
  const withWhom = actors.find(
    (m) => m.start > t && m.start <= t + 6 && tokens[m.start - 1]?.value === 'with',
  );
  const [a, b] = withWhom && subjects.length === 1 ? [subjects[0], withWhom] : subjects;
  if (subjects.length > 2 || a === undefined || b === undefined || a.id === b.id) return [];
  return [
    { a, b, confidence: 0.65 },
    { a: b, b: a, confidence: 0.65 },
  ];
}

/** The verb whose object phrase a noun heads ("carried out a large prisoner exchange"), or -1. */
function verbOfObject(tokens: readonly Token[], t: number): number {
  for (let k = t - 1; k >= Math.max(0, t - 5); k--) {
    const x = tokens[k] as Token;
    if (x.pos === 'VERB') return k;
    // "carried out": the verb's particle
    if (x.pos === 'ADP' && tokens[k - 1]?.pos === 'VERB') return k - 1;
    if (!['DET', 'ADJ', 'NOUN', 'NUM', 'ADV'].includes(x.pos)) return -1;
  }
  return -1;
}

/** "A and B exchanged prisoners", "a prisoner swap between A and B", "an exchange of prisoners
 * between A and B", "A and B carried out a prisoner exchange", "A completed a swap with B": each
 * side gave the other's captives back. */
function readSwap(input: PatternInput, t: number): Candidate[] {
  const { tokens } = input;
  if (tokens[t]?.pos === 'VERB') return readExchange(input, t);
  const between = tokens.findIndex((x, k) => k > t && k <= t + 4 && x.value === 'between');
  if (between >= 0) return readBetween(input, between) ?? [];
  const verb = verbOfObject(tokens, t);
  return verb < 0 ? [] : readExchange(input, verb);
}

/** "Slovenia intercepted Croatian drones", "Croatian missiles were shot down by Slovenia": read as
 * a strike by the one that stopped them, then turned round, since the side that fired them
 * attacked the side that stopped them (a place they flew over attacked no one). */
function readIntercepted(input: PatternInput, trigger: Trigger): Candidate[] {
  if (input.tokens[trigger.t + 2]?.value === 'by') return readShotDownBy(input, trigger.t);
  const launched = launchedBy(input, trigger.t);
  if (launched.length > 0) return launched;
  // "it had shot down …", where the tagger reads "shot" as a noun: the verb of the clause
  const word = input.tokens[trigger.t] as Token;
  const tokens =
    word.value === 'shot' && word.pos === 'NOUN'
      ? input.tokens.with(trigger.t, { ...word, pos: 'VERB' })
      : input.tokens;
  const read = { ...trigger, rule: 'lexicon:military-action' };
  const stopped = readDirectedPattern({ ...input, tokens }, read);
  return stopped
    .filter((c) => isActor(c.b) || countryAdjective(c.b))
    .map((c) => ({ ...c, a: c.b, b: c.a }));
}

/** "intercepted drones launched by Chile": the one the participle after the weapons names
 * attacked the subject, who stopped them. */
function launchedBy(input: PatternInput, t: number): Candidate[] {
  const { tokens, actors } = input;
  const by = tokens.findIndex(
    (x, k) => k > t && k <= t + 6 && x.value === 'by' && FIRED_BY.has(tokens[k - 1]?.value ?? ''),
  );
  if (by < 0 || !tokens.slice(t + 1, by - 1).some((x) => ARMS.has(low(x)))) return [];
  const launcher = actors.find((m) => m.start === by + 1);
  const stopper = actorsBefore(tokens, actors, t).at(-1);
  if (!launcher || !stopper || launcher.id === stopper.id) return [];
  return [{ a: launcher, b: stopper, confidence: 0.65 }];
}

/** "Two Croatian missiles were shot down by Slovenian air defences", "… by Slovenia": the country
 * of what was fired (named just before the verb) attacked the one after "by" (named at the head of
 * the phrase after it). */
function readShotDownBy(input: PatternInput, t: number): Candidate[] {
  const { tokens, mentions } = input;
  const side = (m: Mention) => isActor(m) || countryAdjective(m);
  const agent = mentions.find(
    (m) => m.start === t + 3 || (m.start === t + 4 && tokens[t + 3]?.pos === 'DET'),
  );
  const launcher = mentions.filter((m) => side(m) && m.end <= t && m.start >= t - 5).at(-1);
  if (!agent || !side(agent) || !launcher || launcher.id === agent.id) return [];
  return [{ a: launcher, b: agent, confidence: 0.65 }];
}

/** "A and B accused each other of…", "both sides blamed one another": each did it to the other;
 * null when no "each other" or "one another" follows the verb. */
function readReciprocal(input: PatternInput, t: number): Candidate[] | null {
  const { tokens, actors } = input;
  const k = [t + 1, t + 2].find((i) =>
    /^(each other|one another)$/i.test(`${tokens[i]?.value} ${tokens[i + 1]?.value}`),
  );
  if (k === undefined) return null;
  const group = actorsBefore(tokens, actors, t);
  // "both sides": the two sides share the words
  const twins = group.length === 2 && group[0]?.start === group[1]?.start;
  const subjects = twins ? group : jointSubjects(tokens, group);
  const [a, b] = subjects;
  if (subjects.length !== 2 || a === undefined || b === undefined || a.id === b.id) return [];
  return [
    { a, b, confidence: 0.65 },
    { a: b, b: a, confidence: 0.65 },
  ];
}

/** Words of fighting that need two sides and give no direction. */
const MUTUAL = new Set(['fight', 'fighting', 'clash', 'clashes', 'skirmish', 'skirmishes']);

/** "A and B clashed", "A clashed with B", "fighting between A and B", "the war that began
 * in 2023 between A and B": each used force on the other; null when the trigger is no word of
 * fighting or names no two sides. */
function readMutualFight(input: PatternInput, t: number): Candidate[] | null {
  const { tokens } = input;
  const word = tokens[t];
  const lower = word?.value.toLowerCase() ?? '';
  const war = WAR_NOUNS.has(word?.lemma ?? '') || WAR_NOUNS.has(lower);
  if (!war && !MUTUAL.has(word?.lemma ?? '') && !MUTUAL.has(lower)) return null;
  const between = betweenAfter(tokens, t);
  if (between === null) {
    const both = war ? [] : readExchange(input, t);
    return both.length > 0 ? both : null;
  }
  return readBetween(input, between);
}

/** "fighting between A and B", "a swap of prisoners between A and B": the two sides after the
 * "between" at `k`, each to the other; null when it names no two. */
function readBetween(input: PatternInput, k: number): Candidate[] | null {
  const { tokens, mentions } = input;
  const sides = mentions.filter(
    (m) =>
      m.start > k && m.start <= k + 14 && (isActor(m) || (m.adjectival && m.kind === 'country')),
  );
  const a = sides[0];
  const b = titledPerson(input, sides[1]);
  if (a === undefined || b === undefined || a.id === b.id) return null;
  if (!describedAnd(tokens, a.end, b.start)) return null;
  return [
    { a, b, confidence: 0.6 },
    { a: b, b: a, confidence: 0.6 },
  ];
}

/** "and the paramilitary", "and militia commander": "and", then only the words that describe
 * the next side (its article, lowercase adjectives and nouns). */
function describedAnd(tokens: readonly Token[], from: number, to: number): boolean {
  const gap = linkWords(tokens, from, to);
  if (gap[0] !== 'and' || gap.length > 5) return false;
  return tokens
    .slice(to - gap.length + 1, to)
    .every((x) => x.pos === 'DET' || (/^\p{Ll}/u.test(x.value) && ['ADJ', 'NOUN'].includes(x.pos)));
}

/** "Zorn Front commander Ilie Varga": a body that opens a person's title stands for neither
 * side; the person it titles does. */
function titledPerson(input: PatternInput, m: Mention | undefined): Mention | undefined {
  if (m === undefined || m.kind === 'person') return m;
  const person = input.mentions.find((p) => p.kind === 'person' && p.start >= m.end);
  if (person === undefined || person.start > m.end + 3) return m;
  const words = input.tokens.slice(m.end, person.start);
  return words.every((x) => /^\p{Ll}/u.test(x.value) && ['ADJ', 'NOUN'].includes(x.pos))
    ? person
    : m;
}

/** The verbs of saying: a deed a side only tells of. */
const SAYING: ReadonlySet<string> = new Set([
  'say',
  'claim',
  'allege',
  'report',
  'state',
  'confirm',
  'add',
  'tell',
]);

/** Verbs that report or decry what another did: "Latvia said …", "Latvia condemned …". */
const REPORTING = new Set([
  ...SAYING,
  'condemn',
  'denounce',
  'accuse',
  'blame',
  'criticise',
  'criticize',
  'decry',
]);

/** Nouns that name another side by its tie to the owner: "its neighbour", "their allies". */
const RELATIONAL = new Set([
  'neighbour',
  'neighbours',
  'neighbor',
  'neighbors',
  'ally',
  'allies',
  'partner',
  'partners',
  'rival',
  'rivals',
  'enemy',
  'enemies',
  'foe',
  'foes',
]);

/** "Latvia said Estonian troops shelled its posts", "Latvia condemned Estonia's attack on its
 * villages": a deed on "its" or "their" something, told in a report of one side, falls on the side
 * reporting it (the actor before the reporting verb that opens the deed's clause). */
function reportingVictim(input: PatternInput, subject: Mention, t: number): Mention[] {
  const { tokens, actors } = input;
  const after = tokens.slice(t + 1, t + 4);
  const own = after.findIndex((x) => ['its', 'their'].includes(x.value.toLowerCase()));
  if (own < 0 || !after.slice(0, own).every((x) => x.pos === 'ADP')) return [];
  // "the attack on its neighbour": another side, named after it or not at all
  const owned = t + 2 + own;
  if (RELATIONAL.has(tokens[owned]?.value.toLowerCase() ?? ''))
    return tokens[owned + 1]?.value === ','
      ? actors.filter((m) => m.start === owned + 2 && m.id !== subject.id)
      : [];
  // ("Vega said Peru was recalling its ambassador": "its" is never a person's)
  const reporters = reporterOf(input, subject);
  return after[own]?.value.toLowerCase() === 'its'
    ? reporters.filter((m) => m.kind !== 'person')
    : reporters;
}

/** "strikes on Hezbollah targets in south Lebanon": the country the struck targets are in is
 * struck too. */
function struckIn(
  tokens: PatternInput['tokens'],
  objects: readonly Mention[],
  struck: Mention,
): Mention[] {
  return objects.filter((o) => {
    if (o.kind !== 'country' || o.adjectival || o.start <= struck.end) return false;
    const gap = tokens.slice(struck.end, o.start);
    const at = gap.findIndex((x) => x.value === 'in');
    return (
      at >= 0 &&
      at <= 2 &&
      gap.slice(0, at).every((x) => x.pos === 'NOUN') &&
      gap.slice(at + 1).every((x) => /^\p{Ll}+$/u.test(x.value))
    );
  });
}

/** "accepted the proposal put forward by Egypt and Qatar", "rejected a plan drafted by the
 * US": the ones a participle after the proposal names with "by" made it. */
function proposedBy(input: PatternInput, t: number): Mention[] {
  const { tokens, actors } = input;
  const phrase = tokens.slice(t + 1, t + 9);
  const by = phrase.findIndex((x) => x.value === 'by');
  if (by < 2 || phrase.slice(0, by).some((x) => BREAKS.has(x.value))) return ledProposal(input, t);
  const participle = phrase.slice(0, by).some((x) => x.pos === 'VERB');
  const at = t + 2 + by + (tokens[t + 2 + by]?.value.toLowerCase() === 'the' ? 1 : 0);
  const first = actors.find((m) => m.start === at);
  return participle && first ? coordinated(tokens, [...actors], first) : [];
}

/** "Jo Roe; his wife, Ana Roe; his son, Ed Roe; and Interior Minister Al Oak": where a list
 * set off by semicolons (closed by "; and") goes on after `first`, the last actor of each of its
 * items; none when `first` opens no such list. */
function semicolonList(
  tokens: PatternInput['tokens'],
  actors: readonly Mention[],
  first: Mention,
): Mention[] {
  if (tokens[first.end]?.value !== ';') return [];
  const close = tokens.findIndex(
    (x, k) => k > first.end && x.value === ';' && low(tokens[k + 1]) === 'and',
  );
  if (close < 0) return [];
  const end = tokens.findIndex((x, k) => k > close && /^[.;]$/.test(x.value));
  const stops = tokens
    .map((x, k) => (x.value === ';' && k >= first.end && k <= close ? k : -1))
    .filter((k) => k >= 0);
  const bounds = [...stops, end < 0 ? tokens.length : end];
  return bounds.slice(0, -1).flatMap((from, i) => {
    const item = actors.filter((m) => m.start > from && m.end <= (bounds[i + 1] as number));
    return item.length > 0 ? [item.at(-1) as Mention] : [];
  });
}

/** "Malta closed the border, and Iceland accused it of breaking the truce": the one "it" after
 * the verb at `t` stands for, the actor of the sentence's earlier clause (not after a
 * preposition, not the verb's own subject); "them", each of those actors. */
function accusedPronoun(
  { tokens, actors }: PatternInput,
  subjects: readonly Mention[],
  t: number,
): Mention[] {
  const next = tokens[t + 1];
  if (next?.pos !== 'PRON' || !/^(it|them|him|her)$/i.test(next.value)) return [];
  const first = subjects[0];
  if (first === undefined) return [];
  // ("Roe singled out Oak, the Chilean envoy, accusing him of bias": the last person named
  // before, the subject's own object)
  if (/^(him|her)$/i.test(next.value)) {
    const person = actors.findLast(
      (m) =>
        m.kind === 'person' &&
        m.end <= t &&
        !subjects.some((s) => s.id === m.id) &&
        !afterPreposition(tokens, m),
    );
    return person ? [person] : [];
  }
  const earlier = actors.filter(
    (m) =>
      m.end <= first.start && !subjects.some((s) => s.id === m.id) && !afterPreposition(tokens, m),
  );
  // ("accused them": each of the earlier clause's actors)
  if (next.value.toLowerCase() === 'them') return earlier.slice(-3);
  const antecedent = earlier.at(-1);
  return antecedent ? [antecedent] : [];
}

/** Participles hyphened to the one whose proposal it is: "a US-led truce proposal". */
const PROPOSING = new Set(['led', 'backed', 'brokered', 'drafted', 'proposed', 'sponsored']);
/** What a side puts forward for others to take or turn down. */
const PROPOSALS = new Set(['proposal', 'plan', 'initiative', 'offer', 'resolution', 'roadmap']);

/** "rejected a US-led truce proposal": the one hyphened to "led" (or "backed", "drafted"…)
 * before the proposal, within the verb's object at `t`, put it forward. */
function ledProposal({ tokens, mentions }: PatternInput, t: number): Mention[] {
  const proposal = tokens.findIndex(
    (x, k) => k > t && k <= t + 7 && PROPOSALS.has(x.value.toLowerCase()),
  );
  const leader = mentions.find(
    (m) =>
      m.start > t &&
      m.end < proposal &&
      tokens[m.end]?.value === '-' &&
      PROPOSING.has(low(tokens[m.end + 1])) &&
      (m.kind === 'country' || m.kind === 'organization'),
  );
  return proposal > 0 && leader ? [{ ...leader, adjectival: false }] : [];
}

/** "Iran-backed", "Russia-aligned": a name hyphened to a participle of support, which describes
 * the noun after it. */
function hyphenedModifier(tokens: PatternInput['tokens'], o: Mention): boolean {
  const mark = tokens[o.end]?.value ?? '';
  return ['-', '–'].includes(mark) && BACKING.has(tokens[o.end + 1]?.value.toLowerCase() ?? '');
}
/** Participles of a backer's support, not of a holder's control ("the Houthi-controlled port" is
 * struck where the Houthis hold it). */
const BACKING = new Set([
  'backed',
  'aligned',
  'allied',
  'supported',
  'funded',
  'sponsored',
  'armed',
]);

/** Whether `o` is in the phrase of the verb at `t`: no preposition but "to", "over", "back" or
 * "of" between them ("handed over 20 soldiers to Hungary", "freed 30 prisoners of Slovenia"). */
function ownPhrase(tokens: PatternInput['tokens'], t: number, o: Mention): boolean {
  const between = tokens.slice(t + 1, o.start);
  return between.every((x) => x.pos !== 'ADP' || ['to', 'over', 'back', 'of'].includes(x.value));
}

/** Whether `o` opens the object phrase of the verb at `t` as its owner, written before it with
 * no "'s" ("cut US financial assistance", "halted Latvian funding"). */
function ownerOfObject(tokens: PatternInput['tokens'], o: Mention, t: number): boolean {
  if (!tokens.slice(t + 1, o.start).every((x) => x.pos === 'DET')) return false;
  const next = tokens[o.end];
  return next !== undefined && ['ADJ', 'NOUN'].includes(next.pos) && !/^['’]s?$/.test(next.value);
}

/** "Slovenia said Croatia had …", "Slovenia accused Croatia of …": the side whose report or
 * accusation opens the clause of `subject`. */
function reporterOf(
  input: PatternInput,
  subject: Mention,
  verbs: ReadonlySet<string> = REPORTING,
): Mention[] {
  const { tokens, actors } = input;
  let k = subject.start - 1;
  if (['that', 'the'].includes(tokens[k]?.value.toLowerCase() ?? '')) k--;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB' || !verbs.has(verb.lemma)) return [];
  const reporter = actorsBefore(tokens, actors, k).at(-1);
  return reporter && reporter.id !== subject.id ? [reporter] : [];
}

/** "Slovenia accused Croatia of shelling its villages, a charge Croatia denied": what is turned
 * down is the charge of the side that made it, the first actor of the sentence. */
function chargeDenied(input: PatternInput, subjects: readonly Mention[], t: number): Mention[] {
  const { tokens, actors } = input;
  const subject = subjects.length === 1 ? subjects[0] : undefined;
  if (subject === undefined || subject.end !== t) return [];
  if (!CHARGES.has(tokens[subject.start - 1]?.lemma ?? '')) return [];
  const accuser = actors.find((m) => m.end < subject.start && m.id !== subject.id);
  return accuser ? [accuser] : [];
}
const CHARGES = new Set(['charge', 'claim', 'accusation', 'allegation']);

/** "…, Poland's Foreign Ministry announced", "…, Peru said": an actor after a comma whose verb
 * of saying follows at once reports the clause before it. */
function reporterAfter(tokens: PatternInput['tokens'], o: Mention): boolean {
  const verb = tokens[o.end]?.pos === 'ADV' ? o.end + 1 : o.end;
  const lemma = tokens[verb]?.lemma ?? '';
  return tokens[o.start - 1]?.value === ',' && (SAYING.has(lemma) || lemma === 'announce');
}

/** The actors after a deed at `t` that it falls on, of those named after it (`found`), as each
 * kind of deed has them. */
function narrowedObjects(input: PatternInput, trigger: Trigger, found: Mention[]): Mention[] {
  const { tokens, actors } = input;
  const { t, kind, rule } = trigger;
  // "struck the Iran-backed Houthis": a name hyphened to a participle describes the one after it
  let objects = found.filter((o) => !hyphenedModifier(tokens, o));
  // "Malta's war with Finland during a meeting with Store": a war waged on the one its
  // preposition names, no one further on
  if (rule === WAR_WAGED_RULE) objects = objects.filter((o) => o.start <= t + 3);
  // "the army withdraws from El Fasher as the Front advances": what is left is the first thing
  // named after the verb, not a body in another clause
  if (rule === WITHDRAWAL_RULE)
    objects = objects.filter(
      (o) =>
        !input.mentions.some((m) => m.start > t && m.end <= o.start) &&
        !tokens.slice(t + 1, o.start).some((x) => x.pos === 'SCONJ' || CLAUSE_OPENERS.has(low(x))),
    );
  objects = aimedAt(tokens, actors, trigger, objects);
  // "freed four hostages in exchange for 200 prisoners": the captives' phrase, not what they
  // were given back for ("… for prisoners held by Peru": to the one who holds those)
  if (rule === RELEASED_RULE) objects = objects.filter((o) => ownPhrase(tokens, t, o));
  if (rule === RELEASED_RULE && objects.length === 0) objects = exchangedWith(input, t);
  // "cut US financial assistance to Peru": the country that owns what is cut gives it; the one
  // it went to is the target
  if (kind === 'sanction' && objects.length > 1)
    objects = objects.filter((o) => !ownerOfObject(tokens, o, t));
  return objects;
}

/** The country whose force (by its adjective or possessive: "Chilean aggression", "Chile's
 * attacks") a threat at `t` answers, within its phrase. */
function aggressorAnswered({ tokens, mentions }: PatternInput, t: number): Mention[] {
  const owner = mentions.find((m) => {
    if (m.kind !== 'country' || m.start <= t || m.start > t + 4) return false;
    const noun = /^['’]s$/.test(tokens[m.end]?.value ?? '') ? m.end + 1 : m.end;
    return AGGRESSION.has(low(tokens[noun]));
  });
  return owner ? [{ ...owner, adjectival: false }] : [];
}

/** The country after "in" in the object of a demand at `t` ("called for a truce in Peru"),
 * before the clause's next verb at `nextVerb`. */
function demandedIn(input: PatternInput, t: number, nextVerb: number): Mention[] {
  const { tokens, actors } = input;
  const place = actorsAfter(tokens, actors, t, 1, 10, false, true)[0];
  if (place?.kind !== 'country' || (nextVerb >= 0 && place.start >= nextVerb)) return [];
  // ("called for elections after a vote in Peru failed": another clause's place)
  const between = tokens.slice(t + 1, place.start - 1);
  const clause = (x: Token) =>
    x.pos === 'SCONJ' || (x.pos === 'PUNCT' && x.value !== '-') || CLAUSE_OPENERS.has(low(x));
  if (between.some(clause)) return [];
  return low(tokens[place.start - 1]) === 'in' ? [place] : [];
}

const CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'as', 'because']);

/** "urged a return to talks, and for Peru to allow inspectors back": the one named after a
 * later "for" of the appeal at `t`, then asked "to" act. */
function askedFor({ tokens, actors }: PatternInput, t: number): Mention[] {
  for (let k = t + 1; k < Math.min(tokens.length, t + 16); k++) {
    if (BREAKS.has(tokens[k]?.value ?? '')) return [];
    if (tokens[k]?.value !== 'for') continue;
    const asked = actors.find((m) => m.start === k + 1 && !m.adjectival);
    if (asked && tokens[asked.end]?.value === 'to' && tokens[asked.end + 1]?.pos === 'VERB')
      return [asked];
  }
  return [];
}

/** What is asked of those who fight: "restraint", "calm", "de-escalation", "a ceasefire". */
const CALMING = /^(?:restraint|calm|de-?escalation|de-?escalate|ceasefire|cease-fire|truce)$/i;

/** "Qatar urged restraint", "called for calm after the clashes": an appeal to those who fight,
 * named by no one, is made of the article's two sides. */
function calmAsked({ tokens, sides }: PatternInput, t: number): Mention[] {
  if (!sides) return [];
  const at = tokens.findIndex((x, k) => k > t && k < t + 5 && CALMING.test(x.value));
  const word = tokens[at]?.value ?? '';
  return at < 0 ? [] : sides.map((id) => sideMention(id, at, at + 1, word, 'pattern:calm-asked'));
}

/** "freed three hostages in exchange for 90 prisoners held by Peru", "in return for captives
 * jailed by Peru": the side that holds what a release at `t` is traded for. */
function exchangedWith({ tokens, actors }: PatternInput, t: number): Mention[] {
  const trade = tokens.findIndex(
    (x, k) =>
      k > t && k <= t + 8 && /^(exchange|return)$/.test(low(x)) && low(tokens[k + 1]) === 'for',
  );
  if (trade < 0) return [];
  const by = tokens.findIndex(
    (x, k) =>
      k > trade + 1 && k <= trade + 8 && x.value === 'by' && HOLDING.has(low(tokens[k - 1])),
  );
  const holder = by < 0 ? undefined : actors.find((m) => m.start === by + 1);
  return holder ? [holder] : [];
}
const HOLDING = new Set(['held', 'jailed', 'detained', 'imprisoned', 'captured']);

/** Kinds that one side says to or of another: their target is the verb's own object. */
const VERBAL_KINDS: ReadonlySet<Trigger['kind']> = new Set([
  'criticism',
  'rejection',
  'demand',
  'threat',
]);

/** "condemned Latvia's strikes on Estonia", "rejected the Finnish offer", "urged Estonian leaders
 * to…": what is said falls on the owner of the verb's object, or on the country whose adjective
 * opens it, not on a name further on in that object. */
function verbalObject(input: PatternInput, verb: number): Mention | undefined {
  const { tokens, mentions } = input;
  // ("condemned what he termed a “treacherous … attack”": the object past the speaker's naming)
  // ("agreed to the Brazilian proposal": past the verb's "to")
  const past = toPastTime(tokens, verb);
  const to = tokens[verb]?.lemma === 'agree' && past > 0 ? past : verb;
  const parts = partsOf(tokens, to);
  const t = pastHedge(tokens, parts + 1) - 1;
  // ("condemned the “treacherous Peruvian attack”": a quotation mark opens the words quoted)
  const opening = (x: Token) => x.pos === 'DET' || x.pos === 'ADJ' || QUOTE_MARKS.has(x.value);
  const object = mentions.find(
    (m) =>
      m.start > t &&
      // ("the “unprovoked” Peruvian strikes": quotation marks about an adjective between)
      m.start <=
        t + 4 + tokens.slice(t + 1, m.start).filter((x) => QUOTE_MARKS.has(x.value)).length &&
      (isActor(m) || (m.adjectival && m.kind === 'country')) &&
      tokens.slice(t + 1, m.start).every(opening),
  );
  if (object === undefined) return undefined;
  const after = tokens[object.end];
  // ("urged the Chilean president": the president named before, whom the words stand for)
  const meant = mentions.some((m) => m.start === object.start && m !== object && isActor(m));
  if (object.adjectival && meant) return undefined;
  if (object.adjectival) return after?.pos === 'NOUN' ? object : undefined;
  return ["'s", '’s'].includes(after?.value ?? '') ? object : undefined;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'"]);

/** Nouns of a share of what is said or proposed: "accepted parts of the plan". */
const PARTS = new Set(['part', 'parts', 'element', 'elements', 'most', 'some', 'much', 'phase']);

/** "accepted parts of the US plan", "rejected the first phase of Malta's proposal": the "of"
 * after the verb at `verb` that a share of its object opens, or the verb itself. */
function partsOf(tokens: readonly Token[], verb: number): number {
  for (let k = verb + 1; k <= verb + 4; k++) {
    const x = tokens[k];
    if (x === undefined) return verb;
    if (x.value === 'of') return k > verb + 1 && PARTS.has(low(tokens[k - 1])) ? k : verb;
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(x.pos)) return verb;
  }
  return verb;
}

/** Words that open a phrase of response: "responding to", "in retaliation for". */
const RESPONSE_OPENERS = new Set([
  'responding to',
  'response to',
  'reacting to',
  'reaction to',
  'retaliation for',
  'retaliation against',
  'retaliating for',
  'retaliating against',
]);

/** "Responding to Malta's strikes, Iceland shelled…", "Iceland said it was retaliating for
 * Malta's strikes": a deed named by its owner's noun, with no target of its own, in a phrase of
 * response, fell on the side responding (the subject after the phrase, or the one before it). */
function readAnswered(input: PatternInput, trigger: Trigger): Candidate[] {
  const { tokens, actors } = input;
  const { t, kind } = trigger;
  if (!DEED_NOUNS.has(kind) || tokens[t]?.pos !== 'NOUN') return [];
  const on = ['on', 'against'].includes(tokens[t + 1]?.value ?? '');
  if (on && actors.some((m) => m.start === t + 2 || m.start === t + 3)) return [];
  const owner = actors.find(
    (m) => m.end < t && m.end >= t - 3 && /^['’]s$/.test(tokens[m.end]?.value ?? ''),
  );
  if (owner === undefined || tokens.slice(owner.end + 1, t).some((x) => x.pos !== 'ADJ')) return [];
  const k = owner.start;
  const opener = `${tokens[k - 2]?.value.toLowerCase()} ${tokens[k - 1]?.value.toLowerCase()}`;
  if (!RESPONSE_OPENERS.has(opener)) return [];
  const start = tokens[k - 3]?.value.toLowerCase() === 'in' ? k - 3 : k - 2;
  const comma = tokens.findIndex((x, i) => i > t && x.value === ',');
  const responder =
    start === 0
      ? actors.find(
          (m) =>
            m.start === comma + 1 || (m.start === comma + 2 && tokens[comma + 1]?.pos === 'DET'),
        )
      : actorsBefore(tokens, actors, start).at(-1);
  if (responder === undefined || responder.id === owner.id) return [];
  return [{ a: owner, b: responder, confidence: 0.6 }];
}

/** Verbs of harm a deed named by a noun may be the subject of. */
const HARM = new Set(['kill', 'wound', 'injure', 'hit', 'destroy', 'damage']);
/** Kinds whose deed a noun may name with its agent's adjective before it. */
const DEED_NOUNS: ReadonlySet<Trigger['kind']> = new Set(['military-action', 'sanction']);

const OPENS_CLAUSE = new Set(['that', 'whether', 'if', 'when', 'how', 'why', 'what', 'because']);

/** Where the clause of a deed at `t` ends: its next verb. What one side says may run on through
 * an infinitive it opens ("refused to negotiate with Malta", "threatened to cut supplies to
 * Malta"), up to the verb or the "that", "whether" or "if" after it. */
function clauseEnd(
  tokens: PatternInput['tokens'],
  t: number,
  said: boolean,
  /** The verb's deed is its object ("imposed … sanctions"): a hedge may open that object. */
  byObject = false,
): number {
  // "Estonian strikes killed ten people in Latvia": the deed runs on through the verb of harm
  // it is the subject of
  if (tokens[t]?.pos === 'NOUN' && HARM.has(tokens[t + 1]?.lemma ?? ''))
    return tokens.findIndex((x, k) => k > t + 1 && clauseVerb(tokens, k));
  const infinitive = said && tokens[t + 1]?.value === 'to' && tokens[t + 2]?.pos === 'VERB';
  // "imposed what it calls … sanctions on B", "carried out what it called strikes on B": the
  // hedge that opens the object ends no clause
  // ("struck what it called terrorist camps in Chile": a hedge right after any verb)
  const opens = byObject && tokens[t + 1]?.value === 'out' ? t + 2 : t + 1;
  const from = pastHedge(tokens, opens) - 1;
  if (!infinitive) return tokens.findIndex((x, k) => k > from && clauseVerb(tokens, k));
  return tokens.findIndex(
    (x, k) => k > t + 2 && (clauseVerb(tokens, k) || OPENS_CLAUSE.has(x.value.toLowerCase())),
  );
}

/** Verbs of those a deed killed or hurt: "was killed in", "died in", "were wounded by". */
const HURT: ReadonlySet<string> = new Set(['kill', 'die', 'wound', 'injure', 'hurt']);

/** "Tamayo was killed in a Peruvian airstrike", "three soldiers died in Estonian shelling",
 * "Houthi PM killed in Israeli strikes": the actors a deed told by a noun at `t` killed or hurt,
 * the subject of the verb before "in" or "by" that opens the deed's phrase. */
function killedIn(input: PatternInput, t: number): Mention[] {
  const { tokens, actors, mentions } = input;
  if (tokens[t]?.pos !== 'NOUN') return [];
  let k = t - 1;
  const describes = (i: number) =>
    ['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[i]?.pos ?? '') ||
    mentions.some((m) => m.adjectival && m.start <= i && i < m.end);
  while (k > t - 6 && describes(k)) k--;
  if (!['in', 'by'].includes(low(tokens[k]))) return [];
  if (!HURT.has(tokens[k - 1]?.lemma ?? '')) return [];
  return actorsBefore(tokens, actors, k - 1).filter((m) => !m.adjectival);
}

/** Kinds whose target is the one the verb names right after it, as accused or rejected. */
const ACCUSING: ReadonlySet<string> = new Set(['criticism', 'rejection', 'demand']);

/** The forms read by a reader of their own: an exchange, a swap, an interception, a deed done to
 * each other, a deed under which one suffers, the passive, a deed drawn from or answered, and
 * mediators named by their countries' adjectives; null where the deed is read as a clause. */
function readOwnForm(input: PatternInput, trigger: Trigger): Candidate[] | null {
  const { tokens } = input;
  const { t, kind } = trigger;
  if (trigger.rule === EXCHANGE_RULE) return readExchange(input, t);
  if (trigger.rule === SWAP_RULE) return readSwap(input, t);
  if (trigger.rule === INTERCEPT_RULE) return readIntercepted(input, trigger);
  const reciprocal = readReciprocal(input, t) ?? readMutualFight(input, t);
  if (reciprocal) return reciprocal;
  if (kind === 'military-action' || kind === 'criticism') {
    const under = readUnder(input, t);
    if (under) return under;
  }
  if (tokens[t + 1]?.value === 'by')
    return tokens[t]?.pos === 'NOUN'
      ? readNounByAgent(input, trigger)
      : readPassive(input, trigger, t + 1);
  // "was called in by Peru": past the verb's particle
  if (low(tokens[t + 1]) === 'in' && low(tokens[t + 2]) === 'by' && passiveAux(tokens, t))
    return readPassive(input, trigger, t + 2);
  // "after being urged to act by Peru": the agent past the verb's own infinitive
  if (passiveAux(tokens, t) && low(tokens[t + 1]) === 'to' && low(tokens[t + 3]) === 'by')
    return readPassive(input, trigger, t + 3);
  if (agentlessPassive(tokens, t)) return [];
  // "Tamayo killed in a Peruvian strike": a participle of harm before "in" tells who suffered
  if (HURT.has(tokens[t]?.lemma ?? '') && tokens[t]?.pos === 'VERB' && low(tokens[t + 1]) === 'in')
    return [];
  // "the strikes on Latvia by Estonia", "the blockade of Slovenia by Croatia"
  if (
    tokens[t]?.pos === 'NOUN' &&
    ['on', 'against', 'of', 'into'].includes(tokens[t + 1]?.value ?? '')
  ) {
    const onBy = readNounOnBy(input, trigger);
    if (onBy.length > 0) return onBy;
  }
  // ("condemnation from Norway" is drawn from Norway; a "withdrawal from the bloc" leaves it)
  const drawn = tokens[t + 1]?.value === 'from' && trigger.rule !== WITHDRAWAL_RULE;
  if (tokens[t]?.pos === 'NOUN' && drawn) return readDrawnFrom(input, t);
  const answered = readAnswered(input, trigger);
  if (answered.length > 0) return answered;
  if (kind === 'mediation' && tokens[t]?.pos === 'NOUN') {
    const mediated = readDemonymMediators(input, t);
    if (mediated.length > 0) return mediated;
  }
  return null;
}

/** Of the actors named after the deed at the trigger, those it is aimed at: the one accused
 * right after the verb ("accused Malta of attacks on Iceland") with those joined to it, else the
 * one after "on" or "against" ("cut the Canadian tariff on Japanese cars": not the owner) with
 * those joined to it and, for force, the places struck in; a list set off by semicolons goes on
 * ("sanctioned Jo Roe; his wife, Ana Roe; and his aide, Al Oak"). */
function aimedAt(
  tokens: PatternInput['tokens'],
  actors: readonly Mention[],
  { t, kind }: Trigger,
  found: Mention[],
): Mention[] {
  let objects = found;
  const onTarget = objects.find((o) =>
    ['on', 'against'].includes(tokens[o.start - 1]?.value.toLowerCase() ?? ''),
  );
  const first = objects[0];
  const accused =
    ACCUSING.has(kind) &&
    first !== undefined &&
    tokens.slice(t + 1, first.start).every((x) => x.pos === 'DET' || x.pos === 'ADJ');
  if (accused) objects = coordinated(tokens, objects, first);
  else if (onTarget && kind !== 'export-control')
    objects = [
      ...coordinated(tokens, objects, onTarget),
      ...(kind === 'military-action' ? struckIn(tokens, objects, onTarget) : []),
    ];
  const head = objects[0];
  const listed = head ? semicolonList(tokens, actors, head) : [];
  return [...objects, ...listed.filter((m) => m.id !== head?.id)];
}

/** Verbs of reaching someone, whose purpose an infinitive after their object may tell. */
const CONTACTING = new Set(['call', 'phone', 'meet', 'visit', 'summon', 'write', 'host']);

/** "Trump said he called the leaders of Peru and Chile to urge them to stop the fighting": words
 * told as the purpose of a call or a meeting are the caller's, said to the ones called, unless
 * they name others. */
function readPurpose(input: PatternInput, trigger: Trigger): Candidate[] | null {
  const { tokens, actors } = input;
  const { t, kind } = trigger;
  if (!VERBAL_KINDS.has(kind) || tokens[t - 1]?.value !== 'to') return null;
  let v = t - 2;
  while (v > t - 12 && v > 0 && tokens[v]?.pos !== 'VERB') v--;
  if (tokens[v]?.pos !== 'VERB' || !CONTACTING.has(tokens[v]?.lemma ?? '')) return null;
  const called = actors.filter((m) => m.start > v && m.end < t && !m.adjectival);
  const caller = actors.findLast(
    (m) => m.end <= v && !m.adjectival && !afterPreposition(tokens, m),
  );
  if (caller === undefined || called.length === 0) return null;
  const named = actorsAfter(tokens, actors, t, 2, 6, false).filter((m) => !m.adjectival);
  const targets = (named.length > 0 ? named : called).filter((m) => m.id !== caller.id);
  return targets.map((b) => ({ a: caller, b, confidence: 0.7 }));
}

export function readDirectedPattern(input: PatternInput, trigger: Trigger): Candidate[] {
  const { tokens, mentions, actors } = input;
  const { t, kind } = trigger;
  const out: Candidate[] = [];
  const ownForm = readOwnForm(input, trigger) ?? readPurpose(input, trigger);
  if (ownForm) return ownForm;
  // "Qatar, which mediated the truce with Norway": the truce's sides are read as the article's
  // (host.ts), Norway as a fellow mediator
  if (kind === 'mediation' && coMediator(tokens, t)) return out;
  const armed = byArms(trigger) ? armedAgent(input, t, false) : undefined;
  // "X called A and B, urging them to …": the speaker of a participle is the clause's subject
  const participle = VERBAL_KINDS.has(kind) ? participleSubject(input, t) : null;
  const named = armed
    ? [armed]
    : (participle ??
      jointSubjects(
        tokens,
        actorsBefore(tokens, actors, t).filter((m) => m.rule !== 'pattern:both-sides'),
      ));
  const own = armed
    ? named
    : sharedSubject(input, named, t).filter(
        (m) => !otherVerbBetween(tokens, m.end, t) && !ownClauseSubject(input, m.end, t),
      );
  // "Estonian strikes on Latvia": a deed named by a noun that its agent's adjective opens
  const agentByAdjective = DEED_NOUNS.has(kind) || trigger.rule === POSTURE_RULE;
  const agents = agentByAdjective ? deedAgents(input, own, t) : own;
  // "the Saudi-led coalition struck", "a US-led air campaign": the leader named before "-led"
  // ("Drones launched by the Front hit the port": the one the weapons' phrase names)
  const led = agents.length > 0 ? agents : ledBy(input, t);
  // ("“We call upon Peru to …,” Vale said": the speaker of a quotation in the first person)
  const fired = led.length > 0 ? led : firedBy(input, t);
  const subjects = withCommander(input, fired.length > 0 ? fired : quoteSpeaker(input, t));
  if (subjects.length === 0) return out;
  // ("…, Poland's Foreign Ministry announced": who reports the deed after a comma is no target)
  const targetPool = withoutOwners(tokens, targetsOf(kind, mentions, actors, trigger.rule)).filter(
    (o) => !reporterAfter(tokens, o),
  );
  const force = kind === 'military-action';
  const spoken = VERBAL_KINDS.has(kind) || trigger.rule === PROPOSAL_RULE;
  const said = spoken ? verbalObject(input, t) : undefined;
  if (said)
    return subjects.filter((a) => a.id !== said.id).map((a) => ({ a, b: said, confidence: 0.75 }));
  // "Latvia's shelling of Tartu drew condemnation from Finland": a deed falls on no one past
  // the next verb of its clause
  // ("drills, named “Strait Thunder”, around Taiwan", "drills encircling Taiwan": the trigger
  // checked that the exercise's place follows, past an aside or a participle)
  const exercise = trigger.rule === POSTURE_RULE && tokens[t]?.pos === 'NOUN';
  const nextVerb = exercise
    ? -1
    : clauseEnd(tokens, t, VERBAL_KINDS.has(kind), trigger.rule.startsWith('object:'));
  let objects = actorsAfter(tokens, targetPool, t, exercise ? 1 : 2, 16, exercise, force)
    .map((o) => describedBy(tokens, targetPool, o) ?? o)
    .filter(
      (o, k, all) =>
        o.id !== (subjects[0] as Mention).id &&
        (nextVerb < 0 || o.start < nextVerb) &&
        all.findIndex((x) => x.id === o.id) === k,
    );
  objects = listedObjects(tokens, targetPool, objects);
  objects = narrowedObjects(input, trigger, objects);
  // "Tamayo was killed in a Peruvian airstrike on La Paz": those killed in it suffer it too
  if (force && own.length === 0)
    objects = [
      ...killedIn(input, t).filter((v) => !objects.some((o) => o.id === v.id)),
      ...objects,
    ];
  if (objects.length === 0) objects = includedList(tokens, targetPool, t);
  // "called for a truce in Peru", "urged calm in Peru": the country the demand is for is its
  // target, when it names no other
  if (objects.length === 0 && kind === 'demand') objects = demandedIn(input, t, nextVerb);
  // "urged restraint", "called for calm": with no one named, made of the two sides that fight
  // ("urged a return to diplomacy, and for Iran to allow inspectors": the one asked to act)
  if (objects.length === 0 && kind === 'demand') objects = askedFor(input, t);
  if (objects.length === 0 && kind === 'demand') objects = calmAsked(input, t);
  // "vowed to respond to Chilean aggression", "would respond to Chile's attacks": the threat is
  // aimed at the one whose force it answers
  if (objects.length === 0 && kind === 'threat') objects = aggressorAnswered(input, t);
  if (objects.length === 0 && (force || kind === 'sanction') && subjects.length === 1)
    objects = reportingVictim(input, subjects[0] as Mention, t);
  // "Slovenia said Croatia had violated the truce", "Sweden said the Norwegian strikes killed 26
  // people": a deed named by its agent alone, in the report of a side, fell on that side
  // ("Qatar condemned the Israeli strikes": a side that condemns a deed is not told by that
  // alone to be the one it fell on)
  const byAdjective = (own.length === 0 || armed !== undefined) && force;
  const one = subjects.length === 1 ? (subjects[0] as Mention) : undefined;
  if (objects.length === 0 && one && trigger.rule === VIOLATION_RULE)
    objects = reporterOf(input, one);
  else if (objects.length === 0 && one && byAdjective) objects = reporterOf(input, one, SAYING);
  if (objects.length === 0 && ACCUSING.has(kind)) objects = accusedPronoun(input, subjects, t);
  if (objects.length === 0 && kind === 'rejection') objects = chargeDenied(input, subjects, t);
  if (objects.length === 0 && (trigger.rule === PROPOSAL_RULE || kind === 'rejection'))
    objects = proposedBy(input, t);
  const confidence = kind === 'criticism' || kind === 'demand' ? 0.75 : 0.7;
  for (const a of subjects)
    for (const o of objects) if (o.id !== a.id) out.push({ a, b: o, confidence });
  return out;
}
