// Finds the entities a sentence names: known names first (labels, aliases, gazetteer, surnames),
// then runs of capitalised words (mention-groups.ts reads each run: an organisation cue, or
// [country/org prefix] [title] [name]); then the title facts of the whole sentence, the
// countries compounded into an event's name, and which mentions are mere modifiers. Bylines,
// credits, quotes, headings and lone common words propose nothing new.
import { armedForces } from './armed-forces';
import { ACTOR_NOUNS, COUNTRY_ADJECTIVES, ORG_CUES, PROPER_PLACE_NAMES } from './gazetteer';
import { OUTLET_NAMES } from './idle-outlets';
import { type GroupReading, readOrgCueRun } from './mention-groups';
import { mentionTools } from './mention-tools';
import { countryMinistries } from './ministries';
import { bylineSpan, classify, DEMONYM_END, groupPieces, surface } from './name-runs';
import { readNamedRun } from './named-run';
import {
  commentatorOnMedium,
  mediaShaped,
  pressByJob,
  pressLine,
  pressRole,
  providesPicture,
  publishes,
  reportsFrom,
} from './news-sources';
import type { TaggedSentence, Token } from './nlp';
import { personOfBodyFacts } from './person-of-body';
import { possessiveTitles } from './possessive-titles';
import { titlePhrases } from './title-phrases';
import { TitleFacts } from './titles';
import type { Fact, Mention, MentionContext, Piece, SentenceReading } from './types';

export type { Fact, Mention, MentionContext, SentenceReading } from './types';

/** Reads the entities and title facts of one sentence. */
export function readMentions(sentence: TaggedSentence, ctx: MentionContext): SentenceReading {
  const tokens = sentence.tokens;
  if (pressLine(sentence.text)) return { mentions: [], facts: [], titleLinks: [] };
  const groups = groupPieces(classify(sentence, ctx), tokens);
  const mentions: Mention[] = [];
  const bylineTokens = bylineSpan(tokens);
  const tools = mentionTools(sentence, ctx);
  const titles = new TitleFacts(sentence, ctx, tools);
  const reading: GroupReading = { sentence, ctx, groups, mentions, tools, titles };
  groups.forEach((group, g) => {
    if (bylineTokens.has((group[0] as Piece).start)) return;
    if (
      pressNotActor(tokens, group) ||
      commentator(tokens, group) ||
      ownPress(sentence, group, ctx)
    )
      return;
    if (!readOrgCueRun(reading, group)) readNamedRun(reading, group, g);
  });

  titles.commaTitles(groups, mentions);
  titles.fromNames(mentions);
  // "US-China trade negotiations": the countries compounded into a known event's name.
  for (const event of mentions.filter((m) => m.kind === 'event')) {
    for (let k = event.start; k < event.end; k++) {
      const value = (tokens[k] as Token).value;
      if (value === '-' || value === '–') continue;
      const hit = ctx.index.lookup(value);
      if (!hit?.id || hit.kind !== 'country') break;
      mentions.push({
        start: k,
        end: k + 1,
        id: hit.id,
        kind: 'country',
        text: value,
        adjectival: true,
        known: !ctx.registry.isNew(hit.id),
        confidence: hit.confidence,
        rule: `link:${hit.source}`,
      });
      if (!/^[-–]$/.test(tokens[k + 1]?.value ?? '')) break;
    }
  }
  markAdjectival(tokens, mentions);
  armedForces(tokens, mentions, titles.facts, ctx, tools);
  countryMinistries(sentence, mentions, titles.facts, ctx, tools);
  titles.appositions(mentions);
  mentions.sort((a, b) => a.start - b.start);
  possessiveOrgs(tokens, mentions, titles.facts);
  possessiveTitles(tokens, mentions, titles.facts);
  titlePhrases(tokens, mentions, titles.facts);
  counterparts(tokens, mentions, titles.facts);
  personOfBodyFacts(tokens, mentions, titles.facts);
  return { mentions, facts: titles.facts, titleLinks: titles.knownPrefixes };
}

/** A run of unknown words, or a known outlet, that the page's own credits name ("the Harbour
 * Policy Journal could not confirm …" under the stamp "March 3, 2025 | Harbour Policy Journal"). */
function ownPress(sentence: TaggedSentence, group: readonly Piece[], ctx: MentionContext): boolean {
  if (!ctx.pressNames?.size) return false;
  const unknown = group.every(
    (p) =>
      p.type === 'word' ||
      (p.type === 'conn' && /^['’]s?$/.test(sentence.tokens[p.start]?.value ?? '')),
  );
  // ("Reuters" under the headline, then "residents that Reuters reached said …")
  const outlet = group.length === 1 && group[0]?.type === 'known' && group[0].hit?.create?.outlet;
  if (!unknown && !outlet) return false;
  const text = surface(sentence, (group[0] as Piece).start, (group.at(-1) as Piece).end);
  return ctx.pressNames.has(text.toLowerCase());
}

/** The last word of a medium's name, capitalised ("the Harbour Wire's"). */
const MEDIA_END =
  /^(Times|Post|News|Journal|Herald|Tribune|Daily|Telegraph|Express|Gazette|Wire|Radio|Television|TV)$/;

/** A run that names the press, not an actor: a journalist by their job ("its correspondent Jo
 * Roe"), a lone unknown name that publishes ("Gazetta reported"), or a medium the gazetteer and the graph do not know, spoken to or telling ("told the Harbour
 * Times", "the Coastal Herald reported"). */
function pressNotActor(tokens: readonly Token[], group: readonly Piece[]): boolean {
  const start = (group[0] as Piece).start;
  const end = (group.at(-1) as Piece).end;
  const words = group.every((p) => p.type === 'word');
  if (words && (pressByJob(tokens, start) || reportsFrom(tokens, end))) return true;
  if (providesPicture(tokens, start)) return true;
  if (words && /^['’]s?$/.test(tokens[start - 1]?.value ?? '')) {
    let k = start - 1;
    while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1]?.value ?? '')) k--;
    if (k < start - 1 && MEDIA_END.test(tokens[start - 2]?.value ?? '')) return true;
    // "Axios' Barak Ravid reported": the journalist of an outlet telling
    if (k < start - 1 && pressRole(tokens, k, start - 1) === 'teller') return true;
  }
  // "Harbour Wire's Jo Roe", "Harbour News’ Jo Roe": a name owned by an outlet is its journalist's
  const m = group.findIndex(
    (p) => p.type === 'conn' && /^['’]s?$/.test(tokens[p.start]?.value ?? ''),
  );
  const owner = group.slice(0, Math.max(0, m));
  const known = owner.length === 1 && owner[0]?.type === 'known' ? owner[0].hit : undefined;
  const outlet = known?.create?.outlet === true && !known.create.stateMedia;
  const ownerWords =
    owner[0]?.type === 'known' && owner[0].hit?.kind !== 'person' ? owner.slice(1) : owner;
  const medium = ownerWords.length > 0 && ownerWords.every((p) => p.type === 'word');
  if (m > 0 && (outlet || (medium && mediaShaped(tokens, start, (group[m] as Piece).start))))
    return true;
  // "state broadcaster PTV News reported": a known outlet with its medium's word, telling
  const outletNamed = group[0]?.type === 'known' && group[0].hit?.create?.outlet === true;
  const mediumWords = group
    .slice(1)
    .every(
      (p) =>
        p.type === 'word' && tokens.slice(p.start, p.end).every((x) => MEDIA_END.test(x.value)),
    );
  if (outletNamed && group.length > 1 && mediumWords)
    return pressRole(tokens, start, end) === 'teller';
  // "told the Lima Herald": a place's name opening a medium's
  const placed = group[0]?.type === 'known' && /^(country|place)$/.test(group[0].hit?.kind ?? '');
  const rest = placed ? group.slice(1) : group;
  if (rest.length === 0 || rest.some((p) => p.type === 'known')) return false;
  // "Gazetta reported", "Al-Araby Al-Jadeed reported": a lone name, or one opening with the
  // Arabic article (no given name does), that publishes
  // (a body's cue word names a body: "Al-Qassam Brigades reported")
  const articled =
    /^(Al|El)$/.test(tokens[start]?.value ?? '') &&
    tokens[start + 1]?.value === '-' &&
    !tokens.slice(start, end).some((x) => ORG_CUES.has(x.value.toLowerCase()));
  if ((group.length === 1 || articled) && publishes(tokens, end)) return true;
  // "the Syrian Observatory for Human Rights reported 940 deaths": a monitor telling its count
  if (monitorShaped(tokens, start, end) && pressRole(tokens, start, end) === 'teller') return true;
  return mediaShaped(tokens, start, end) && pressRole(tokens, start, end) !== null;
}

/** A monitor's name ("… Observatory for Human Rights", "Conflict Monitor"): a body that counts
 * and tells, as the press does. */
function monitorShaped(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.slice(start, end).some((x) => /^(Observatory|Monitor|Monitoring)$/.test(x.value));
}

/** "…, said Jo Roe on Politico": an unknown name commenting on a medium, no actor. */
function commentator(tokens: readonly Token[], group: readonly Piece[]): boolean {
  if (!group.every((p) => p.type === 'word')) return false;
  const words = (s: number, e: number) =>
    tokens
      .slice(s, e)
      .map((t) => t.value)
      .join(' ')
      .toLowerCase();
  return commentatorOnMedium(
    tokens,
    (group[0] as Piece).start,
    (group.at(-1) as Piece).end,
    (s, e) => OUTLET_NAMES.has(words(s, e)),
  );
}

/** Words that put a body as where someone is sent or works, not whose it is. */
const SENT_TO: ReadonlySet<string> = new Set(['to', 'at', 'in', 'with', 'for', 'from', 'on']);

/** A verb or an article: the words after a possessive have left its noun phrase. */
const endsNounPhrase = (t: Token) => ['VERB', 'AUX', 'DET'].includes(t.pos);

/** "Canada's state-run Maple news agency", "Japan’s state broadcaster NHK": an organisation
 * the country's possessive (and a few lowercase words) puts before it acts for that country. */
function possessiveOrgs(tokens: readonly Token[], mentions: readonly Mention[], facts: Fact[]) {
  for (const org of mentions) {
    if (org.kind !== 'organization' || facts.some((f) => f.source === org.id)) continue;
    let k = org.start - 1;
    // "Yemen's Iranian-backed Houthi rebels": a backer hyphened to its participle describes too
    const lower = (x: Token | undefined) => /^\p{Ll}[\p{Ll}-]*$/u.test(x?.value ?? '');
    const backer = (j: number) => lower(tokens[j]) && tokens[j - 1]?.value === '-';
    while (k >= 0 && k >= org.start - 6 && (lower(tokens[k]) || tokens[k]?.value === '-')) {
      if (backer(k)) k -= 2;
      k--;
    }
    if (!["'s", '’s'].includes(tokens[k]?.value ?? '')) continue;
    // "China's envoy to the United Nations": the body the envoy is sent to is not China's;
    // "Qatar's prime minister met a Hamas delegation": nor is one the clause goes on to;
    // "Israel's war against Hamas": nor one a preposition puts past the possessive's noun
    const between = tokens.slice(k + 1, org.start);
    const leaves = (t: Token, j: number) => endsNounPhrase(t) && between[j - 1]?.value !== '-';
    const past = (t: Token) => SENT_TO.has(t.value) || t.pos === 'ADP';
    if (between.some((t, j) => past(t) || leaves(t, j))) continue;
    const country = mentions.find((m) => m.kind === 'country' && m.end === k);
    if (!country || country.id === org.id) continue;
    facts.push({
      kind: 'represents',
      source: org.id,
      target: country.id,
      title: '',
      start: country.start,
      end: org.end,
      confidence: 0.6,
      rule: 'title:possessive',
    });
  }
}

const isCounterpart = (token: Token | undefined) => {
  const word = token?.value.toLowerCase();
  return word === 'counterpart' || word === 'counterparts';
};

/** The token that ends the noun "counterpart" named by `person` ("his Norwegian counterpart Kari
 * Lunde", or with the name set off by a comma, "…counterpart, Kari Lunde,"), or -1. */
function counterpartBefore(tokens: readonly Token[], person: Mention): number {
  const just = person.start - 1;
  if (isCounterpart(tokens[just])) return just;
  return tokens[just]?.value === ',' && isCounterpart(tokens[just - 1]) ? just - 1 : -1;
}

/** Where the words after a name go on, past its short name in brackets ("Democratic Republic
 * of Congo (DRC) counterpart"). */
function pastShortName(tokens: readonly Token[], m: Mention): number {
  const bracketed = tokens[m.end]?.value === '(' && tokens[m.end + 2]?.value === ')';
  return bracketed ? m.end + 3 : m.end;
}

/** "his Norwegian counterpart Kari Lunde": the person acts for the country the adjective names. */
function counterparts(tokens: readonly Token[], mentions: readonly Mention[], facts: Fact[]) {
  for (const person of mentions) {
    if (person.kind !== 'person' || facts.some((f) => f.source === person.id)) continue;
    const noun = counterpartBefore(tokens, person);
    if (noun < 0) continue;
    const country = mentions.find((m) => m.kind === 'country' && pastShortName(tokens, m) === noun);
    if (!country) continue;
    facts.push({
      kind: 'represents',
      source: person.id,
      target: country.id,
      title: '',
      start: country.start,
      end: person.end,
      confidence: 0.6,
      rule: 'title:counterpart',
    });
  }
}

/** A noun that makes the demonym before it an actor: "Maltese officials", and "his Maltese
 * counterpart" when no name follows (a named counterpart is the actor himself). */
function actorNoun(tokens: readonly Token[], noun: Token, mentions: readonly Mention[]): boolean {
  const word = noun.value.toLowerCase();
  if (ACTOR_NOUNS.has(word)) return true;
  if (!isCounterpart(noun)) return false;
  const at = tokens.indexOf(noun);
  return !mentions.some((m) => m.kind === 'person' && counterpartBefore(tokens, m) === at);
}

/** A country's adjective, lower case: one the gazetteer knows ("greek", "kyrgyz"), or a word
 * that ends like one and names no country or place ("maltese", an invented "veldorian"). */
const isAdjective = (word: string) =>
  !PROPER_PLACE_NAMES.has(word) && (COUNTRY_ADJECTIVES.has(word) || DEMONYM_END.test(word));

/** Demonyms before a common noun, and names joined by a hyphen, are modifiers. */
function markAdjectival(tokens: readonly Token[], mentions: Mention[]) {
  for (const m of mentions) {
    if (m.kind !== 'country' && m.kind !== 'place') continue;
    const next = tokens[m.end];
    const previous = tokens[m.start - 1];
    // "his Democratic Republic of Congo (DRC) counterpart, Felix Tshisekedi": the country's name
    // qualifies the counterpart named after it, as its adjective would
    const noun = pastShortName(tokens, m);
    const named = mentions.some(
      (p) => p.kind === 'person' && counterpartBefore(tokens, p) === noun,
    );
    if (m.kind === 'country' && isCounterpart(tokens[noun]) && named) {
      m.adjectival = true;
      // (and its short name in the brackets)
      for (const short of mentions)
        if (short.start === m.end + 1 && short.end === noun - 1) short.adjectival = true;
      continue;
    }
    const hyphen = (t: Token | undefined) => t !== undefined && ['-', '–'].includes(t.value);
    if (hyphen(next) || hyphen(previous)) {
      m.adjectival = true;
      continue;
    }
    // "the Osaka session", "the Canada steel quota": a name before a noun
    if (
      previous?.value.toLowerCase() === 'the' &&
      next?.pos === 'NOUN' &&
      !ACTOR_NOUNS.has(next.value.toLowerCase())
    ) {
      m.adjectival = true;
      continue;
    }
    const word = m.text.toLowerCase();
    // ("North Korean", "South African": a known adjective of two words is one as well)
    const single = m.end - m.start === 1 || COUNTRY_ADJECTIVES.has(word);
    // "Pakistani", "Sudanese", "Kyrgyz": an adjective; "Pakistan", "Sudan" are the countries
    if (single && isAdjective(word)) {
      // "Qatari and Egyptian mediators": both demonyms name the actors
      // ("Maltese trade negotiators": a lowercase noun may qualify the actor's)
      const compound = next?.pos === 'NOUN' && ACTOR_NOUNS.has(tokens[m.end + 1]?.value ?? '');
      const noun = ['and', ','].includes(next?.value ?? '')
        ? tokens[m.end + 2]
        : compound
          ? tokens[m.end + 1]
          : next;
      const paired =
        noun !== next && !compound && isAdjective(tokens[m.end + 1]?.value.toLowerCase() ?? '');
      const actor = noun !== undefined && actorNoun(tokens, noun, mentions);
      if (!actor || (noun !== next && !compound && !paired)) m.adjectival = true;
    }
  }
}
