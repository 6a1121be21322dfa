// Actors named by description rather than by name: "the Icelandic side", "the Chinese
// government" (a demonym and a governing body: the country), "the country", "the country's
// foreign ministry" (the country last named as an actor), "the militant group", "the bloc" (the
// organisation last named), "the authority" (the one organisation named before whose name ends
// in that word), "It said" (the body the sentence before opened with). News names
// an actor once and then describes it; each description is resolved to the entity it stands
// for, with a lowered confidence, and only where one fits.
import type { TaggedSentence, Token } from './nlp';
import type { Mention } from './types';

/** Bodies, and the people they send, that act for a country or an organisation: "the Chinese
 * side", "the country's foreign ministry", "the bloc's top officials". */
const GOVERNING = new Set([
  'side',
  'government',
  'authorities',
  'delegation',
  'military',
  'army',
  'navy',
  'leadership',
  'administration',
  'ministry',
  'cabinet',
  'regime',
  'forces',
  'troops',
  // the people a body sends: "the bloc's top officials", "the Icelandic negotiators"
  'officials',
  'negotiators',
  'envoys',
  'diplomats',
  'delegates',
  'representatives',
  'leaders',
]);
const COUNTRY_NOUNS = new Set(['country', 'nation', 'kingdom', 'republic']);
/** What an organisation is called after it is named: "the militant group", "the bloc". */
const ORGANISATION_NOUNS = new Set([
  'group',
  'movement',
  'militia',
  'organisation',
  'organization',
  'bloc',
  'alliance',
  'faction',
  'union',
]);

/** The people of an armed group or a movement, who stand for it once it is named: "the
 * militants", "the rebels". */
const MEMBER_NOUNS = new Set([
  'militants',
  'rebels',
  'insurgents',
  'fighters',
  'gunmen',
  'guerrillas',
  'guerillas',
  'jihadists',
  'separatists',
  'militiamen',
]);
/** Prepositions whose object is a party to the deed: "strikes on the rebels", "a war against
 * the movement" ("with the group" is left out: the group of talks is too often another). */
const PARTY_PREPOSITIONS = new Set(['against', 'on', 'to', 'from']);

/** The actors the article has named so far, most recent first by kind. */
export type DescribedMemory = {
  country: Mention | null;
  organization: Mention | null;
  /** The previous sentence's first actor, when a country or an organisation: what "It" is. */
  subject?: Mention | null;
  /** Every organisation named so far, the most recently named last. */
  organizations?: Mention[];
};

/** "the authority", "the Commission": the one organisation named before whose name ends in
 * that word ("the Maltese Competition Authority"); none when two different ones do. */
function namedByHead(memory: DescribedMemory, word: string): Mention | undefined {
  const matches = (memory.organizations ?? []).filter(
    (m) => m.text.split(' ').at(-1)?.toLowerCase() === word && m.text.includes(' '),
  );
  const ids = new Set(matches.map((m) => m.id));
  return ids.size === 1 ? matches.at(-1) : undefined;
}

const lower = (token: Token | undefined) => token?.value.toLowerCase() ?? '';
const isPossessive = (token: Token | undefined) => ["'s", '’s'].includes(lower(token));
const modifier = (token: Token | undefined) =>
  token !== undefined && ['ADJ', 'NOUN'].includes(token.pos) && /^\p{Ll}/u.test(token.value);

/** The index just past a governing body's head ("foreign ministry"), or -1 when none follows. */
function governingEnd(tokens: readonly Token[], from: number): number {
  for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
    if (GOVERNING.has(lower(tokens[j])) && !isPossessive(tokens[j + 1])) return j + 1;
    if (!modifier(tokens[j])) return -1;
  }
  return -1;
}

/** Where a description standing for `id` ends: "the country" alone or with its governing body. */
function describedEnd(tokens: readonly Token[], head: number): number {
  const next = tokens[head + 1];
  if (isPossessive(next)) return governingEnd(tokens, head + 2);
  // "the country's economy" is no actor, nor is "the country music"
  return modifier(next) ? -1 : head + 1;
}

/** Words after which a clause, and its subject, begin. */
const CLAUSE_OPENERS = new Set(
  [',', ';', 'and', 'but', 'that', 'while', '—', '“', '"'].concat([
    'after',
    'before',
    'when',
    'as',
    'since',
    'until',
    'once',
  ]),
);

/** Whether the words [start, end) are a clause's subject or its verb's object: at the clause's
 * opening and followed by its verb ("The militant group later threatened …", "…, the country's
 * ministry said"), or straight after a verb ("threatened the bloc with tariffs"). */
function isArgument(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.pos === 'VERB' || PARTY_PREPOSITIONS.has(lower(tokens[start - 1])))
    return true;
  const before = lower(tokens[start - 1]);
  const opens = start === 0 || CLAUSE_OPENERS.has(before);
  let verb = end;
  while (tokens[verb]?.pos === 'ADV') verb++;
  return opens && ['VERB', 'AUX'].includes(tokens[verb]?.pos ?? '');
}

/** Whether "It" opening the sentence is the subject of a verb of its own: past adverbs and
 * auxiliaries ("It also imposed", "It has rejected"), not a form of "be" (an empty "it"). */
function itsVerb(tokens: readonly Token[]): boolean {
  let k = 1;
  while (['ADV', 'AUX'].includes(tokens[k]?.pos ?? '') && tokens[k]?.lemma !== 'be') k++;
  return tokens[k]?.pos === 'VERB' && k <= 3;
}

/** Where "the Gulf state", "the South American nation", "the oil-rich kingdom" ends after the
 * "the" at `k` (a country's epithet: words that describe it, then a noun for a country; "state"
 * only as a head, not in "the Gulf state media"), or -1. */
function epithetEnd(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  const describing = (x: Token | undefined) =>
    x !== undefined && (['ADJ', 'PROPN'].includes(x.pos) || x.value === '-');
  while (j < k + 4 && describing(tokens[j])) j++;
  if (j === k + 1) return -1;
  const noun = lower(tokens[j]);
  const next = tokens[j + 1]?.pos ?? '';
  const head = COUNTRY_NOUNS.has(noun) || (noun === 'state' && !['NOUN', 'PROPN'].includes(next));
  return head ? j + 1 : -1;
}

/** Mentions the sentence makes by description, resolved against what was named before. */
export function describedActors(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  memory: DescribedMemory,
): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  const covered = (k: number) => mentions.some((m) => !m.adjectival && m.start <= k && k < m.end);
  const add = (of: Mention, start: number, end: number, rule: string) => {
    if (end > 0 && isArgument(tokens, start, end)) out.push(make(of, start, end, rule));
  };
  const make = (of: Mention, start: number, end: number, rule: string): Mention => ({
    start,
    end,
    id: of.id,
    kind: of.kind,
    text: sentence.text.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end),
    adjectival: false,
    known: of.known,
    confidence: 0.55,
    rule,
  });
  // "It said …", "It also rejected …", "It has imposed …": the body the sentence before opened
  // with ("It is believed …", "It was reported …" are about nobody)
  if (tokens[0]?.value === 'It' && itsVerb(tokens) && memory.subject && !covered(0))
    out.push(make(memory.subject, 0, 1, 'describe:it'));
  // "Austrian officials intervened", "…, Qatari negotiators said": a demonym and the people a
  // country sends, with no article, as a clause's subject or object
  for (const demonym of mentions)
    if (
      demonym.adjectival &&
      demonym.kind === 'country' &&
      lower(tokens[demonym.start - 1]) !== 'the'
    ) {
      // "a Sudanese delegation": the article opens the description
      const start = ['a', 'an'].includes(lower(tokens[demonym.start - 1]))
        ? demonym.start - 1
        : demonym.start;
      add(demonym, start, governingEnd(tokens, demonym.end), 'describe:country-people');
    }
  tokens.forEach((token, k) => {
    if (lower(token) !== 'the' || covered(k + 1)) return;
    // "the Icelandic side", "the Chinese foreign ministry"
    const demonym = mentions.find((m) => m.adjectival && m.kind === 'country' && m.start === k + 1);
    const body = demonym ? governingEnd(tokens, demonym.end) : -1;
    if (demonym && body > 0) {
      add(demonym, k, body, 'describe:country-body');
      return;
    }
    // "the country", "the country's foreign ministry"
    if (COUNTRY_NOUNS.has(lower(tokens[k + 1])) && memory.country) {
      add(memory.country, k, describedEnd(tokens, k + 1), 'describe:country');
      return;
    }
    // "the Gulf state", "the South American country", "the oil-rich kingdom": an epithet
    const epithet = epithetEnd(tokens, k);
    if (
      !demonym &&
      epithet > 0 &&
      memory.country &&
      !mentions.some((m) => m.start > k && m.start < epithet)
    ) {
      add(memory.country, k, describedEnd(tokens, epithet - 1), 'describe:country');
      return;
    }
    // "the militant group", "the bloc", "the Palestinian group"
    let head = demonym ? demonym.end : k + 1;
    const headNoun = (x: Token | undefined) =>
      ORGANISATION_NOUNS.has(lower(x)) || MEMBER_NOUNS.has(lower(x));
    while (head < k + 3 && modifier(tokens[head]) && !headNoun(tokens[head])) head++;
    // "the rebels", "the armed militants": the group named before, by its people
    // ("The Red Dawn spokesman said the fighters …": the group of the same sentence first)
    const group =
      mentions.findLast((m) => m.kind === 'organization' && !m.adjectival && m.end <= k) ??
      memory.organization;
    if (MEMBER_NOUNS.has(lower(tokens[head])) && group) {
      add(group, k, head + 1, 'describe:members');
      return;
    }
    if (ORGANISATION_NOUNS.has(lower(tokens[head])) && memory.organization) {
      add(memory.organization, k, describedEnd(tokens, head), 'describe:organization');
      return;
    }
    const named = namedByHead(memory, lower(tokens[k + 1]));
    if (named) add(named, k, describedEnd(tokens, k + 1), 'describe:head-noun');
  });
  return out;
}

/** The sentence's first actor of each kind becomes what a later description stands for. */
export function rememberDescribed(memory: DescribedMemory, mentions: readonly Mention[]): void {
  const first = (kind: Mention['kind']) =>
    [...mentions].sort((a, b) => a.start - b.start).find((m) => m.kind === kind && !m.adjectival);
  const actor = [...mentions]
    .sort((a, b) => a.start - b.start)
    .find((m) => !m.adjectival && ['person', 'country', 'organization'].includes(m.kind));
  memory.subject = actor && actor.kind !== 'person' ? actor : null;
  memory.country = first('country') ?? memory.country;
  memory.organization = first('organization') ?? memory.organization;
  const named = mentions.filter((m) => m.kind === 'organization' && !m.adjectival);
  memory.organizations = [
    ...(memory.organizations ?? []).filter((m) => !named.some((n) => n.id === m.id)),
    ...named,
  ];
}
