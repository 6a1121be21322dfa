// Runs of capitalised words in a sentence, the raw material of names: each token is classified
// (a known name, a title word, a capitalised word, a connector such as "of", or other), then
// adjacent pieces are grouped into runs that may form one name ("Chinese Vice Premier He Lifeng",
// "Ministry of Commerce"). Bylines are marked so that their names are skipped.

import { bareCuePiece } from './bare-cues';
import {
  COMMON_ACRONYMS,
  COUNTRY_ADJECTIVES,
  demonymOf,
  GENERIC_OPENERS,
  HEAD_TITLE_WORDS,
  NEVER_NAMES,
  ORG_CUES,
  PLATFORM_NOUNS,
  PROPER_PLACE_NAMES,
  TITLE_WORDS,
} from './gazetteer';
import { quotedGroupName } from './group-list';
import type { NameHit } from './linking';
import type { TaggedSentence, Token } from './nlp';
import { staffTitleAt } from './staff-titles';
import type { MentionContext, Piece, PieceType } from './types';

export type { Piece, PieceType } from './types';

/** Lowercase particles inside personal names: "Ursula von der Leyen", "Luiz Inácio da Silva". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'dos',
  'das',
  'del',
  'los',
  'las',
]);
export const CONNECTORS = new Set(['of', 'the', '&', '-', "'s", '’s', 'to', ...NAME_PARTICLES]);
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'its',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'as',
  'but',
  'and',
  'or',
  'if',
  'while',
  'when',
  'after',
  'before',
  'since',
  'though',
  'although',
  'despite',
  'among',
  'amid',
  'amidst',
  'both',
  'some',
  'all',
  'any',
  'each',
  'no',
  'not',
  'there',
  'here',
  'what',
  'who',
  'which',
  'why',
  'how',
  'also',
  'just',
  'even',
  'yet',
  'so',
  'such',
  'more',
  'most',
  'many',
  'much',
  // quantifiers the tagger calls names when they open a sentence ("Several Nordic ministers")
  'several',
  'various',
  'numerous',
  'few',
  'every',
  'either',
  'neither',
  'dozens',
  'hundreds',
  'thousands',
  'other',
  'another',
  'according',
  'following',
  'meanwhile',
  'however',
  'besides',
  'because',
  'until',
  'during',
  'over',
  'under',
  'about',
  'into',
  'than',
  'then',
]);
/** How a country's adjective ends: "Maltese", "Latvian", "Danish", "Czech", "Swiss", "Qatari", "Icelandic". */
export const DEMONYM_END = /(ese|an|ish|ch|ss|ian|i|ic)$/;
const OPENERS = new Set(['“', '"', '‘', '(', '[', ':', '—', '–']);

export const isCapitalised = (value: string) => /^\p{Lu}/u.test(value);
export const isAcronym = (value: string) =>
  (/^[A-Z]{2,5}$/.test(value) || /^[A-Z]{1,3}\d{1,2}$/.test(value)) && !COMMON_ACRONYMS.has(value);

export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const previous = tokens[i - 1];
  return previous !== undefined && OPENERS.has(previous.value);
}

export function surface(sentence: TaggedSentence, start: number, end: number): string {
  const tokens = sentence.tokens.slice(start, end);
  const first = tokens[0];
  const last = tokens.at(-1);
  if (first === undefined || last === undefined) return '';
  // 'Jimmy “Barbecue” Chérizier': a nickname the tokens leave out is no part of the name
  const skips = tokens.some((x, k) => k > 0 && x.start > (tokens[k - 1] as Token).end + 1);
  if (!skips) return sentence.text.slice(first.start, last.end);
  const spaced = (x: Token, k: number) =>
    k > 0 && x.start > (tokens[k - 1] as Token).end ? ' ' : '';
  return tokens.map((x, k) => spaced(x, k) + x.value).join('');
}

/** "“… make President Teo Brann a thief …”": a word of a name one or two words after a capitalised
 * head title, which a quotation names as surely as the article's own words do. */
function afterQuotedTitle(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    const value = (tokens[k] as Token).value;
    if (!/^\p{Lu}\p{Ll}/u.test(value)) return false;
    if (HEAD_TITLE_WORDS.has(value.toLowerCase())) return true;
  }
  return false;
}

/** Can this capitalised token be part of a new name? */
function nameWordCandidate(sentence: TaggedSentence, i: number, ctx: MentionContext): boolean {
  const token = sentence.tokens[i];
  if (token === undefined || !ctx.allowNew) return false;
  if (
    token.inQuote &&
    !afterQuotedTitle(sentence.tokens, i) &&
    !quotedGroupName(sentence.tokens, i)
  )
    return false;
  const value = token.value;
  const lower = value.toLowerCase();
  if (!isCapitalised(value) && !/^[A-Z]\d/.test(value)) return false;
  // A lone capital names something only as a platform: "his X account".
  const platform = PLATFORM_NOUNS.has(sentence.tokens[i + 1]?.value ?? '');
  if ((value.length < 2 && !(platform && /^[A-Z]$/.test(value))) || NEVER_NAMES.has(lower))
    return false;
  if (FUNCTION_WORDS.has(lower)) {
    // "Vice Premier He Lifeng": a capitalised function word mid-sentence, before another name.
    const next = sentence.tokens[i + 1];
    if (sentenceInitial(sentence.tokens, i) || next === undefined || !isCapitalised(next.value))
      return false;
  }
  if (/\d/.test(value) && !isAcronym(value)) return false;
  if (value === value.toUpperCase() && /\p{Lu}{2}/u.test(value) && !isAcronym(value)) return false;
  if (COMMON_ACRONYMS.has(value.toUpperCase()) && value === value.toUpperCase()) return false;
  if (sentenceInitial(sentence.tokens, i)) {
    if (token.pos !== 'PROPN' || ctx.lowercaseWords.has(lower)) return false;
    if (GENERIC_OPENERS.has(lower)) return false;
  }
  return true;
}

/** Words that make a country's name part of a city's or a feature's: "Port Sudan", "Kuwait City". */
const PLACE_BEFORE = new Set(['Port', 'Fort', 'Lake', 'Mount', 'Cape', 'Saint', 'St.', 'San']);
/** Words that open a town's name in Arabic or Hebrew and name a kind of place: "Deir" (a
 * monastery), "Beit" (a house), "Kafr" (a village), "Tel" (a mound), "Ras" (a headland), "Wadi"
 * (a valley), "Jabal" (a mountain), "Ain" and "Bir" (a spring, a well), "Khan" (an inn). */
const TOWN_FIRST_WORDS = new Set(
  'Deir Dayr Beit Bayt Kafr Kfar Tel Tell Ras Wadi Jabal Jebel Ain Khirbet Bir Khan'.split(' '),
);
const PLACE_AFTER = new Set(
  'City Province Region District County Governorate Prefecture Oblast Valley Crossing Camp Airport Airbase Bridge Pass Sea Ocean Gulf Strait Bay River Canal Peninsula Desert Coast Heights Hills Mountains Islands Island Plateau Line Corridor Zone Room Square Shoal Shoals Reef Reefs Atoll Archipelago Basin Delta'.split(
    ' ',
  ),
);

/** Lower-case nouns that make the name beside them a place's: "the province of X", "X camp",
 * "the X temple"; and their plurals, after a list of names ("the North and South X provinces"). */
const PLACE_SINGULARS =
  'province region district county governorate prefecture town city village state area camp crossing valley port border checkpoint base temple island'.split(
    ' ',
  );
const PLACE_PLURALS = new Set(
  PLACE_SINGULARS.map((n) => (/[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`)),
);
const PLACE_NOUNS = new Set([...PLACE_SINGULARS, ...PLACE_PLURALS]);

/** A name over tokens [start, end) that a place noun stands beside ("the town of X", "the X
 * district", "the crossing at X"), that a preposition of place puts ("in X", "near X"), or
 * that is where something was "reported at". */
export function placeBySetting(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.value;
  const noun = (t: Token | undefined) => PLACE_NOUNS.has(t?.value ?? '');
  if (before === 'of' && noun(tokens[start - 2])) return true;
  // "homes in Khan Bara", "near Wadi Saleh": where something is, not who
  const owned = /^['’]s?$/.test(tokens[end]?.value ?? '');
  if (/^(in|near|outside|inside|across|towards|toward)$/.test(before ?? '') && !owned) return true;
  if (before === 'at' && (noun(tokens[start - 2]) || tokens[start - 2]?.pos === 'VERB'))
    return true;
  return placeNounAt(tokens, end) || listBeforePlaces(tokens, end);
}

/** "the A, B and C temples": a name in a list that a plural place noun closes is a place too. */
function listBeforePlaces(tokens: readonly Token[], end: number): boolean {
  let k = end;
  let separated = false;
  while (k < end + 12 && /^(,|and|\p{Lu}[\p{L}'’-]*)$/u.test(tokens[k]?.value ?? '')) {
    if (/^(,|and)$/.test(tokens[k]?.value ?? '')) separated = true;
    k++;
  }
  return separated && PLACE_PLURALS.has(tokens[k]?.value ?? '') && placeNounAt(tokens, k);
}

/** A place noun at `end` closing the name before it: "the X district", "X province and",
 * "the X border area" (not "the X border dispute", where the noun goes on). */
export function placeNounAt(tokens: readonly Token[], end: number): boolean {
  const noun = (t: Token | undefined) => PLACE_NOUNS.has(t?.value ?? '');
  if (!noun(tokens[end])) return false;
  return (
    tokens[end + 1]?.pos !== 'NOUN' || (noun(tokens[end + 1]) && tokens[end + 2]?.pos !== 'NOUN')
  );
}

/** A name shaped like a city's or a feature's: "Port Sudan", "Mexico City", "Lake Ohrid". */
/** Points of the compass that open a region's name ("North Darfur", "Western Equatoria"). */
const COMPASS = new Set(
  'North South East West Central Northern Southern Eastern Western'.split(' '),
);

export function placeShaped(words: readonly string[]): boolean {
  if (words.length >= 2 && COMPASS.has(words[0] ?? '')) return true;
  return (
    PLACE_BEFORE.has(words[0] ?? '') || townShaped(words) || PLACE_AFTER.has(words.at(-1) ?? '')
  );
}

/** "Deir Marun", "Khan Barida": a town's name by its first word, never a person's. */
export function townShaped(words: readonly string[]): boolean {
  return words.length >= 2 && TOWN_FIRST_WORDS.has(words[0] ?? '');
}

function inPlaceName(tokens: readonly Token[], start: number, end: number): boolean {
  return (
    PLACE_BEFORE.has(tokens[start - 1]?.value ?? '') || PLACE_AFTER.has(tokens[end]?.value ?? '')
  );
}

/** "the Chadian Air Force" after "the Sudanese Air Force": a body's name without its country
 * ("Air Force") links no body when another country's name or adjective stands before it. */
function anotherCountrys(
  tokens: readonly Token[],
  i: number,
  hit: NameHit,
  ctx: MentionContext,
): boolean {
  const k = /^['’]s$/.test(tokens[i - 1]?.value ?? '') ? i - 2 : i - 1;
  const word = tokens[k]?.value ?? '';
  if (!hit.id || !isCapitalised(word)) return false;
  const country = ctx.index.lookup(word);
  if (country?.kind !== 'country') return false;
  const place = country.id ? ctx.registry.entities.get(country.id)?.label : country.create?.label;
  const label = ctx.registry.entities.get(hit.id)?.label ?? '';
  if (!place || label.length === 0) return false;
  const adjective = demonymOf(place);
  if (label.includes(place) || (adjective && label.includes(adjective))) return false;
  // only a body whose own name is a country's ("Sudanese Air Force"), not "Lebanon's Hezbollah"
  return label.split(/\s+/).some((w) => ctx.index.lookup(w)?.kind === 'country');
}

/** "Sheikh Tamim bin Hamad Al Thani": a known person's short form ("Sheikh Tamim") whose full
 * name runs on from its second word past a particle; the end of the fuller name, else the short
 * form's. */
function fullerNameEnd(
  sentence: TaggedSentence,
  i: number,
  known: { end: number; hit: NameHit },
  ctx: MentionContext,
): number {
  if (known.hit.kind !== 'person' || known.end - i < 2) return known.end;
  const fuller = knownAt(sentence, i + 1, ctx);
  const same = (a: NameHit, b: NameHit) =>
    a.id !== null ? a.id === b.id : a.create?.label === b.create?.label;
  // (only past a particle, which breaks the run: "President Xi Jinping" reads as it did)
  const rest = sentence.tokens.slice(known.end, fuller?.end ?? known.end);
  const particle = rest.some((x) => NAME_PARTICLES.has(x.value));
  return fuller && particle && fuller.end > known.end && same(fuller.hit, known.hit)
    ? fuller.end
    : known.end;
}

function knownAt(
  sentence: TaggedSentence,
  i: number,
  ctx: MentionContext,
): { end: number; hit: NameHit } | null {
  const tokens = sentence.tokens;
  const first = tokens[i];
  if (first === undefined || first.pos === 'PUNCT' || first.value.toLowerCase() === 'the')
    return null;
  const maxEnd = Math.min(tokens.length, i + ctx.index.maxWords);
  for (let end = maxEnd; end > i; end--) {
    const last = tokens[end - 1];
    if (last === undefined || last.pos === 'PUNCT' || CONNECTORS.has(last.value.toLowerCase()))
      continue;
    const text = surface(sentence, i, end);
    const hit = ctx.index.lookup(text);
    if (hit === undefined) continue;
    if (hit.exactForms) {
      if (!hit.exactForms.has(text)) continue;
      if (text !== text.toUpperCase() && sentenceInitial(tokens, i)) continue;
    }
    // "Wang Lihua" is not Dan Wang: a surname glued to a further capitalised word is a new name,
    // and "the Trump Route" no mention of the person the gazetteer knows as "Trump"
    const after = tokens[end];
    // "Chad Wolf", "Jordan Bardella": a country's name that is also a given name, before a name
    const givenName = hit.kind === 'country' && GIVEN_NAME_COUNTRIES.has(text);
    const knownSurname = hit.source === 'gazetteer' && hit.kind === 'person';
    if (
      (hit.source === 'surname' || givenName || knownSurname) &&
      end === i + 1 &&
      after !== undefined &&
      /^\p{Lu}\p{Ll}/u.test(after.value) &&
      after.pos === 'PROPN' &&
      ctx.index.lookup(after.value) === undefined &&
      !TITLE_WORDS.has(after.value.toLowerCase())
    )
      continue;
    if (hit.kind === 'country' && inPlaceName(tokens, i, end)) return null;
    if (hit.kind === 'organization' && anotherCountrys(tokens, i, hit, ctx)) continue;
    // "a Maltese military outpost": forces named before a noun they qualify are the country's
    if (hit.kind === 'organization' && qualifyingBranch(tokens, end)) continue;
    const lowerOk = hit.kind === 'topic' || hit.kind === 'event';
    // "von der Leyen", "al-Sharaa": a person's name may open with a particle in lower case
    const particle =
      hit.kind === 'person' &&
      NAME_PARTICLES.has(first.value.toLowerCase()) &&
      isCapitalised((tokens[end - 1] as Token).value);
    if (!isCapitalised(first.value) && !/^\d/.test(first.value) && !lowerOk && !particle) continue;
    if (lowerOk && !isCapitalised(first.value) && hit.source !== 'label' && hit.source !== 'alias')
      continue;
    // A name's first word must not be glued to a capitalised word before it ("New China Fund").
    return { end, hit };
  }
  return null;
}

/** "military outpost", "army base", "navy ships": a branch of the forces written in lower case
 * before a noun it qualifies. */
function qualifyingBranch(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1]?.value ?? '';
  const next = tokens[end];
  return (
    /^(military|army|navy|force)$/.test(last) && next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.value)
  );
}

/** Countries whose name is also a given name. */
const GIVEN_NAME_COUNTRIES: ReadonlySet<string> = new Set(['Chad', 'Jordan']);

export function classify(sentence: TaggedSentence, ctx: MentionContext): Piece[] {
  const tokens = sentence.tokens;
  const pieces: Piece[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    // "Chief of the General Staff", "White House Chief of Staff": one post, whole
    const staff = staffTitleAt(tokens, i);
    if (staff) {
      pieces.push(...staff);
      i = (staff.at(-1) as Piece).end;
      continue;
    }
    // "Commission President X": the article's one body named "… Commission", else a title word
    const bare = allowsBareCue(sentence, i, ctx)
      ? bareCuePiece(tokens, i, ctx.registry, ctx.lowerText)
      : null;
    if (bare) {
      pieces.push(bare);
      i++;
      continue;
    }
    const known = knownAt(sentence, i, ctx);
    if (known && known.hit.source === 'role-title') {
      // A known title: its words are title words; the group decides whether a name follows.
      for (let k = i; k < known.end; k++) {
        const v = (tokens[k] as Token).value;
        pieces.push({
          type: isCapitalised(v) ? 'title' : CONNECTORS.has(v.toLowerCase()) ? 'conn' : 'ltitle',
          start: k,
          end: k + 1,
        });
      }
      i = known.end;
      continue;
    }
    if (known) {
      const end = fullerNameEnd(sentence, i, known, ctx);
      pieces.push({ type: 'known', start: i, end, hit: known.hit });
      i = end;
      continue;
    }
    const lower = token.value.toLowerCase();
    let type: PieceType = 'other';
    // "Directorate General of …", "Consulate General": "General" ends the body's noun
    const bodyGeneral = lower === 'general' && BODY_BEFORE_GENERAL.test(tokens[i - 1]?.value ?? '');
    // "Wing Commander": a rank, though "wing" also ends a body's name ("Research and Analysis Wing")
    const rank =
      (lower === 'wing' && tokens[i + 1]?.value === 'Commander') || titleModifier(tokens, i);
    if ((TITLE_WORDS.has(lower) || rank) && lower !== 'of' && !bodyGeneral) {
      if (isCapitalised(token.value)) {
        const next = tokens[i + 1];
        const leads =
          next !== undefined &&
          (isCapitalised(next.value) || notYetInPost(tokens, i + 1) || headOfBody(tokens, i));
        // "Senior Hamas leader X": a qualifier opening the sentence before a known body or
        // country is no part of the name, so the body stays the title's prefix
        const nextHit = next ? ctx.index.lookup(next.value) : undefined;
        const opensPrefix =
          !HEAD_TITLE_WORDS.has(lower) && nextHit !== undefined && nextHit.kind !== 'person';
        type = sentenceInitial(tokens, i) && (!leads || opensPrefix) ? 'other' : 'title';
        // "Ministry of Fisheries, Ports and Energy": the list's last word names a field
        const ends = !leads && !HEAD_TITLE_WORDS.has(lower);
        if (type === 'title' && ends && joinsOrgName(tokens, i - 1)) type = 'word';
      } else type = 'ltitle';
    } else if (
      CONNECTORS.has(lower) ||
      token.value === '–' ||
      joinsOrgName(tokens, i) ||
      pluralPossessive(tokens, i) ||
      // "the Coastal Observatory for Human Rights": "for" after a cue, before a name word
      (lower === 'for' && cueAt(tokens, i - 1) && capitalisedAt(tokens, i + 1))
    )
      type = 'conn';
    else if (bodyGeneral || nameWordCandidate(sentence, i, ctx)) type = 'word';
    pieces.push({ type, start: i, end: i + 1 });
    i++;
  }
  return pieces;
}

/** Whether token `i` may be read as a bare body word: no name the index knows ("Congress"). */
const allowsBareCue = (sentence: TaggedSentence, i: number, ctx: MentionContext) =>
  ctx.index.lookup(sentence.tokens[i]?.value ?? '') === undefined;

/** "President of the European Commission X", "Secretary of the Navy X": a head title opening a
 * sentence, then "of [the]" and a capitalised word, is the post of a body. */
function headOfBody(tokens: readonly Token[], i: number): boolean {
  if (!HEAD_TITLE_WORDS.has(tokens[i]?.value.toLowerCase() ?? '') || tokens[i + 1]?.value !== 'of')
    return false;
  const k = tokens[i + 2]?.value === 'the' ? i + 3 : i + 2;
  return isCapitalised(tokens[k]?.value ?? '') && tokens[k]?.pos !== 'PUNCT';
}

/** Words that belong to a title only beside its head word: before it ("Grand Duke", "Dowager
 * Empress", "High Representative", "Majority Leader", "Lord Mayor") or after it ("Queen Mother",
 * "Prince Consort", "Pope Emeritus"); elsewhere they are words like any other ("Mother Jones",
 * "Grand Hotel"). */
const BEFORE_HEAD = new Set(['grand', 'dowager', 'high', 'majority', 'minority', 'lord']);
const AFTER_HEAD = new Set(['mother', 'consort', 'regent', 'emeritus']);

/** Whether token `i` is such a word, written in the same case as the head word beside it. */
function titleModifier(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const lower = token.value.toLowerCase();
  const head = (t: Token | undefined) =>
    t !== undefined &&
    HEAD_TITLE_WORDS.has(t.value.toLowerCase()) &&
    isCapitalised(t.value) === isCapitalised(token.value);
  return (
    (BEFORE_HEAD.has(lower) && head(tokens[i + 1])) ||
    (AFTER_HEAD.has(lower) && head(tokens[i - 1])) ||
    notYetInPost(tokens, i) ||
    portfolioBeforePost(tokens, i)
  );
}

/** "President-elect", "Minister-designate" (three tokens): the hyphen and the suffix after a
 * capitalised head title belong to the title. */
function notYetInPost(tokens: readonly Token[], i: number): boolean {
  const suffixAt = (k: number) => /^(elect|designate)$/i.test(tokens[k]?.value ?? '');
  const headAt = (k: number) => {
    const word = tokens[k]?.value ?? '';
    return isCapitalised(word) && HEAD_TITLE_WORDS.has(word.toLowerCase());
  };
  const hyphenAt = (k: number) => tokens[k]?.value === '-';
  if (hyphenAt(i)) return headAt(i - 1) && suffixAt(i + 1);
  return suffixAt(i) && hyphenAt(i - 1) && headAt(i - 2);
}

/** The posts a portfolio is written before ("Fisheries Minister", "Housing Secretary"). */
const PORTFOLIO_POSTS = /^(Minister|Ministers|Secretary|Secretaries)$/;

/**
 * A portfolio the title words do not list, written as one capitalised word before "Minister" or
 * "Secretary" ("Fisheries Minister", "Tourism Minister", "Housing Secretary"): part of the post.
 * Never a country or place, nor a country's adjective: those say whom the post acts for
 * ("Icelandic Minister X").
 */
function portfolioBeforePost(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.value ?? '';
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || !PORTFOLIO_POSTS.test(tokens[i + 1]?.value ?? ''))
    return false;
  // a noun ("The Minister said" opens with a determiner)
  if (tokens[i]?.pos !== 'NOUN' && tokens[i]?.pos !== 'PROPN') return false;
  const lower = word.toLowerCase();
  return !COUNTRY_ADJECTIVES.has(lower) && !PROPER_PLACE_NAMES.has(lower);
}

/** Bodies whose name goes on with "General" ("Directorate General", "Secretariat General"). */
const BODY_BEFORE_GENERAL = /^(Directorate|Secretariat|Inspectorate|Consulate|Commissariat)$/;

const capitalisedAt = (tokens: readonly Token[], k: number) =>
  isCapitalised(tokens[k]?.value ?? '') && tokens[k]?.pos !== 'PUNCT';
const cueAt = (tokens: readonly Token[], k: number) =>
  ORG_CUES.has(tokens[k]?.value.toLowerCase() ?? '') && capitalisedAt(tokens, k);

/** "The Hostages and Missing Families Forum", "Ministry of Trade, Industry and Energy": an "and"
 * or a comma inside one organisation's name, between capitalised words, where the name has its
 * cue after the list ("the … Forum") or an "X of" before it ("Ministry of …"). */
export function joinsOrgName(tokens: readonly Token[], i: number): boolean {
  const value = tokens[i]?.value;
  if ((value !== 'and' && value !== ',') || i === 0) return false;
  if (!capitalisedAt(tokens, i - 1) || !capitalisedAt(tokens, i + 1)) return false;
  const inRun = (k: number) =>
    (capitalisedAt(tokens, k) && tokens[k]?.value !== 'The') ||
    ['of', 'for', ',', 'and', '&'].includes(tokens[k]?.value ?? '');
  let start = i - 1;
  while (start > 0 && start > i - 8 && inRun(start - 1)) start--;
  let end = i + 1;
  while (end < tokens.length - 1 && end < i + 8 && inRun(end + 1)) end++;
  // "Ministry of Trade, Industry", "Front for Change and Concord": a cue followed by "of" or
  // "for" before the list
  let cueOf = false;
  for (let k = start; k < i - 1; k++)
    if (cueAt(tokens, k) && /^(of|for)$/.test(tokens[k + 1]?.value ?? '')) cueOf = true;
  if (cueOf) return value === 'and' || tokens.slice(i, end + 1).some((t) => t.value === 'and');
  // "the Hostages and Missing Families Forum", "the AU's Peace and Security Council": "the" or
  // an owner's "'s", no cue before, a cue after
  // (after an owner, one word before "and": "China's Vice Premier He Lifeng and US Treasury
  // Secretary" are two people)
  const opener = tokens[start - 1]?.value.toLowerCase() ?? '';
  const owned = ["'s", '’s'].includes(opener) && start === i - 1;
  if (value !== 'and' || !(opener === 'the' || owned)) return false;
  for (let k = start; k < i; k++) if (cueAt(tokens, k)) return false;
  for (let k = i + 1; k <= end; k++) if (cueAt(tokens, k)) return true;
  return false;
}

/** Groups of adjacent pieces that may form one name, trimmed of connectors at the edges. */
export function groupPieces(pieces: readonly Piece[], tokens: readonly Token[]): Piece[][] {
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  const flush = () => {
    while (current.length > 0 && ['conn', 'ltitle'].includes((current.at(-1) as Piece).type))
      current.pop();
    while (
      current.length > 0 &&
      (current[0] as Piece).type === 'conn' &&
      !opensName(current, tokens)
    )
      current.shift();
    if (current.length > 0) groups.push(current);
    current = [];
  };
  pieces.forEach((piece, p) => {
    const previous = current.at(-1);
    if (piece.type === 'other') return flush();
    if (piece.type === 'conn') {
      const value = (tokens[piece.start] as Token).value.toLowerCase();
      const next = pieces[p + 1];
      const nextValue = next ? (tokens[next.start] as Token).value.toLowerCase() : '';
      if (NAME_PARTICLES.has(value) && value !== 'de') {
        // "Khalil al-Hayya": a particle hyphened to the name word after it
        const hyphened =
          nextValue === '-' && pieces[p + 2]?.type === 'word' && next?.end === pieces[p + 2]?.start;
        // "Governor Al-Hafiz Bakhit": a hyphened particle after a title opens the name
        const titled = hyphened && (previous?.type === 'title' || previous?.type === 'ltitle');
        const joins =
          previous !== undefined &&
          (previous.type === 'word' || previous.type === 'conn' || titled) &&
          next !== undefined &&
          (next.type === 'word' ||
            (next.type === 'conn' && NAME_PARTICLES.has(nextValue)) ||
            hyphened);
        // "the al-Qassam Brigades": a hyphened particle may open a name
        if (!joins && !(hyphened && current.length === 0)) return flush();
        if (!joins) flush();
        current.push(piece);
        return;
      }
      // "Ana De La Cruz": "de" before a second particle and a name word
      const deLa =
        value === 'de' &&
        previous?.type === 'word' &&
        /^(la|las|los|le)$/.test(nextValue) &&
        pieces[p + 2]?.type === 'word';
      if (deLa) {
        current.push(piece);
        return;
      }
      const ofThe = value === 'of' && ofTheInName(pieces, p, tokens);
      const ok =
        previous !== undefined &&
        next !== undefined &&
        next.type !== 'other' &&
        (next.type !== 'conn' || ofThe) &&
        (value === 'of' || value === '&' || value === 'de' || value === 'and' || value === ','
          ? previous.type !== 'ltitle'
          : value === 'the'
            ? (tokens[previous.start] as Token).value.toLowerCase() === 'of'
            : value === 'to' || value === 'for'
              ? // "US ambassador to Latvia X": a post to a country, its title in lower case too
                previous.type === 'title' || previous.type === 'ltitle' || value === 'for'
              : value === "'" || value === '’'
                ? previous.type === 'word'
                : value === '-' || value === '–'
                  ? (previous.type === 'word' ||
                      NAME_PARTICLES.has((tokens[previous.start] as Token).value.toLowerCase())) &&
                    next.type === 'word'
                  : previous.type === 'known' && previous.hit?.kind !== 'person');
      if (!ok) return flush();
      current.push(piece);
      return;
    }
    if (piece.type === 'ltitle') {
      // A lowercase title word belongs to a name only between capitalised words ("IMF chief X"),
      // or after a possessive before a capitalised title ("Malta's acting Prime Minister X")
      const owned =
        previous?.type === 'conn' &&
        /^['’]s$/.test((tokens[previous.start] as Token).value) &&
        pieces[p + 1]?.type === 'title';
      if (previous === undefined || (previous.type === 'conn' && !owned)) return flush();
    }
    if (piece.type === 'known' && previous !== undefined && previous.type === 'known') {
      const prevKind = previous.hit?.kind;
      const sameActor = prevKind === 'person' || piece.hit?.kind === 'person';
      if (!(prevKind !== 'person' && piece.hit?.kind === 'person') && sameActor) flush();
      else if (prevKind === piece.hit?.kind) flush();
    }
    current.push(piece);
  });
  flush();
  return groups;
}

/** "Ministry of the Interior", "Secretary of the Navy": the "of" at piece `p` before "the", after a
 * body's head word or a title and before a capitalised word, joins one name (not "Jo Roe of the
 * Harbour Institute", a person and a body). */
function ofTheInName(pieces: readonly Piece[], p: number, tokens: readonly Token[]): boolean {
  const [previous, next, after] = [pieces[p - 1], pieces[p + 1], pieces[p + 2]];
  if (previous === undefined || tokens[next?.start ?? -1]?.value.toLowerCase() !== 'the')
    return false;
  const head = (tokens[previous.start] as Token).value.toLowerCase();
  const opens = previous.type === 'title' || (previous.type === 'word' && ORG_CUES.has(head));
  return opens && ['word', 'title', 'known'].includes(after?.type ?? '');
}

/** "the Aqsa Martyrs' Brigades": an apostrophe after a capitalised plural, glued to it, before
 * another capitalised word, joins one name. */
function pluralPossessive(tokens: readonly Token[], i: number): boolean {
  const [before, mark, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (before === undefined || mark === undefined || after === undefined) return false;
  if (mark.value !== "'" && mark.value !== '’') return false;
  return (
    /^\p{Lu}\p{L}*s$/u.test(before.value) && before.end === mark.start && isCapitalised(after.value)
  );
}

/** A run that opens with a particle hyphened to a name word ("al-Qassam", "el-Karim"). */
function opensName(run: readonly Piece[], tokens: readonly Token[]): boolean {
  const [particle, dash, word] = run;
  const value = tokens[particle?.start ?? -1]?.value.toLowerCase() ?? '';
  return (
    NAME_PARTICLES.has(value) &&
    tokens[dash?.start ?? -1]?.value === '-' &&
    word?.type === 'word' &&
    tokens[particle?.start ?? -1]?.end === tokens[dash?.start ?? -1]?.start
  );
}

/** Tokens of a byline inside a sentence: "reported by Jane Roe and Joe Bloggs for …". The
 * outlet after "for" stays. Returns the start indices of tokens to skip as names. */
export function bylineSpan(tokens: readonly Token[]): Set<number> {
  const skip = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (!['report', 'write', 'written'].includes(verb.lemma) || tokens[i + 1]?.value !== 'by')
      continue;
    // "reported by the Russian news agency TASS": a byline names its writers, with no article
    if (/^\p{Ll}/u.test(tokens[i + 2]?.value ?? '')) continue;
    for (let k = i + 2; k < tokens.length && k < i + 12; k++) {
      const value = (tokens[k] as Token).value;
      if (value === 'for' || value === ',' || value === '.') break;
      skip.add(k);
    }
  }
  return skip;
}
