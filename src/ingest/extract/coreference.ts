// Coreference across an article's sentences: "he"/"she" opening a sentence or saying a quote
// stands for the one person its paragraph has named (or the article, when the paragraph names
// nobody); "the treasury chief", "the vice-premier", "his Chinese counterpart" for the last
// compatible person named before (a person, with a matching role for a title). Every such
// mention carries a lowered confidence, and an ambiguous one (two people fit) is left unresolved.
import type { Entity } from '../../data/schema';
import { COUNTRIES } from './gazetteer';
import { nameKey } from './ids';
import { knownPerson } from './known-ties';
import type { TaggedSentence, Token } from './nlp';
import type { Fact, Mention } from './types';

const PRONOUNS = new Set(['he', 'she']);
/** Head words of the role nouns an article refers back with. */
const ROLE_HEADS = new Set([
  'chief',
  'secretary',
  'premier',
  'vice-premier',
  'minister',
  'president',
  'representative',
  'envoy',
  'negotiator',
  'counterpart',
  'chancellor',
  'emir',
  'king',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/** Who "he" or "she" is: the one person named so far in the paragraph, else, when the
 * paragraph names nobody, the one person named so far in the article; when two fit, the person
 * who was the subject of the sentence just before ("Oak met Ruiz on Monday. He also called
 * Vale": Oak); nobody when that sentence had no person for its subject. */
function pronounPerson(
  recent: CoreferenceHistory,
  paragraph: number,
  sentence: number,
): Mention | undefined {
  const here = recent.filter((h) => h.paragraph === paragraph);
  const pool = here.length > 0 ? here : recent;
  if (new Set(pool.map((h) => h.person.id)).size === 1) return pool[0]?.person;
  return recent.find((h) => h.subjectIn === sentence - 1)?.person;
}

/** What closes a quote or an aside before "he said". */
const AFTER_QUOTE = new Set([',', '”', '"', '’', "'", '—', '–']);
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'warn', 'note', 'write', 'insist', 'stress']);

/** A verb of saying ("said", "told", "added"). */
const speaks = (token: Token | undefined) =>
  token !== undefined && token.pos === 'VERB' && SPEECH_VERBS.has(token.lemma);

/** The person named right before the verb of saying at `verb` (an adverb between at most). */
function speakerBefore(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  verb: number,
): Mention | undefined {
  const end = tokens[verb - 1]?.pos === 'ADV' ? verb - 1 : verb;
  return mentions.find((m) => m.kind === 'person' && m.end === end);
}

/** What the article has said so far: the people it named, in order, with the words naming them
 * and whether a title gave them a country. */
export type CoreferenceHistory = {
  person: Mention;
  words: string;
  paragraph: number;
  placed?: boolean;
  /** The sentence this person was last the subject of (named before its first verb). */
  subjectIn?: number;
}[];

/** The rule of a role named with a country's adjective that resolves to a person whose country
 * no title gave ("the Maltese minister"): the person acts for that country. */
export const OFFICE_HOLDER = 'coref:office-holder';

/** Each country's label and names, as name keys, by label ("united states us usa america"). */
const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  COUNTRIES.map((c) => [c.label, [c.label, ...c.names].map(nameKey).join(' ')]),
);

function roleWords(entity: Entity | undefined): string {
  return nameKey((entity?.roles ?? []).map((r) => r.title).join(' '));
}

/** Mentions the sentence makes by pronoun or role noun, resolved against the history. */
export function resolveCoreference(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  history: CoreferenceHistory,
  entityOf: (id: string) => Entity | undefined,
  paragraph = 0,
  index = 0,
): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  const covered = (k: number) => mentions.some((m) => m.start <= k && k < m.end);
  const recent = [...history].reverse();
  const make = (person: Mention, start: number, end: number, confidence: number): Mention => ({
    start,
    end,
    id: person.id,
    kind: 'person',
    text: sentence.text.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end),
    adjectival: false,
    known: person.known,
    confidence,
    rule: 'coref:pronoun',
  });
  // "He said …" at the start of a sentence: the last person named (less sure when another
  // person was named too)
  // "He said …" at the start of a sentence, or "…,” he said" / "Malta, she added," after a
  // quote or a comma: the last person named (less sure when another person was named too)
  tokens.forEach((token, k) => {
    if (!PRONOUNS.has(token.value.toLowerCase()) || token.pos !== 'PRON' || covered(k)) return;
    // "Jo Roe said he voiced …", "Roe also told reporters she …": the speaker just named
    const speaker = speaks(tokens[k - 1]) ? speakerBefore(tokens, mentions, k - 1) : undefined;
    if (speaker) {
      out.push(make(speaker, k, k + 1, 0.6));
      return;
    }
    if (k > 0 && !(AFTER_QUOTE.has(tokens[k - 1]?.value ?? '') && speaks(tokens[k + 1]))) return;
    const person = pronounPerson(recent, paragraph, index);
    if (person) out.push(make(person, k, k + 1, 0.6));
  });
  // "the treasury chief", "the vice-premier", "his Chinese counterpart"
  const scope: RoleScope = { tokens, mentions, recent, entityOf, covered, make, index };
  tokens.forEach((_token, k) => {
    const role = roleReference(scope, k);
    if (role) out.push(role);
  });
  return out;
}

type RoleScope = {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  recent: CoreferenceHistory;
  entityOf: (id: string) => Entity | undefined;
  covered: (k: number) => boolean;
  make: (person: Mention, start: number, end: number, confidence: number) => Mention;
  /** The sentence's index in the article. */
  index: number;
};

/** The person (or the country acting through its office) the role noun at `k` stands for: "the
 * treasury chief", "the vice-premier", "his Chinese counterpart"; undefined when none. */
function roleReference(scope: RoleScope, k: number): Mention | undefined {
  const { tokens, mentions, recent, entityOf, covered, make } = scope;
  const head = (tokens[k] as Token).value.toLowerCase();
  if (head === 'leader') {
    const leader = countryLeader(tokens, mentions, recent, k);
    return leader && { ...make(leader.person, leader.start, k + 1, 0.5), rule: 'coref:role' };
  }
  if (!ROLE_HEADS.has(head) || covered(k)) return undefined;
  let s = k - 1;
  // "the Japanese … minister": a country's adjective may stand among the role's words
  const adjectival = (j: number) => mentions.some((m) => m.adjectival && m.start <= j && j < m.end);
  while (
    s >= 0 &&
    ['ADJ', 'NOUN', 'PROPN'].includes((tokens[s] as Token).pos) &&
    (!covered(s) || adjectival(s))
  )
    s--;
  const det = tokens[s]?.value.toLowerCase();
  if (/^\p{Lu}/u.test(tokens[k + 1]?.value ?? '')) return undefined; // "the Trade Minister Ana Ruiz"
  // "his Danish counterpart, Mads Krogh,": the name set off after it says who
  const named = (m: Mention) => m.kind === 'person' && m.start === k + 2;
  if (tokens[k + 1]?.value === ',' && mentions.some(named)) return undefined;
  // ("the US president": a country's short name is a word of the role too)
  const words = tokens
    .slice(s + 1, k + 1)
    .filter((x) => x.value.length > 2 || /^\p{Lu}{2}$/u.test(x.value))
    .map((x) => nameKey(x.value));
  const knows = (h: CoreferenceHistory[number], needed: readonly string[]) => {
    const entity = entityOf(h.person.id);
    // (a person known to act for a country answers to its names: "the US president", Trump)
    const side = entity ? knownPerson(entity)?.side : undefined;
    const known = `${h.words} ${roleWords(entity)} ${side ? (COUNTRY_NAMES.get(side) ?? nameKey(side)) : ''}`;
    return needed.every((w) => known.includes(w));
  };
  if (det === "'s" || det === '’s') {
    const owned = ownedRole(mentions, s, recent, (h) => knows(h, words));
    return owned && { ...make(owned.person, owned.start, k + 1, 0.5), rule: 'coref:role' };
  }
  if (det !== 'the' && det !== 'his' && det !== 'her') return undefined;
  let fits = recent.filter((h) => head === 'counterpart' || knows(h, words));
  // "the Japanese economic revitalization minister", of the Japanese trade negotiator named
  // before: a role worded anew still names the person's country, and one person fits it
  const demonyms = tokens
    .slice(s + 1, k)
    .filter((x) => /^\p{Lu}/u.test(x.value))
    .map((x) => nameKey(x.value));
  if (fits.length === 0 && demonyms.length > 0) {
    const byCountry = recent.filter((h) => knows(h, demonyms));
    if (new Set(byCountry.map((h) => h.person.id)).size === 1) fits = byCountry;
  }
  // "his counterpart": the other side of the last person named; of two who fit, the subject
  // of the sentence just before
  const subject = fits.find((h) => h.subjectIn === scope.index - 1);
  const pick = head === 'counterpart' ? fits[1] : (subject ?? fits[0]);
  if (!pick) {
    // "the Maltese prime minister", nobody named so before: the country acts through its office
    const office = officeCountry(mentions, s + 1, k, det, head);
    if (!office) return undefined;
    // …unless one person named before holds the role and no title gave them a country: "Trade
    // Minister Jon Dahl … the Maltese minister" is Dahl, acting for Malta
    const role = words.filter((w) => !demonyms.includes(w));
    // "President Donald Trump … the South African president": one known to hold office for
    // another country is not the one meant
    const elsewhere = (h: CoreferenceHistory[number]) => {
      const entity = entityOf(h.person.id);
      const side = entity ? knownPerson(entity)?.side : undefined;
      return side !== undefined && side !== entityOf(office.id)?.label;
    };
    const holders = recent.filter(
      (h) => !h.placed && role.length > 0 && knows(h, role) && !elsewhere(h),
    );
    const holder = holders[0];
    if (holder && new Set(holders.map((h) => h.person.id)).size === 1)
      return { ...make(holder.person, s + 1, k + 1, 0.5), rule: OFFICE_HOLDER };
    return { ...make(office, s + 1, k + 1, 0.45), kind: 'country', rule: 'coref:office' };
  }
  const ambiguous = head !== 'counterpart' && fits.some((h) => h.person.id !== pick.person.id);
  return { ...make(pick.person, s + 1, k + 1, ambiguous ? 0.4 : 0.55), rule: 'coref:role' };
}

/** "The Chilean leader", read as Chile acting ("Chilean leader" is a country's actor noun), of
 * the one person named before whose words name Chile: that person, the country then only their
 * adjective; nobody when none or two fit. */
function countryLeader(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  recent: CoreferenceHistory,
  k: number,
): { person: Mention; start: number } | undefined {
  const country = mentions.find((m) => m.kind === 'country' && m.end === k);
  if (!country || tokens[country.start - 1]?.value.toLowerCase() !== 'the') return undefined;
  const key = nameKey(tokens[country.start]?.value ?? '');
  const fits = recent.filter((h) => h.words.includes(key));
  if (new Set(fits.map((h) => h.person.id)).size !== 1) return undefined;
  country.adjectival = true;
  return { person: (fits[0] as CoreferenceHistory[number]).person, start: country.start };
}

/** "Malta's prime minister", of the one person named before with that role who acts for Malta:
 * that person (the country then only modifies the role); nobody when none or two fit. */
function ownedRole(
  mentions: readonly Mention[],
  mark: number,
  recent: CoreferenceHistory,
  holds: (h: CoreferenceHistory[number]) => boolean,
): { person: Mention; start: number } | undefined {
  const country = mentions.find((m) => m.kind === 'country' && m.end === mark);
  if (!country) return undefined;
  const key = nameKey(country.text);
  const fits = recent.filter((h) => holds(h) && h.words.includes(key));
  if (new Set(fits.map((h) => h.person.id)).size !== 1) return undefined;
  country.adjectival = true;
  return { person: (fits[0] as CoreferenceHistory[number]).person, start: country.start };
}

/** The country whose adjective stands among the words of a role held by one person ("the
 * Maltese prime minister", not "his Maltese counterpart" nor "a Maltese envoy"). */
function officeCountry(
  mentions: readonly Mention[],
  from: number,
  head: number,
  det: string,
  headWord: string,
): Mention | undefined {
  if (det !== 'the' || headWord === 'counterpart' || headWord === 'negotiator') return undefined;
  const countries = mentions.filter(
    (m) => m.kind === 'country' && m.adjectival && m.start >= from && m.end <= head,
  );
  return countries.length === 1 ? countries[0] : undefined;
}

/** Adds the sentence's people to the history, with the one its subject names: the first
 * person named before the sentence's first verb, or the speaker of its quotation (the sentence
 * at `index`, counting all). */
export function remember(
  history: CoreferenceHistory,
  mentions: readonly Mention[],
  paragraph = 0,
  sentence?: { tokens: readonly Token[]; index: number },
): void {
  const tokens = sentence?.tokens ?? [];
  const verb = tokens.findIndex((x) => x.pos === 'VERB');
  const people = mentions.filter((m) => m.kind === 'person' && !m.adjectival);
  // ("“We will not …,” Oak told reporters", "…, said Oak": the speaker of the quotation)
  const subject =
    people.find((m) => m.end <= verb) ??
    people.find(
      (m) =>
        (AFTER_QUOTE.has(tokens[m.start - 1]?.value ?? '') && speaks(tokens[m.end])) ||
        (speaks(tokens[m.start - 1]) && AFTER_QUOTE.has(tokens[m.start - 2]?.value ?? '')),
    );
  for (const m of mentions)
    if (m.kind === 'person' && !m.adjectival) {
      const at = history.findIndex((h) => h.person.id === m.id);
      const before = history[at];
      const words = nameKey(`${before?.words ?? ''} ${m.text}`);
      if (at >= 0) history.splice(at, 1);
      const subjectIn = m === subject ? sentence?.index : before?.subjectIn;
      history.push({
        person: m,
        words,
        paragraph,
        ...(before?.placed ? { placed: true } : {}),
        ...(subjectIn === undefined ? {} : { subjectIn }),
      });
    }
}

/** Adds to a person's words the country a title gave them ("Japanese trade negotiator …" →
 * "japan japanese"), so that "the Japanese minister" finds them later. */
export function rememberCountry(
  history: CoreferenceHistory,
  personId: string,
  words: string,
): void {
  const entry = history.find((h) => h.person.id === personId);
  if (!entry) return;
  entry.words = nameKey(`${entry.words} ${words}`);
  entry.placed = true;
}

/** "the Maltese minister" read as a person named before: that person acts for the country. */
export function officeHolderFacts(
  mentions: readonly Mention[],
  resolved: readonly Mention[],
): Fact[] {
  return resolved
    .filter((r) => r.rule === OFFICE_HOLDER)
    .flatMap((r) => {
      const country = mentions.find(
        (m) => m.kind === 'country' && m.start >= r.start && m.end <= r.end,
      );
      if (!country) return [];
      return [
        {
          kind: 'represents' as const,
          source: r.id,
          target: country.id,
          title: '',
          start: r.start,
          end: r.end,
          confidence: 0.5,
          rule: OFFICE_HOLDER,
        },
      ];
    });
}
