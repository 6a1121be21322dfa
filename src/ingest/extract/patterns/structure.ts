// Interactions a sentence states by its structure rather than by a trigger verb: members listed
// after "the coalition of", the people "X will be represented by" or acting "on behalf of" a
// side, and the parties compounded into a known event's name ("the US-China trade war").
import { listDashAfter, listedMembers } from '../group-list';
import type { Token } from '../nlp';
import type { Interaction, Mention } from '../types';
import { actorsBefore, BREAKS, MEMBERSHIP } from './actors';

/** "the coalition of Britain, Canada and the US": members of the organisation named before. */
export function readMembership(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Interaction[] {
  const out: Interaction[] = [];
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
      out.push(memberOf(m, org, k));
      last = m.end - 1;
    }
  });
  return out;
}

/** Nouns of membership between a body's name and a member's: "NATO member Turkey", "fellow EU
 * member Ireland", "NATO ally Poland". */
const MEMBER_NOUNS = new Set(['member', 'ally', 'state']);

/** "NATO member Turkey", "EU member state Ireland", "NATO ally Poland": the country named right
 * after a body's name and a noun of membership is its member. */
export function readMemberApposition(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Interaction[] {
  return mentions.flatMap((org) => {
    if (org.kind !== 'organization') return [];
    let k = org.end;
    while (MEMBER_NOUNS.has(tokens[k]?.value.toLowerCase() ?? '') && k < org.end + 2) k++;
    if (k === org.end) return [];
    const country = mentions.find((m) => m.start === k && m.kind === 'country' && !m.adjectival);
    return country ? [memberOf(country, org, org.end)] : [];
  });
}

/** Country `m` as a member of `org`, read at token `trigger`. */
function memberOf(m: Mention, org: Mention, trigger: number): Interaction {
  return {
    kind: 'member-of',
    source: m,
    target: org,
    directed: true,
    label: 'is a member of',
    confidence: 0.6,
    rule: 'pattern:member-of',
    trigger,
    // a standing state, no deed of the day the sentence tells
    undated: true,
  };
}

/** "the “Lighthouse Group” — Norway, Chile, Ghana and the Philippines": each country listed after
 * a group's name and a dash is a member of the group. */
export function readListedMembers(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Interaction[] {
  const countries = mentions.filter((m) => m.kind === 'country' && !m.adjectival);
  return mentions
    .filter((m) => m.kind === 'organization')
    .flatMap((org) => {
      const dash = listDashAfter(tokens, org.end);
      if (dash < 0) return [];
      return listedMembers(tokens, dash, countries).map((m) => memberOf(m, org, dash));
    });
}

/** Verbs whose object lists a body's members ("the Quad comprises …"), and those that do so
 * with "of" after them ("is made up of", "consists of", "is composed of"). */
const COMPRISING = new Set(['comprise', 'include', 'group']);
const COMPOSED_OF = new Set(['made', 'consists', 'consist', 'composed', 'comprised']);

/** "The Andean Group comprises Peru, Chile and Bolivia", "the bloc, made up of Peru and Chile":
 * each country the body's verb of composition lists is its member. */
export function readComposedOf(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Interaction[] {
  const countries = mentions.filter((m) => m.kind === 'country' && !m.adjectival);
  return tokens.flatMap((token, k) => {
    const listing = token.pos === 'VERB' && COMPRISING.has(token.lemma);
    // ("made up of": the particle before "of")
    const ofAt = low(tokens[k + 1]) === 'up' ? k + 2 : k + 1;
    const of = COMPOSED_OF.has(token.value.toLowerCase()) && low(tokens[ofAt]) === 'of';
    if (!listing && !of) return [];
    // the body just before the verb, past its auxiliary or a comma ("the Quad, made up of")
    const body = mentions.findLast((m) => m.end <= k && m.kind === 'organization');
    const between = body ? tokens.slice(body.end, k) : [];
    if (!body || between.length > 2 || !between.every((x) => /^(AUX|ADV|PUNCT)$/.test(x.pos)))
      return [];
    if (between.some((x) => x.pos === 'PUNCT' && x.value !== ',')) return [];
    const from = of ? ofAt : k;
    return listedMembers(tokens, from, countries).map((m) => memberOf(m, body, k));
  });
}
const low = (x: Token | undefined) => x?.value.toLowerCase() ?? '';

/** "Ottawa will be represented by A and B, and C": each acts for the country. */
export function readRepresentedBy(
  tokens: readonly Token[],
  actors: readonly Mention[],
): Interaction[] {
  const out: Interaction[] = [];
  tokens.forEach((token, k) => {
    if (token.lemma !== 'represent' || tokens[k + 1]?.value !== 'by') return;
    const side = actorsBefore(tokens, actors, k).find(
      (m) => m.kind === 'country' || m.kind === 'organization',
    );
    if (!side) return;
    for (const m of actors) {
      if (m.start <= k + 1 || m.kind !== 'person') continue;
      if (tokens.slice(k + 2, m.start).some((x) => BREAKS.has(x.value))) break;
      // "represented by A, son of the late founder B": B is named in A's apposition
      const comma = tokens.slice(k + 2, m.start).findLastIndex((x) => x.value === ',');
      const after = tokens[k + 2 + comma + 1]?.value ?? '';
      if (comma >= 0 && /^\p{Ll}/u.test(after) && after !== 'and') continue;
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
  return out;
}

/** Words between "on behalf of" and the side it names: "the government of", "the people of". */
const BEHALF_GAP = new Set(['the', 'government', 'governments', 'people', 'state', 'of']);

/** "Jo Roe signed on behalf of the government of Malta", "Jo Roe, on behalf of the Nordic
 * Council, read…": the person before the phrase acts for the country or body after it. */
export function readOnBehalfOf(
  tokens: readonly Token[],
  actors: readonly Mention[],
): Interaction[] {
  const out: Interaction[] = [];
  tokens.forEach((token, k) => {
    const phrase = tokens.slice(k, k + 3).map((x) => x.value.toLowerCase());
    if (phrase.join(' ') !== 'on behalf of') return;
    const side = actors.find((m) => m.start >= k + 3);
    if (!side || (side.kind !== 'country' && side.kind !== 'organization')) return;
    const gap = tokens.slice(k + 3, side.start);
    if (!gap.every((x) => BEHALF_GAP.has(x.value.toLowerCase()))) return;
    const person = actorsBefore(tokens, actors, k).at(-1);
    if (person?.kind !== 'person') return;
    out.push({
      kind: 'represents',
      source: person,
      target: side,
      directed: true,
      label: 'represents',
      confidence: Math.min(0.6, person.confidence),
      rule: 'pattern:on-behalf-of',
      trigger: k,
    });
  });
  return out;
}

/** Parties of an event the graph knows: "the US-China trade war" (names compounded with the
 * event's name), or "both sides … the Geneva talks". */
export function readEventParties(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Interaction[] {
  const out: Interaction[] = [];
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
  return out;
}
