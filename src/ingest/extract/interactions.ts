// Interactions between the entities of one sentence, read from a few lemma patterns: calls,
// meetings, talks, agreements, statements, demands, criticism, tariffs and export controls. Each
// pattern picks its subject (the actor before the trigger, or the speaker after "said") and its
// object (the actor after it, or both sides of "between X and Y").
import type { RelationKind } from '../../data/relation-kinds';
import type { Tone } from '../../data/schema';
import type { Mention } from './mentions';
import type { TaggedSentence, Token } from './nlp';
import { findTriggers, type Trigger } from './triggers';

export type Interaction = {
  kind: RelationKind;
  source: Mention;
  target: Mention;
  directed: boolean;
  label: string;
  tone?: Tone;
  confidence: number;
  rule: string;
  /** Token index of the trigger word. */
  trigger: number;
};

const SYMMETRIC: ReadonlySet<RelationKind> = new Set([
  'call',
  'meeting',
  'talks',
  'agreement',
  'planned-meeting',
]);

export const TONE_OF: Partial<Record<RelationKind, Tone>> = {
  call: 'verbal-cooperation',
  meeting: 'verbal-cooperation',
  talks: 'verbal-cooperation',
  'planned-meeting': 'verbal-cooperation',
  agreement: 'verbal-cooperation',
  statement: 'verbal-cooperation',
  demand: 'verbal-conflict',
  criticism: 'verbal-conflict',
  tariff: 'material-conflict',
  'tariff-cut': 'material-cooperation',
  'tariff-threat': 'verbal-conflict',
  'export-control': 'material-conflict',
};

const NEGATIVE =
  /\b(not|never|bully|bullying|violat\w*|against|harm\w*|unfair|threat\w*|wrong|afraid)\b/i;
const PRONOUNS = new Set(['he', 'she']);
const BREAKS = new Set([';', '.', '?', '!']);

const isActor = (m: Mention) =>
  !m.adjectival && (m.kind === 'person' || m.kind === 'organization' || m.kind === 'country');

/** The nearest actor before token t (with an actor coordinated to it by "and"). */
/** The object of a preposition ("speaking to Fox Business", "with the U.S.") is no subject. */
function afterPreposition(tokens: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && ['DET', 'ADJ', 'PART'].includes((tokens[k] as Token).pos)) k--;
  const previous = tokens[k];
  return previous !== undefined && PREPOSITIONS.has(previous.value.toLowerCase());
}

function actorsBefore(tokens: readonly Token[], actors: readonly Mention[], t: number): Mention[] {
  const before = actors.filter(
    (m) =>
      m.end <= t &&
      !tokens[m.start]?.inQuote &&
      !afterLocative(tokens, m) &&
      (!afterPreposition(tokens, m) || m.rule === 'pattern:both-sides'),
  );
  const nearest = before.at(-1);
  if (nearest === undefined) return [];
  if (tokens.slice(nearest.end, t).some((x) => BREAKS.has(x.value))) return [];
  const between = tokens.slice(nearest.end, t);
  if (between.some((x) => PRONOUNS.has(x.value.toLowerCase()) && x.pos === 'PRON')) {
    const first = before.find((m) => m.kind === 'person');
    return first ? [first] : [];
  }
  const group = [nearest];
  for (let k = before.length - 2; k >= 0; k--) {
    const m = before[k] as Mention;
    const gap = tokens.slice(m.end, (group[0] as Mention).start).map((x) => x.value);
    if (m.start === (group[0] as Mention).start) group.unshift(m);
    else if (gap.length === 1 && (gap[0] === 'and' || gap[0] === ',')) group.unshift(m);
    else if (gap.length === 2 && gap[0] === ',' && gap[1] === 'and') group.unshift(m);
    else break;
  }
  return group;
}

/** "in Kuala Lumpur", "at the White House": a place where something happens, not a party to it. */
function afterLocative(tokens: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && ['DET', 'ADJ'].includes((tokens[k] as Token).pos)) k--;
  // "in Busan, South Korea": the country after the city is the place too
  if (tokens[k]?.value === ',' && (m.kind === 'country' || m.kind === 'place')) {
    let j = k - 1;
    while (j >= 0 && (tokens[j] as Token).pos === 'PROPN') j--;
    if (j < k - 1 && ['in', 'at'].includes(tokens[j]?.value.toLowerCase() ?? '')) return true;
  }
  const previous = tokens[k]?.value.toLowerCase();
  return previous === 'in' || previous === 'at';
}

function actorsAfter(
  tokens: readonly Token[],
  pool: readonly Mention[],
  t: number,
  max: number,
  reach = 14,
  commas = true,
): Mention[] {
  const out: Mention[] = [];
  for (const m of pool) {
    if (m.start <= t || m.start > t + reach) continue;
    const gap = tokens.slice(t + 1, m.start);
    const lastComma = gap.map((x) => x.value).lastIndexOf(',');
    const listed = gap.slice(lastComma + 1).some((x) => LISTING.has(x.value.toLowerCase()));
    if (gap.some((x) => BREAKS.has(x.value)) || (!commas && lastComma >= 0 && !listed)) break;
    if (out.some((o) => o.id === m.id) || afterLocative(tokens, m)) continue;
    out.push(m);
    if (out.length >= max) break;
  }
  return out;
}

const PREPOSITIONS = new Set([
  'to',
  'with',
  'by',
  'from',
  'for',
  'at',
  'on',
  'in',
  'of',
  'against',
  'about',
  'into',
  'toward',
  'towards',
  'among',
  'between',
  'without',
  'under',
  'over',
  'through',
  'amid',
  'within',
  'like',
]);
const STATEMENT_GAP = new Set(['that', 'to', 'of', 'about', 'on', 'the', 'on', 'how', 'why']);
const LISTING = new Set(['including', 'notably', 'particularly', 'especially', 'such']);
const MEMBERSHIP = new Set(['coalition', 'bloc', 'alliance', 'group', 'grouping', 'club', 'union']);

const SIDES =
  /^((both|two) (sides|countries|nations|governments|parties|superpowers|economies)|the sides)$/;

/** "both sides", "the two countries": the article's two main countries, as a pair of actors. */
function bothSides(tokens: readonly Token[], sides: readonly [string, string]): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((token, k) => {
    const next = tokens[k + 1];
    if (
      next === undefined ||
      !SIDES.test(`${token.value.toLowerCase()} ${next.value.toLowerCase()}`)
    )
      return;
    for (const id of sides)
      out.push({
        start: k,
        end: k + 2,
        id,
        kind: 'country',
        text: `${token.value} ${next.value}`,
        adjectival: false,
        known: true,
        confidence: 0.6,
        rule: 'pattern:both-sides',
      });
  });
  return out;
}

/** Reads the interactions of one sentence from its mentions. */
export function readInteractions(
  sentence: TaggedSentence,
  found: readonly Mention[],
  sides: readonly [string, string] | null = null,
  previousCall: readonly Mention[] = [],
): Interaction[] {
  const tokens = sentence.tokens;
  const mentions = sides
    ? [...found, ...bothSides(tokens, sides)].sort((a, b) => a.start - b.start)
    : [...found];
  const actors = mentions.filter(isActor);
  if (mentions.length < 2) return [];
  const out: Interaction[] = [];
  // "the coalition of Britain, Canada and the US": members of the organisation named before.
  tokens.forEach((token, k) => {
    if (!MEMBERSHIP.has(token.lemma) || tokens[k + 1]?.value !== 'of') return;
    const org = [...mentions].reverse().find((m) => m.end <= k && m.kind === 'organization');
    if (!org) return;
    let last = k + 1;
    for (const m of mentions) {
      if (m.start <= last || m.kind !== 'country') continue;
      const gap = tokens.slice(last + 1, m.start).map((x) => x.value);
      if (last !== k + 1 && !gap.every((v) => [',', 'and', 'the'].includes(v))) break;
      if (last === k + 1 && !gap.every((v) => v === 'the')) break;
      out.push({
        kind: 'member-of',
        source: m,
        target: org,
        directed: true,
        label: 'is a member of',
        confidence: 0.6,
        rule: 'pattern:member-of',
        trigger: k,
      });
      last = m.end - 1;
    }
  });
  // "Washington will be represented by A and B, and C": each acts for the country
  tokens.forEach((token, k) => {
    if (token.lemma !== 'represent' || tokens[k + 1]?.value !== 'by') return;
    const side = actorsBefore(tokens, actors, k).find(
      (m) => m.kind === 'country' || m.kind === 'organization',
    );
    if (!side) return;
    for (const m of actors) {
      if (m.start <= k + 1 || m.kind !== 'person') continue;
      if (tokens.slice(k + 2, m.start).some((x) => BREAKS.has(x.value))) break;
      out.push({
        kind: 'represents',
        source: m,
        target: side,
        directed: true,
        label: 'represents',
        confidence: Math.min(0.7, m.confidence),
        rule: 'pattern:represented-by',
        trigger: k,
      });
    }
  });
  const push = (trigger: Trigger, a: Mention, b: Mention, confidence: number) => {
    if (a.id === b.id) return;
    const symmetric = SYMMETRIC.has(trigger.kind);
    let tone = TONE_OF[trigger.kind];
    if (trigger.kind === 'statement' && NEGATIVE.test(sentence.text)) tone = 'verbal-conflict';
    if (trigger.kind === 'planned-meeting' && /cancel/.test(trigger.label))
      tone = 'verbal-conflict';
    out.push({
      kind: trigger.kind,
      source: a,
      target: b,
      directed: !symmetric,
      label:
        trigger.label.endsWith(' with') || !symmetric || trigger.kind === 'meeting'
          ? trigger.label
          : `${trigger.label} with`,
      ...(tone ? { tone } : {}),
      confidence: Math.min(1, confidence * Math.min(a.confidence, b.confidence) + 0.1),
      rule: trigger.rule,
      trigger: trigger.t,
    });
  };

  // Parties of an event the graph knows: "the US-China trade war" (names compounded with the
  // event's name), or "both sides … the Geneva talks".
  for (const event of mentions.filter((m) => m.kind === 'event' && !m.adjectival)) {
    const parties: Mention[] = mentions.filter(
      (m) => m.kind === 'country' && m.start >= event.start && m.end < event.end,
    );
    let k = event.start;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i] as Mention;
      if (m.end > k || m.kind !== 'country') continue;
      const gap = tokens.slice(m.end, k).map((x) => x.value);
      if (!gap.every((v) => ['-', '–'].includes(v))) break;
      parties.push(m);
      k = m.start;
    }
    if (parties.length === 0)
      parties.push(
        ...mentions.filter((m) => m.rule === 'pattern:both-sides' && m.end <= event.start + 12),
      );
    for (const party of parties)
      out.push({
        kind: 'participant',
        source: party,
        target: event,
        directed: true,
        label: 'is a party to',
        confidence: 0.5,
        rule: 'pattern:participant',
        trigger: event.start,
      });
  }
  for (const trigger of findTriggers(tokens)) {
    const { t, kind } = trigger;
    if (SYMMETRIC.has(kind)) {
      const next = tokens[t + 1]?.value;
      // "Trump–Xi meeting": two names joined by a dash just before the trigger.
      const compound = mentions.filter((m) => m.end <= t && m.end >= t - 3 && m.kind === 'person');
      if (
        compound.length >= 2 &&
        tokens
          .slice((compound.at(-2) as Mention).end, (compound.at(-1) as Mention).start)
          .every((x) => ['-', '–'].includes(x.value))
      ) {
        push(trigger, compound.at(-2) as Mention, compound.at(-1) as Mention, 0.7);
        continue;
      }
      if (next === 'between' || tokens[t + 2]?.value === 'between') {
        const pair = actorsAfter(tokens, actors, t, 2, 30, false);
        if (pair.length === 2) push(trigger, pair[0] as Mention, pair[1] as Mention, 0.9);
        continue;
      }
      const subjects = actorsBefore(tokens, actors, t);
      let objects: Mention[] = [];
      const verb = tokens[t]?.pos === 'VERB';
      if (
        next === 'with' ||
        tokens[t + 2]?.value === 'with' ||
        (verb && (kind === 'meeting' || kind === 'planned-meeting'))
      ) {
        objects = actorsAfter(tokens, actors, t, 2, 8);
        // "with Acme Corp Jane Doe": prefer the person right after an organisation.
        if (
          objects.length === 2 &&
          (objects[0] as Mention).kind === 'organization' &&
          (objects[1] as Mention).kind === 'person' &&
          (objects[1] as Mention).start === (objects[0] as Mention).end
        )
          objects = [objects[1] as Mention];
        else objects = objects.slice(0, 1);
      }
      if (subjects.length === 0 && objects.length === 1) {
        // "In a meeting with X on Thursday, Y said…": the subject follows the phrase.
        const after = actors.find(
          (m) =>
            m.start >= (objects[0] as Mention).end &&
            m.kind === 'person' &&
            tokens.slice((objects[0] as Mention).end, m.start).some((x) => x.value === ','),
        );
        if (after) subjects.push(after);
      }
      if (objects.length === 1) {
        for (const s of subjects) push(trigger, s, objects[0] as Mention, 0.85);
      } else if (subjects.length >= 2) {
        const group = subjects.slice(-3);
        for (let a = 0; a < group.length; a++)
          for (let b = a + 1; b < group.length; b++)
            push(trigger, group[a] as Mention, group[b] as Mention, a === 0 && b === 1 ? 0.8 : 0.6);
      } else if (subjects.length === 1 && kind === 'call' && previousCall.length > 0) {
        // "X also joined the call": the call the article just described.
        for (const other of previousCall) {
          if (other.id !== (subjects[0] as Mention).id)
            push(trigger, subjects[0] as Mention, other, 0.5);
        }
      }
      continue;
    }

    if (kind === 'statement') {
      // "a decision that warned…": the subject of a relative clause is not in view.
      if (['that', 'which'].includes(tokens[t - 1]?.value.toLowerCase() ?? '')) continue;
      // ", said Jane Doe": the speaker after the verb, what was said before it.
      const inverted = [',', '”', '"'].includes(tokens[t - 1]?.value ?? '');
      const speakerAfter = inverted
        ? mentions.find((m) => (m.start === t + 1 || m.start === t + 2) && isActor(m))
        : undefined;
      if (speakerAfter) {
        const said = actors
          .filter((m) => m.end <= t && m.id !== speakerAfter.id && m.rule !== 'pattern:both-sides')
          .slice(-2);
        for (const o of said) push(trigger, speakerAfter, o, 0.6);
        continue;
      }
      const subjects = actorsBefore(tokens, actors, t).filter(
        (m) => m.rule !== 'pattern:both-sides',
      );
      // "“…,” Trump posted": what was said is the quotation just before the speaker.
      const speaker = subjects.at(-1);
      if (speaker && ['”', '"'].includes(tokens[speaker.start - 1]?.value ?? '')) {
        const quoted = mentions.filter(
          (m) =>
            m.end <= speaker.start && tokens[m.start]?.inQuote && isActor(m) && m.id !== speaker.id,
        );
        for (const o of quoted.slice(0, 2)) push(trigger, speaker, o, 0.55);
        continue;
      }
      const audience =
        tokens[t]?.lemma === 'tell' ? mentions.find((m) => m.start === t + 1) : undefined;
      const topics = mentions.filter(
        (m) =>
          m.rule !== 'pattern:both-sides' &&
          !(audience && m === audience && m.kind !== 'person') &&
          !["'s", '’s'].includes(tokens[m.end]?.value ?? '') &&
          (isActor(m) || (!m.adjectival && (m.kind === 'event' || m.kind === 'topic'))),
      );
      // What the statement is about is what follows the verb at once ("said China…", "told
      // Trump", "praised the deal"), not any name further on in the sentence.
      const objects = actorsAfter(tokens, topics, t, 2, 25)
        .filter((o) => !subjects.some((s) => s.id === o.id))
        .filter((o) => {
          const gap = tokens.slice(t + 1, o.start);
          return (
            gap.length <= 3 &&
            gap.every(
              (x) => STATEMENT_GAP.has(x.value.toLowerCase()) || x.pos === 'DET' || x.pos === 'ADJ',
            )
          );
        })
        .slice(0, 1);
      for (const s of subjects.slice(-1)) for (const o of objects) push(trigger, s, o, 0.6);
      continue;
    }

    // "threats by the US": a passive agent, not a subject-object pair.
    if (tokens[t + 1]?.value === 'by') continue;
    const subjects = actorsBefore(tokens, actors, t)
      .filter((m) => m.rule !== 'pattern:both-sides')
      .slice(-1);
    if (subjects.length === 0) continue;
    const targetPool =
      kind === 'tariff' ||
      kind === 'tariff-cut' ||
      kind === 'tariff-threat' ||
      kind === 'export-control'
        ? mentions.filter(
            (m) => isActor(m) || m.adjectival || (m.kind === 'topic' && kind === 'export-control'),
          )
        : actors;
    let objects = actorsAfter(tokens, targetPool, t, 2, 16, false).filter(
      (o) => o.id !== (subjects[0] as Mention).id,
    );
    // "cut the U.S. tariff on Chinese goods": the target is what follows "on", not the owner
    const onTarget = objects.find((o) =>
      ['on', 'against'].includes(tokens[o.start - 1]?.value.toLowerCase() ?? ''),
    );
    if (onTarget && kind !== 'export-control') objects = [onTarget];
    const confidence = kind === 'criticism' || kind === 'demand' ? 0.75 : 0.7;
    for (const o of objects) push(trigger, subjects[0] as Mention, o, confidence);
  }
  return out;
}
