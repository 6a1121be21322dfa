// The press as a page names it: an outlet quoted as where a report comes from ("told Reuters",
// "according to the Harbour Times", "the Gazette reported"), and a journalist named by their job
// ("its correspondent Jo Roe"). Neither is an actor of the story, so neither becomes an entity.
import type { Token } from './nlp';

/** Lowercase words that name a medium after (or before) its name: "the Herald newspaper". */
const MEDIA_NOUNS = new Set([
  'newspaper',
  'paper',
  'daily',
  'weekly',
  'broadcaster',
  'channel',
  'network',
  'outlet',
  'agency',
  'news',
  'website',
  'site',
  'magazine',
  'tabloid',
  'radio',
  'television',
  'tv',
  'wire',
  'service',
  'station',
  'portal',
]);

/** Words a medium's own name ends with ("Harbour Times", "Coast Radio"). */
export const MEDIA_NAME_ENDS = new Set([
  'times',
  'post',
  'news',
  'journal',
  'herald',
  'tribune',
  'daily',
  'telegraph',
  'express',
  'gazette',
  'chronicle',
  'observer',
  'guardian',
  'mail',
  'mirror',
  'radio',
  'television',
  'tv',
  'broadcasting',
  'magazine',
  'review',
  'press',
  'wire',
]);

/** Verbs after which "to" names who was spoken to ("said to the Herald"). */
const SPOKEN_TO = new Set([
  'speak',
  'spoke',
  'speaking',
  'talk',
  'talking',
  'say',
  'said',
  'confirm',
  'confirmed',
  'according',
  'comments',
  'remarks',
  'statement',
  'interview',
  'explain',
  'explained',
  'describe',
  'described',
]);

/** Words that say whose or what kind of medium it is: "state-run", "semi-official", "public". */
const MEDIA_KINDS = new Set([
  'state',
  '-',
  'run',
  'owned',
  'funded',
  'official',
  'semi-official',
  'public',
  'government',
  'national',
  'private',
  'independent',
  'local',
]);

/** Words before "by" that make the next name the one who carried a report ("quoted by"). */
const CARRIED_BY = new Set([
  'quote',
  'quoted',
  'cite',
  'cited',
  'report',
  'reported',
  'reports',
  // "a press conference covered by Agencia Andina"
  'cover',
  'covered',
  'obtain',
  'obtained',
  'see',
  'seen',
  'review',
  'reviewed',
  'publish',
  'published',
  'broadcast',
  'air',
  'aired',
  'photo',
  'photograph',
  'image',
  'picture',
  'video',
  'footage',
  // "contacted by AFP", "asked by the Herald": the medium's own questions
  'contact',
  'contacted',
  'ask',
  'asked',
]);

/** Verbs after an outlet's name that make it the teller, not an actor ("Reuters reported"). */
const REPORTING = new Set([
  'report',
  'reported',
  'reports',
  'reporting',
  'say',
  'said',
  'says',
  'cite',
  'cited',
  'citing',
  'quote',
  'quoted',
  'quoting',
  'publish',
  'published',
  'publishes',
  'write',
  'wrote',
  'writes',
  // "the Herald's television channel posted on X", "the Herald puts the toll at 60"
  'post',
  'posted',
  'posts',
  'put',
  'puts',
  'estimate',
  'estimated',
  'estimates',
  'broadcast',
  'air',
  'aired',
  'learn',
  'learned',
  'learnt',
  'obtain',
  'obtained',
  'could',
  'was',
  'were',
  'has',
  'had',
  'understands',
]);

/** Verbs that, after a comma or a closing quote, put the teller after them ("…, reports the
 * Herald"). */
const INVERTED_TELLING = new Set(['reports', 'reported', 'writes', 'wrote', 'notes', 'noted']);

/** Verbs that make the name before them and an adverb the teller ("Semafor first reported"). */
const TELLING_AFTER_ADVERB = new Set(['reported', 'reports', 'said', 'says', 'wrote', 'writes']);

/** Who tells a medium without being named: the medium's own reporting ("a source told the
 * Herald", "officials told Reuters", "a person familiar with the matter told the Herald"). */
const ANONYMOUS = new Set([
  'source',
  'sources',
  'official',
  'officials',
  'diplomat',
  'diplomats',
  'insider',
  'insiders',
  'matter',
  'anonymity',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  // people of the story's ground, not its parties: "a relative told the Herald"
  'relative',
  'relatives',
  'resident',
  'residents',
  'witness',
  'witnesses',
  'survivor',
  'survivors',
  'medic',
  'medics',
  'doctor',
  'doctors',
  'analyst',
  'analysts',
]);

/** Nouns after an outlet's possessive that make it the teller ("Reuters' tally"). */
const REPORT_NOUNS = new Set([
  'report',
  'reports',
  'reporting',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'analysis',
  'tally',
  'count',
  'calculations',
  'interview',
  'poll',
  'survey',
  'sources',
  'source',
  'investigation',
  'review',
  'editor',
  'editorial',
  'website',
  'coverage',
  'podcast',
  'programme',
  'program',
  'show',
]);

/** What a medium prints and who reads it, after its name: "Herald articles", "Herald readers". */
const MEDIUM_THINGS = new Set(['article', 'articles', 'readers', 'subscribers', 'newsletter']);

/** A medium's own room of journalists, after its possessive and a name ("X's Gulf desk"). */
const NEWSROOMS = new Set(['desk', 'newsroom', 'bureau']);

/** Job nouns of the press: the name after them is a journalist's. */
const PRESS_JOBS = new Set([
  'correspondent',
  'reporter',
  'photographer',
  'photojournalist',
  'journalist',
  'editor',
  'anchor',
  'columnist',
  'cameraman',
  'videographer',
  'stringer',
  'producer',
  'writer',
  'contributor',
]);

const lower = (t: Token | undefined) => t?.value.toLowerCase() ?? '';
/** Plural heads that name the press as a whole ("Japanese media, including …"). */
const PRESS_HEADS = new Set(['media', 'outlets', 'newspapers', 'broadcasters', 'press']);
const lemmaOrWord = (t: Token | undefined) => (t ? [t.lemma, t.value.toLowerCase()] : []);

/** Does the name over tokens [start, end) look like a medium's ("the Harbour Times")? */
export function mediaShaped(tokens: readonly Token[], start: number, end: number): boolean {
  if (MEDIA_NAME_ENDS.has(lower(tokens[end - 1]))) return true;
  // "Radio Andes", "Channel 9": a medium's noun opening its name
  // ("Agencia Andina", "Agence France-Presse": a news agency by the word its language has)
  if (
    end - start > 1 &&
    /^(radio|channel|tv|television|agencia|agência|agence)$/.test(lower(tokens[start]))
  )
    return true;
  return mediumWordsEnd(tokens, end) > end || MEDIA_NOUNS.has(lower(tokens[start - 1]));
}

/** Where the words after a name at `end` that say it is a medium end ("the Herald newspaper",
 * "Andes public broadcaster": what kind of medium, then its noun), or `end` when none do. */
function mediumWordsEnd(tokens: readonly Token[], end: number): number {
  const word = (x: Token | undefined) =>
    MEDIA_NOUNS.has(lower(x)) || (MEDIA_KINDS.has(lower(x)) && lower(x) !== '-');
  let e = end;
  while (e < tokens.length && e < end + 3 && word(tokens[e])) e++;
  while (e > end && !MEDIA_NOUNS.has(lower(tokens[e - 1]))) e--;
  return e;
}

/** How a report uses a medium: spoken to ("told X", "in an interview with X"), or as its
 * teller ("X reported", "according to X", "per X", "quoted by X", "X's correspondent"). */
export type PressRole = 'spoken-to' | 'teller';

/** The role the name over tokens [start, end) has as a medium of the report, if any. */
export function pressRole(tokens: readonly Token[], start: number, end: number): PressRole | null {
  // step over "the" and words that say what medium it is: "the Herald newspaper", "news agency X"
  // and over what it is ("according to Iranian state-run Nour News", "told the private Herald")
  let s = start;
  const describes = (x: Token | undefined) =>
    lower(x) === 'the' ||
    MEDIA_NOUNS.has(lower(x)) ||
    MEDIA_KINDS.has(lower(x)) ||
    x?.pos === 'ADJ' ||
    /^\p{Lu}\p{Ll}+(?:an|ese|i|ish|ic)$/u.test(x?.value ?? '');
  // and over the country whose medium it is ("according to Israel's Channel 12")
  const owned = (k: number) =>
    /^['’]s$/.test(tokens[k - 1]?.value ?? '') && /^\p{Lu}/u.test(tokens[k - 2]?.value ?? '');
  for (;;) {
    if (s > 0 && describes(tokens[s - 1])) s--;
    else if (s > 1 && owned(s)) s -= 2;
    else break;
  }
  // and over what follows its name: "the Herald newspaper", "Kan public broadcaster"
  const e = mediumWordsEnd(tokens, end);
  // "according to Reuters, Bloomberg and the Herald": the list shares its head
  if ([',', 'and'].includes(lower(tokens[s - 1]))) {
    let k = s - 1;
    while (k > 0 && k > s - 16 && /^(,|and|the|\p{Lu}.*)$/u.test(tokens[k - 1]?.value ?? '')) k--;
    // "…, on Monday, the Herald reported": a word before the comma that heads no list
    const head =
      k < s - 1 ? pressRole(tokens, k + (lower(tokens[k]) === 'the' ? 1 : 0), k + 1) : null;
    if (head !== null) return head;
  }
  const b = lower(tokens[s - 1]);
  const twoBefore = lemmaOrWord(tokens[s - 2]);
  if (['told', 'tells', 'tell', 'telling'].includes(b))
    return ANONYMOUS.has(lower(tokens[s - 2])) ? 'teller' : 'spoken-to';
  // "sources from the Herald": the medium's own sources
  if (b === 'from' && /^sources?$/.test(lower(tokens[s - 2]))) return 'teller';
  if (b === 'to' && twoBefore.includes('according')) return 'teller';
  if (b === 'to' && twoBefore.some((w) => SPOKEN_TO.has(w))) return 'spoken-to';
  if (b === 'with' && twoBefore.some((w) => /^(interview|interviews|conversation)$/.test(w)))
    return 'spoken-to';
  if (b === 'on' && twoBefore.some((w) => /^(appear|appeared|speaking|said|interview)$/.test(w)))
    return 'spoken-to';
  // "via Reuters", "citing the Herald", "per the Herald"
  if (['via', 'citing', 'per'].includes(b)) return 'teller';
  // "Japanese media, including public broadcaster NHK, cited …": one of the press named
  if (
    b === 'including' &&
    tokens.slice(Math.max(0, s - 4), s - 1).some((x) => PRESS_HEADS.has(lower(x)))
  )
    return 'teller';
  // "…, said Jo Roe and Al Poe on Politico": the medium its commentators spoke on
  if (/^(on|in|for)$/.test(b) && commentatorsBefore(tokens, s - 1)) return 'teller';
  // "…, reports the Herald.", "…,” wrote the Herald": the teller after what it told
  if (INVERTED_TELLING.has(b) && /^[,"”’]$/.test(tokens[s - 2]?.value ?? '')) return 'teller';
  if (b === 'by' && carriedBy(tokens, s - 1)) return 'teller';
  // "with inputs from the Herald", "a report from the Herald"
  if (b === 'from' && twoBefore.some((w) => /^(inputs?|reporting|reports?)$/.test(w)))
    return 'teller';
  // "did not respond to a request for comment from Reuters": the medium that asked
  if (b === 'from' && twoBefore.some((w) => /^(comments?|questions?|requests?|queries)$/.test(w)))
    return 'spoken-to';
  // "in an op-ed in the Herald", "wrote in the Herald", "speaking to the Herald"
  const written = tokens.slice(Math.max(0, s - 4), s - 1).flatMap(lemmaOrWord);
  if (
    b === 'in' &&
    written.some((w) => /^(op-ed|ed|column|editorial|article|write|wrote|piece)$/.test(w))
  )
    return 'spoken-to';
  if (b === 'to' && twoBefore.some((w) => /^(speak|speaking|comments?|remarks?)$/.test(w)))
    return 'spoken-to';
  // "according to a Herald tally": the medium's own report
  if (['a', 'an'].includes(b) && REPORT_NOUNS.has(lower(tokens[e]))) return 'teller';
  const after = tokens[e];
  if (after === undefined) return null;
  // "an AFP photographer confirmed", "Herald correspondents reported": its staff at work
  if (PRESS_JOBS.has(lower(after).replace(/s$/, ''))) return 'teller';
  // "Reuters, citing three sources, reported"
  if (after.value === ',' && /^(citing|quoting)$/.test(lower(tokens[e + 1]))) return 'teller';
  // "Semafor first reported", "the Herald also said"
  if (after.pos === 'ADV' && TELLING_AFTER_ADVERB.has(lower(tokens[e + 1]))) return 'teller';
  // "all Herald articles", "Herald readers": what a medium prints and who reads it
  if (MEDIUM_THINGS.has(lower(after))) return 'teller';
  if (REPORTING.has(lower(after)) || REPORTING.has(after.lemma))
    return reportsHere(tokens, e) ? 'teller' : null;
  if (["'s", '’s', "'", '’'].includes(after.value) && REPORT_NOUNS.has(lower(tokens[e + 1])))
    return 'teller';
  // "Axios' Barak Ravid reported": its journalist telling; "the Herald's Gulf desk"
  if (["'s", '’s', "'", '’'].includes(after.value)) {
    let k = e + 1;
    while (k < e + 5 && /^\p{Lu}/u.test(tokens[k]?.value ?? '')) k++;
    if (k > e + 1 && publishes(tokens, k)) return 'teller';
    if (NEWSROOMS.has(lower(tokens[k]))) return 'teller';
  }
  return null;
}

/** "quoted by", "picked up by", "broadcast live by": the verb before "by" at `by` (a particle or
 * an adverb between them) makes the next name the one that carried a report. */
function carriedBy(tokens: readonly Token[], by: number): boolean {
  const verb = lemmaOrWord(tokens[by - 1]);
  if (verb.some((w) => CARRIED_BY.has(w))) return true;
  if (!/^\p{Ll}+$/u.test(tokens[by - 1]?.value ?? '')) return false;
  return lemmaOrWord(tokens[by - 2]).some((w) => CARRIED_BY.has(w) || w === 'pick');
}

/** "Reuters reported", "the Herald said": a reporting verb right after the name, not an
 * auxiliary before another verb ("Reuters was banned", "the Herald has closed"). */
function reportsHere(tokens: readonly Token[], at: number): boolean {
  const verb = lower(tokens[at]);
  if (!['could', 'was', 'were', 'has', 'had'].includes(verb)) return true;
  const next = tokens.slice(at + 1, at + 3).map(lower);
  if (next.some((w) => /^(not|unable|told|learned|learnt|seen|obtained|reviewed)$/.test(w)))
    return true;
  // "the broadcaster had all said earlier that…", "the Herald has also reported"
  if (tokens.slice(at + 1, at + 4).some((x) => /^(said|reported|written|wrote)$/.test(lower(x))))
    return true;
  // "the Herald was (one of) the first to report"
  const then = tokens
    .slice(at + 1, at + 9)
    .map(lower)
    .join(' ');
  return /^(?:(?:one|among) (?:of )?)?the first (?:outlets? )?to (?:report|publish|break)\b/.test(
    then,
  );
}

/** Is the name over tokens [start, end) a journalist's, named by their job after a medium or a
 * possessive ("the Herald's correspondent Jo Roe", "Reuters photographer Jo Roe")? */
export function pressByJob(tokens: readonly Token[], start: number): boolean {
  if (!PRESS_JOBS.has(lower(tokens[start - 1]))) return false;
  const owner = tokens[start - 2];
  if (owner === undefined) return false;
  if (["'s", '’s', "'", '’'].includes(owner.value) || /^(our|its|their)$/i.test(owner.value))
    return true;
  return /^\p{Lu}/u.test(owner.value);
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}`;
const PRESS_JOB =
  '(?:correspondent|reporter|journalist|writer|editor|columnist|photographer|producer|contributor)';
const PRESS_LINES: readonly RegExp[] = [
  // "… in Oslo contributed to this report", "Jo Roe contributed reporting"
  /\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)\b/i,
  /\bcontributed reporting\b/i,
  // "Jo Roe reported from Oslo."
  new RegExp(String.raw`^${NAME} (?:reported|reports|wrote|writes) from \p{Lu}`, 'u'),
  // "Jo Roe is a senior correspondent covering …", "Jo Roe is the Harbour Wire's correspondent"
  new RegExp(
    String.raw`^${NAME} is (?:an? |the |(?:the )?\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3}['’]s? )(?:[\p{L}-]+ ){0,3}${PRESS_JOB}\b`,
    'u',
  ),
  // "Jo Roe, Harbour Wire foreign correspondent": a signature with no verb
  new RegExp(String.raw`^${NAME}, [^.!?]{0,60}\b${PRESS_JOB}s?$`, 'u'),
  // "Jo Roe covers foreign affairs for …", "About the author: …"
  new RegExp(String.raw`^${NAME} (?:covers|writes about|reports on) [^.!?]{0,80}\bfor\b`, 'u'),
  /^about the (?:author|writer|reporter)s?\b/i,
  // an embedded post's caption: "A post shared by Jo Roe (@joroe)"
  /^a post shared by\b/i,
  // "Follow Jo Roe on X", "Also read: …"
  /^(?:follow|subscribe|sign up|also read|read more|watch|listen)\b/i,
];

/** A line about the making of the report, not about the story: a contributor's credit, a
 * reporter's note or biography, a call to follow the author. */
export function pressLine(text: string): boolean {
  return PRESS_LINES.some((re) => re.test(text.trim()));
}

/** "Gazetta reported", "Nordpost quoted …": a verb only the press does, right after a name. */
export function publishes(tokens: readonly Token[], end: number): boolean {
  return /^(reported|reports|quoted|cited|citing|broadcast|aired|published)$/.test(
    lower(tokens[end]),
  );
}

/** "Jo Roe, reporting from Valletta": a correspondent on the spot. */
export function reportsFrom(tokens: readonly Token[], end: number): boolean {
  const k = tokens[end]?.value === ',' ? end + 1 : end;
  return /^(reporting|reports)$/.test(lower(tokens[k])) && lower(tokens[k + 1]) === 'from';
}

/** Participles that say who gave out a picture. */
const PROVIDED = new Set([
  'released',
  'provided',
  'distributed',
  'published',
  'issued',
  'supplied',
]);
/** What a picture is called: "a Reuters photograph showed", "AFP footage". */
export const PICTURES: readonly string[] = [
  'photo',
  'photos',
  'photograph',
  'photographs',
  'picture',
  'pictures',
  'image',
  'images',
  'video',
  'videos',
  'footage',
];
/** A picture's words before the participle that credits it ("a handout picture released by"). */
const PICTURE_WORDS = new Set([...PICTURES, 'handout', 'grab']);

/** "a handout picture released by the Peruvian Foreign Ministry shows …", "footage provided by
 * the army": the one named at `start` is the picture's credit, named in its caption, not an
 * actor there. */
export function providesPicture(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (lower(tokens[k]) === 'the') k--;
  if (lower(tokens[k]) !== 'by' || !PROVIDED.has(lower(tokens[k - 1]))) return false;
  return tokens.slice(Math.max(0, k - 5), k - 1).some((x) => PICTURE_WORDS.has(lower(x)));
}

/** Verbs that, before the names, tell a commentator's words after a quote ("…, said Jo Roe"). */
const COMMENTING = new Set([
  'said',
  'says',
  'wrote',
  'writes',
  'argued',
  'argues',
  'noted',
  'notes',
]);

/** "…, said Jo Roe and Al Poe on Harbour Wire": names, with no title, told as saying something on
 * or in a medium are its writers or guests, commenting on the story, not in it. `start`/`end`
 * cover one of the names; `isMedium` says whether the words over [s, e) name a medium. */
export function commentatorOnMedium(
  tokens: readonly Token[],
  start: number,
  end: number,
  isMedium: (s: number, e: number) => boolean,
): boolean {
  const named = (k: number) => /^\p{Lu}/u.test(tokens[k]?.value ?? '');
  const joins = (k: number) => /^(,|and)$/.test(lower(tokens[k]));
  let k = start - 1;
  while (joins(k) && named(k - 1)) {
    k--;
    while (named(k - 1)) k--;
    k--;
  }
  if (!COMMENTING.has(lower(tokens[k])) || !/^[,"”’]$/.test(tokens[k - 1]?.value ?? ''))
    return false;
  let e = end;
  while (joins(e) && named(e + 1)) {
    e++;
    while (named(e)) e++;
  }
  if (!/^(on|in|for)$/.test(lower(tokens[e]))) return false;
  const s = lower(tokens[e + 1]) === 'the' ? e + 2 : e + 1;
  let f = s;
  while (f < s + 5 && named(f)) f++;
  return f > s && (isMedium(s, f) || mediaShaped(tokens, s, f));
}

/** "…, said Jo Roe on Politico": whether commentators' names end just before the "on" at `on`. */
function commentatorsBefore(tokens: readonly Token[], on: number): boolean {
  let start = on;
  while (start > 0 && /^\p{Lu}/u.test(tokens[start - 1]?.value ?? '')) start--;
  return start < on && commentatorOnMedium(tokens, start, on, () => true);
}
