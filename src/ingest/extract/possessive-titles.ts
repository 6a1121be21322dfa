// A title written in lower case between a country and a person: "Malta's information minister
// Karl Tabone", "Maltese government spokesman Omar Fenech", and the same after the name, "Jon
// Sveinsson, Iceland's prime minister,"; after "its" or "their", the body or country the
// sentence named before ("the Harbour Front sent its chief negotiator, Ana Vell"). The person
// acts for the country, or works at the body, with that title.
import { HEAD_TITLE_WORDS, TITLE_WORDS } from './gazetteer';
import type { Token } from './nlp';
import type { Fact, Mention } from './types';

const POSSESSIVE = /^['’]s$/;
/** A staff post in lower case: "chief of staff", "army chief of staff", "chief of defence staff". */
const STAFF_POST = /^(?:\p{Ll}+ )?chief of (?:\p{Ll}+ )?staff$/u;

/** Lowercase words (at most four) holding a head title: "information minister". */
export function titleWords(tokens: readonly Token[], from: number, to: number): string | null {
  if (to <= from || to - from > 4) return null;
  const words = tokens.slice(from, to).map((t) => t.value);
  if (!words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  // "army chief of staff", "chief of defence staff": a staff post, its "of" and "staff" included
  if (STAFF_POST.test(words.join(' '))) return words.join(' ');
  // "minister of state", "secretary of defence": a head title and the office it is of
  const [head, of, office] = words;
  const ofOffice = words.length === 3 && of === 'of' && tokens[to - 1]?.pos === 'NOUN';
  if (ofOffice && HEAD_TITLE_WORDS.has(head as string)) return `${head} of ${office}`;
  if (words.some((w) => /^(to|at|of|for|with|and|or|the|a|an)$/.test(w))) return null;
  // "Iceland said minister X …": a verb is no word of a title ("acting" is)
  const verb = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && !TITLE_WORDS.has(t.value);
  if (tokens.slice(from, to).some(verb)) return null;
  return HEAD_TITLE_WORDS.has((words.at(-1) as string).toLowerCase()) ? words.join(' ') : null;
}

/** The country mention that ends at token `end` (before "'s", or a demonym). */
function countryEndingAt(mentions: readonly Mention[], end: number): Mention | undefined {
  return mentions.find((m) => m.kind === 'country' && m.end === end);
}

/** "Prime Minister Ivo Marr's envoy X": the country the person before "'s" acts for, by a title
 * the sentence gives them, which their envoy, adviser or spokesman acts for too. */
function leaderCountry(
  mentions: readonly Mention[],
  facts: readonly Fact[],
  end: number,
): { country: Pick<Mention, 'id'>; start: number } | undefined {
  const leader = mentions.find((m) => m.kind === 'person' && m.end === end);
  const acts = facts.find((f) => f.kind === 'represents' && f.source === leader?.id);
  return leader && acts ? { country: { id: acts.target }, start: leader.start } : undefined;
}

function fact(
  person: Mention,
  country: Pick<Mention, 'id'>,
  title: string,
  start: number,
  end: number,
): Fact {
  return {
    kind: 'represents',
    source: person.id,
    target: country.id,
    title,
    start,
    end,
    confidence: 0.55,
    rule: 'title:lowercase',
  };
}

/** The country and title of "Iceland's embattled President X": the person's mention opens with a
 * capitalised title, one or two lower-case words (no verb, no preposition) stand between it and
 * the possessive of a country named just before. */
function describedTitle(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  person: Mention,
): { country: Mention; title: string } | undefined {
  let end = person.start;
  while (end < person.end && TITLE_WORDS.has(tokens[end]?.value.toLowerCase() ?? '')) end++;
  if (end === person.start || end === person.end) return undefined;
  const title = tokens
    .slice(person.start, end)
    .map((t) => t.value)
    .join(' ');
  for (const gap of [1, 2]) {
    const words = tokens.slice(person.start - gap, person.start);
    const plain = words.every(
      (t) => /^\p{Ll}+$/u.test(t.value) && ['ADJ', 'ADV', 'NOUN', 'PROPN'].includes(t.pos),
    );
    if (!plain || !POSSESSIVE.test(tokens[person.start - gap - 1]?.value ?? '')) continue;
    const country = countryEndingAt(mentions, person.start - gap - 1);
    if (country) return { country, title };
  }
  return undefined;
}

/** Facts for people titled in lower case before or after their name by a country. */
export function possessiveTitles(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  facts: Fact[],
): void {
  for (const person of mentions) {
    if (person.kind !== 'person' || facts.some((f) => f.source === person.id)) continue;
    // before: "Malta's information minister X", "Maltese government spokesman X", and with a
    // comma: "Iceland's top diplomat, X"
    const comma = tokens[person.start - 1]?.value === ',' ? 1 : 0;
    let k = person.start - comma;
    const titleEnd = k;
    while (k > 0 && k > titleEnd - 4 && /^\p{Ll}/u.test(tokens[k - 1]?.value ?? '')) k--;
    // "the Harbour Front sent its chief negotiator, X": the body the sentence named before
    const pronoun = tokens.findIndex(
      (t, j) => j >= k && j < titleEnd && /^(its|their)$/i.test(t.value),
    );
    if (pronoun >= 0) {
      const title = titleWords(tokens, pronoun + 1, titleEnd);
      const owner = mentions.findLast(
        (m) => m.end <= pronoun && (m.kind === 'organization' || m.kind === 'country'),
      );
      if (title && owner) {
        const kind = owner.kind === 'organization' ? 'affiliation' : 'represents';
        facts.push({ ...fact(person, owner, title, owner.start, person.end), kind });
        continue;
      }
    }
    const before = titleWords(tokens, k, titleEnd);
    if (before) {
      const owner = POSSESSIVE.test(tokens[k - 1]?.value ?? '') ? k - 1 : k;
      const country = countryEndingAt(mentions, owner);
      if (country) {
        facts.push(fact(person, country, before, country.start, person.end));
        // "spoke with Iceland's army chief, Jon Dahl": the person is who is spoken with
        country.adjectival = true;
        continue;
      }
      const led = owner < k ? leaderCountry(mentions, facts, owner) : undefined;
      if (led) {
        facts.push(fact(person, led.country, before, led.start, person.end));
        continue;
      }
    }
    // "Iceland's embattled President X", "Malta's new Prime Minister X": the title written with
    // the name, a word or two of description between it and the possessive
    const described = describedTitle(tokens, mentions, person);
    if (described) {
      facts.push(
        fact(person, described.country, described.title, described.country.start, person.end),
      );
      continue;
    }
    // after: "X, Iceland's prime minister,"
    if (tokens[person.end]?.value !== ',') continue;
    const country = mentions.find((m) => m.kind === 'country' && m.start === person.end + 1);
    if (!country || !POSSESSIVE.test(tokens[country.end]?.value ?? '')) continue;
    let e = country.end + 1;
    while (e < tokens.length && e < country.end + 5 && /^\p{Ll}/u.test(tokens[e]?.value ?? '')) e++;
    const after = titleWords(tokens, country.end + 1, e);
    if (after && /^[,.;]$|^(said|says)$/.test(tokens[e]?.value ?? ''))
      facts.push(fact(person, country, after, person.start, e));
  }
}
