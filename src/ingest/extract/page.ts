// A news page's structure before its prose: the headline, the page's own date line, bylines,
// photo captions and credits, timestamps and the dateline ("OSAKA (NP) —") are recognised and
// set apart, so that none of them becomes an actor or a piece of evidence; what is left is
// paragraphs of prose (hard wraps joined, each bullet its own paragraph) and headings.
// Pure and free of the tagger, so the page's date can be found in the browser as the text is
// pasted.
import { isRunOfProse, unflattenLine } from './flattened-page';
import { COUNTRIES } from './gazetteer';
import { decodeEntities } from './html-entities';
import { findPageDate, parseDateLine } from './page-date';
import { REGIONS } from './world-regions';

export type Block = {
  text: string;
  /** A headline or a heading: it links names but states nothing, and proposes no new entity. */
  heading: boolean;
};

export type Page = {
  /** The headline: the first line that is neither a caption, a credit, a byline nor a date. */
  headline: string | null;
  /** The first date the page's own lines give ("MONDAY, MARCH 3, 2025"), as YYYY-MM-DD. */
  published: string | null;
  /** The dateline's place ("Osaka"), when the first paragraph opens with one. */
  datelinePlace: string | null;
  blocks: Block[];
  /** What was set apart, by kind, for the summary and the tests. */
  removed: { kind: 'caption' | 'credit' | 'byline' | 'timestamp' | 'dateline'; text: string }[];
};

const CREDIT_WORDS =
  /\b(Getty Images|AFP via Getty|AP Photo|Photo:|Photograph:|Image:|Illustrative photo|File photo|Photo by|Pool photo)\b/i;
const AGENCY = /(?:AP|AFP|Reuters|EPA|Xinhua|Yonhap|YONHAP|Bloomberg|Getty Images|TT|ANI|PTI)/;

/** A credit or byline: "Name | Agency | Getty Images", "By Jane Doe", "… via AP". */
export function isCreditLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return false;
  if (text.includes('|')) return true;
  if (CREDIT_WORDS.test(text) && text.length < 160) return true;
  if (/^(photo|image|credit|handout|screenshot|screen grab)s?\b/i.test(text) && text.length < 120)
    return true;
  if (/^((photo|picture|image) )?courtesy\b/i.test(text) && text.length < 120) return true;
  if (new RegExp(`\\bvia ${AGENCY.source}$`).test(text)) return true;
  // "Reuters" alone on its line under the headline: the wire that carries the story
  if (new RegExp(`^[(\\[]?(?:[—–-]\\s*)?${AGENCY.source}[)\\]]?$`).test(text)) return true;
  // "Jan Roe/Wire Agency", "[WIRE/AGENCY]", "(Jane Roe/Outlet)"
  if (/^[[(]?[\p{Lu}][\p{L}.'’ -]*\/ ?[\p{L}.'’ -]+[)\]]?$/u.test(text) && text.length < 90)
    return true;
  if (isByline(text)) return true;
  if (isStampedByline(text) || TRAILING_SLASH_CREDIT.test(text)) return true;
  if (/^\(?with (agency|wire) inputs\)?\.?$/i.test(text)) return true;
  if (WIRE_FOOT.test(text) && text.length < 100) return true;
  if (STAFF_LINE.test(text) && text.length < 80) return true;
  if (DESK_BYLINE.test(text) && text.length < 80) return true;
  if (SIGNATURE.test(text) && text.length < 100) return true;
  if (WRITER_NOTE.test(text) && text.length < 250) return true;
  if (/^[^\p{L}]*$/u.test(text)) return true;
  // "Editing by Jo Roe", "Jo Roe contributed reporting. Writing by …", "(Reporting by Jo Roe,
  // editing by Al Oak)", "© 2025 … All rights reserved"
  if (DESK_CREDIT.test(text) && text.length < 200) return true;
  if (/(©|\bcopyright\b|\ball rights reserved\b)/i.test(text) && text.length < 200) return true;
  if (PAGE_FURNITURE.test(text) && text.length < 300) return true;
  if (SHARE_BAR.test(text) || (READ_TIME.test(text) && text.length < 200)) return true;
  if (PROMO.some((p) => p.test(text)) && text.length < 400) return true;
  if (/^[.\w-]*\.(png|jpe?g|gif|webp)\)?$/i.test(text)) return true;
  return false;
}

/** A page's own furniture, about the article rather than in it: sharing buttons, the writer's
 * note ("The author, Jo Roe, is …", "The writer is …") and a correction note. */
const PAGE_FURNITURE =
  /^(share\b[^.!?]*|(story|article) continues (below|after)\b.*|(advertisement|advertising|sponsored|recommended|trending|most (read|popular|viewed)|related (stories|articles|coverage)|more on this story)\b[^.!?]{0,20}|(download|get) (the|our) [^.!?]{0,40}\bapp\b.*|(click|tap) here\b.*|contact (the (author|writer|reporter)|us)\b.*|(skip|scroll) to\b.*|\d+ min(ute)?s? read|the (author|writer)(, [^,]+,)? is\b.*|(this|an earlier version of this) (story|article|report) (has been|was|is) (corrected|updated|amended)\b.*)$/iu;

/** A bar of sharing buttons: "Copy Link copied", "Email Facebook X Reddit", "Share Save". */
const SHARE_BAR =
  /^(?:(?:share|save|print|email|e-mail|facebook|x|twitter|reddit|whatsapp|linkedin|telegram|pinterest|flipboard|bluesky|threads|messenger|copy|link|copied|comments?)[\s,|·•]*)+$/i;

/** The page's call to subscribe: "Get The Harbour Times's Daily Edition by email and never miss
 * our top stories", "Sign up for our newsletter", "By signing up, you agree to the terms". */
const PROMO: readonly RegExp[] = [
  /^(?:get|sign up|subscribe|join|receive|want)\b[^.!?]*\b(?:newsletters?|daily edition|by email|in your inbox|alerts|briefing)\b/i,
  /\bby signing up\b/i,
  /\bnever miss (?:our|a|the)\b/i,
  /\bnewsletter email address\b/i,
];

/** A signature with the article's reading time: "Jo Roe, Outlet 3 minute read Updated …". */
const READ_TIME = /\b\d+[- ]min(?:ute)?s?\.? read\b/i;

/** Names of the wires or the outlet, as a list: "AFP", "The Harbour Times and Reuters". */
const OUTLETS = String.raw`(?:(?:the )?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}|agencies|wires)(?:(?:,| and| &) (?:the )?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}| and agencies)*`;

/** A wire's credit at the foot or under the byline: "Staff and agencies", "With AFP and Reuters",
 * "With files from the Harbour Times", "Source: Reuters", "— AFP". */
const WIRE_FOOT = new RegExp(
  String.raw`^[(\[]?(?:[—–-]\s*)?(?:(?:[Ss]taff|[Aa]gencies)(?: and (?:staff|agencies|wires))?|(?:[Ww]ith|WITH|[Ss]ources?:|SOURCES?:)\s+(?:(?:files|inputs|reporting|material|additional reporting) from )?${OUTLETS})\.?[)\]]?$`,
  'u',
);

/** An outlet's staff signing a story: "Middle East Eye staff", "The Harbour Times Staff &
 * Agencies", "Times of Malta news desk". */
const STAFF_LINE =
  /^(?:[Tt]he )?\p{Lu}[\p{L}.'’&-]*(?: (?:of |and )?\p{Lu}[\p{L}.'’&-]*){0,4} (?:[Ss]taff(?: [Ww]riters?| [Rr]eporters?)?|STAFF|[Nn]ews [Dd]esk|[Ww]eb [Dd]esk|[Dd]esk)(?: (?:&|and) [Aa]gencies)?$/u;

/** A reporter signing for a desk: "Jo Roe, News Desk:", "Jo Roe, Staff Reporter". */
const DESK_BYLINE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, (?:News|Web|Staff|Digital|Online|City|Foreign|World) (?:Desk|Team|Reporter|Correspondent|Writer):?$/u;

/** A reporter's signature under the headline: "Jo Roe (@joroe)", "Jo Roe • 4 min read", "Jo
 * Roe · June 4, 2025", "Harbour News, Valletta", "Jo Roe, Harbour Radio, Valletta". */
const SIGNATURE = new RegExp(
  [
    String.raw`^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2},? \(?@\w+\)?$`,
    String.raw`^[^.!?]{2,60} [•·] [^.!?]{2,60}$`,
    String.raw`^(?:\p{Lu}[\p{L}'’.-]+,? ){0,4}(?:News|Press|Radio|TV|Television|Times|Post|Herald|Service|World Service|Spanish|Arabic|Urdu|Persian|Hindi|Chinese|French|Russian|Turkish),(?: \p{Lu}[\p{L}'’.-]+){1,2}$`,
  ].join('|'),
  'u',
);

/** A note on who wrote the story, a paragraph of its own: "Jo Roe is The Harbour Times's
 * diplomatic reporter", "Jo Roe is a correspondent for Harbour News based in Valletta" (not
 * "Jo Roe is a reporter who was detained in May": news of the reporter). */
const WRITER_NOTE =
  /^\p{Lu}[\p{L}'’.-]+(?: [\p{L}'’.-]+){1,3} is (?:the |a |an )?[^.!?]{0,80}?\b(?:reporter|correspondent|editor|journalist|writer|columnist|producer|photographer|photojournalist|contributor|bureau chief)s?\b(?![^.!?]*\b(?:who|which|that|whose)\b)[^.!?]{0,120}\.?$/u;

/** The desk's credits at an article's foot: who edited, wrote or added reporting. */
const DESK_CREDIT =
  /(^\(?|[.;]\s*)(editing|edited|writing|written|additional reporting|reporting|compiled|translated|translation) by \p{Lu}/iu;

/** A link to another story: "RELATED STORY | …", "Read more: …", "Also read | …". */
const STORY_LINK =
  /^(related( stor(y|ies)| articles?| coverage)?|read (more|also)|also read|see also)\s*[|:]/i;

/** A credit naming who took a picture: "Name/Agency via AP", "Name | Agency", "Photo: …". */
function isPhotoCredit(line: string): boolean {
  const text = line.trim();
  if (!/\p{L}{2}/u.test(text) || /\.(png|jpe?g|gif|webp)\)?$/i.test(text) || isByline(text))
    return false;
  if (STORY_LINK.test(text)) return false;
  return (
    text.includes('|') ||
    CREDIT_WORDS.test(text) ||
    new RegExp(`\\bvia ${AGENCY.source}$`).test(text) ||
    /^[[(]?[\p{Lu}][\p{L}.'’ -]*\/ ?[\p{L}.'’ -]+[)\]]?$/u.test(text)
  );
}

/** A caption that ends with its credit after a slash: "Crews wait in port, 2024. / Agency". */
const TRAILING_SLASH_CREDIT = /[.!?]["”’]?\s+\/\s?\p{Lu}[\p{L}.'’ -]{0,40}$/u;

/** A writer or desk with its outlet and a time stamp, no sentence: "Desk Name Outlet, 7 Oct, 2025
 * 09:08 AM". */
function isStampedByline(text: string): boolean {
  return (
    text.length < 100 &&
    !/[.!?;"“”]/.test(text) &&
    /\b\d{4},?\s+\d{1,2}:\d{2}(\s*[AP]\.?M\.?)?(\s+[A-Z]{2,4})?$/i.test(text)
  );
}

/** What a byline may say after its names: "By Harbour Times staff", "By Jo Roe in Valletta". */
const BYLINE_TAIL = String.raw`(,?\s+(staff|staff writers?|staff reporters?|correspondents?|reporters?|news desk|desk|bureau))?(,?\s+(in|from)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+)?)?`;
const BYLINE = new RegExp(
  String.raw`^[Bb]y\s+[A-Z][\p{L}'’.-]+(\s+(of\s+)?[A-Z][\p{L}'’.-]+){0,3}(\s*(,|and)\s*[A-Z][\p{L}'’.-]+(\s+[A-Z][\p{L}'’.-]+){0,3})*${BYLINE_TAIL}\s*$`,
  'u',
);

function isByline(text: string): boolean {
  return BYLINE.test(text);
}

/** Names only, glued or spaced, with no verb or punctuation: "Jane RoeJohn Doe" under a headline. */
function isNamesOnly(text: string): boolean {
  if (text.length > 60 || /[.,:;!?"“”]/.test(text)) return false;
  const words = text.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    words.every((w) => /^\p{Lu}\p{Ll}+(\p{Lu}\p{Ll}+)?$/u.test(w)) &&
    /\p{Ll}\p{Lu}/u.test(text)
  );
}

/** A trailing credit in brackets: "(File photo 2019: NAME / AGENCY)", "[WIRE/AGENCY]". */
const TRAILING_CREDIT =
  /\s*[([](?:[^()[\]]*\/[^()[\]]*|[^()[\]]*\b(?:photo|image|file|credit|via|courtesy|handout|screenshot|screengrab)\b[^()[\]]*)[)\]]\s*$/iu;

/** A caption's credit in brackets after its last full stop, a name or an acronym alone: "…
 * in Gaza, March 2, 2025. (IDF)", "… in Jerusalem. (Flash90)". */
const BRACKETED_CREDIT =
  /[.!?]["”’]?\s+[([]\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,3}[)\]]$/u;

/** What may follow a caption's last full stop as its credit: "Jo Roe/AP", "Credit: Jo Roe",
 * "Picture: Jo Roe", "Jo Roe for The Harbour Times". */
const CREDIT_TAIL = new RegExp(
  [
    String.raw`^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} ?\/ ?\p{L}[\p{L}'’ -]{0,40}$`,
    String.raw`^(?:[Cc]redit|[Pp]icture|[Pp]hoto|[Pp]hotograph|[Pp]hotographer|[Ii]mage|CREDIT|PHOTO|IMAGE)s?\s*:\s*\p{Lu}[^.!?]{0,60}$`,
    String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2} for (?:the )?\p{Lu}[\p{L} ]{0,40}$`,
    // "ANADOLU AGENCY", "REUTERS": an agency's name in capitals
    String.raw`^\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}$`,
    // "AFP Photo", "(Reuters Photo)": an agency's picture
    String.raw`^\(?${AGENCY.source} (?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage|[Ff]ile [Pp]hoto)\)?$`,
    // "Jo Roe (GPO)": a photographer and their agency's initials
    String.raw`^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3} \([A-Z]{2,6}\)$`,
    // "IDF Spokesperson's Unit", "Government Press Office", "State Department handout": an
    // office that hands out the picture
    String.raw`^(?:\p{Lu}[\p{L}'’.-]* ){0,3}(?:[Ss]pokesperson['’]s [Uu]nit|[Pp]ress [Oo]ffice|[Hh]andout)$`,
  ].join('|'),
  'u',
);

/** A caption whose credit follows its last sentence on the same line. */
function endsWithCredit(text: string): boolean {
  const m = /^(.*[.!?]["”’]?)\s+([^.!?]+)$/u.exec(text);
  if (m !== null && text.length < 400 && CREDIT_TAIL.test((m[2] ?? '').trim())) return true;
  // "Crews wait in port — Jo Roe/Agency": the credit after a dash
  const dashed = /^(.+)\s[—–]\s([^—–]+)$/u.exec(text);
  return (
    dashed !== null &&
    text.length < 400 &&
    /\//.test(dashed[2] ?? '') &&
    CREDIT_TAIL.test((dashed[2] ?? '').trim())
  );
}

/** "Agency/Jo Roe: crews wait in port": the credit before the caption. */
const LEADING_CREDIT = /^\p{Lu}[\p{L}.'’ -]{0,30}\/ ?\p{Lu}[\p{L}.'’ -]{0,40}:\s/u;

/** "Photo: Jo Roe, Agency, Pool Photo via AP File FILE - Crews wait in port, 2024.": a credit
 * that opens its caption, run through to the wire that passed the picture on. */
const OPENING_PHOTO_CREDIT = new RegExp(
  String.raw`^(?:Photo|Photograph|Picture|Image|Credit)s?\s*:\s*[^.!?]{0,100}?\bvia ${AGENCY.source}\b`,
  'u',
);

/** A photo caption: a line that ends with a credit, or points at people in a picture. */
export function isCaptionLine(line: string, nextLine: string): boolean {
  const text = line.trim();
  if (isRunOfProse(text)) return false;
  if (TRAILING_CREDIT.test(text) || endsWithCredit(text) || LEADING_CREDIT.test(text)) return true;
  if (OPENING_PHOTO_CREDIT.test(text)) return true;
  if (BRACKETED_CREDIT.test(text) && text.length < 300) return true;
  if (
    /,\s*(left|right|centre|center|second from (left|right)|top|bottom|foreground)\s*,/i.test(text)
  )
    return true;
  // "Pictured: …", "Above: …", "Jo Roe (left) and …": words pointing into a picture
  if (/^(pictured|above|below|top|main image|inset|in the photo)\s*:/i.test(text)) return true;
  if (/\((left|right|centre|center|second (from )?(left|right)|top|bottom)\)/i.test(text))
    return true;
  // one sentence right above a photographer's credit (a headline has no full stop); not above a
  // caption of its own ("A girl walks past tents. Photo by Jo Roe / AFP"), which is no credit
  return (
    /[.!?]$/.test(text) &&
    !/[.!?]["”’]? \p{Lu}/u.test(text.slice(0, -1)) &&
    isPhotoCredit(nextLine) &&
    !/[.!?]["”’)]?\s+\S/u.test(nextLine.trim())
  );
}

/** A paragraph of several sentences, or a long one, with a caption and its credit glued to its
 * end, the page flattened: the sentences before the caption's are prose. Null for a caption of
 * one sentence, or of two short ones, which is all caption. */
function captionAfterProse(line: string): { prose: string; caption: string } | null {
  const credit = TRAILING_CREDIT.exec(line);
  const pieces = (credit ? line.slice(0, credit.index) : line).split(
    /(?<=[.!?]["”’]?)\s+(?=["“\p{Lu}])/u,
  );
  // "… Brussels, 2023. Credit: Agency": the credit is the last of the pieces
  const sentences = credit ? pieces : pieces.slice(0, -1);
  if (sentences.length < 2) return null;
  const at = line.lastIndexOf(sentences.at(-1) as string);
  const prose = line.slice(0, at).trim();
  // a caption runs to a sentence or two of a few words; a lead's sentence is longer
  const long = prose.split(/\s+/).length >= 25;
  if (sentences.length < 3 && !long) return null;
  return { prose, caption: line.slice(at).trim() };
}

const TERMINAL = /[.!?:"”’)\]]$/u;

/** A short title-cased line without final punctuation: a heading, not part of a sentence. */
export function isHeadingLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 90 || TERMINAL.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

/** Whether a line ends as a sentence does; a headline ending in a quoted phrase ("… Japan's
 * ‘Internal Workings’") does not, a sentence ending in a quotation does ("… ‘no.’"). */
function endsSentence(line: string): boolean {
  if (/[^.!?,;:]["”’]$/u.test(line) && /^[^"“‘]*[‘“"]/u.test(line)) return false;
  return TERMINAL.test(line);
}

/** A line that may be the headline: no sentence's end, and no page flattened onto one line. */
const mayBeHeadline = (line: string) => !endsSentence(line) && !isRunOfProse(line);

/** A temperature alone on its line: "-17.8 C", "23°C", "72 °F". */
const WEATHER = /^[-−–]?\d{1,3}(?:[.,]\d)?\s?°?\s?[CF]$/u;

/** "National", "World News": the page's section, a word or two above a headline of some length. */
function isSectionLabel(line: string, next: string): boolean {
  const words = line.split(/\s+/).length;
  // ("WAR ON GAZA" over the headline: a kicker in capitals, above a headline that is not)
  const kicker = words <= 5 && !/\p{Ll}/u.test(line) && /\p{Ll}/u.test(next);
  return (
    ((words <= 2 && line.length <= 24) || kicker) &&
    !TERMINAL.test(line) &&
    !endsSentence(next) &&
    next.split(/\s+/).length >= 4 &&
    !isCreditLine(next) &&
    parseDateLine(next) === undefined
  );
}

/** Words a hard-wrapped line may end on, its sentence going on below. */
const WRAP_END =
  /\b(and|or|of|the|a|an|to|for|by|in|on|at|with|from|as|between|that|its|his|her|their|than)$/i;

/** A line nothing ends that is a block of its own, not a hard wrap of the sentence below: a
 * standfirst under the headline (longer than a wrapped line runs), or, above the first
 * paragraph, a line of a few words (the outlet's name: "Harbour News") before a new sentence. */
function standsAlone(line: string, next: string, aboveProse: boolean): boolean {
  if (endsSentence(line) || /[,;:–—-]$/u.test(line) || WRAP_END.test(line)) return false;
  if (!/^[“"‘\p{Lu}]/u.test(next) || /^[\p{L}'’.-]+,/u.test(next)) return false;
  return line.length > 100 || (aboveProse && line.split(' ').length <= 3);
}

const BULLET = /^(?:[•·▪◦→►▶*-]|–)\s+/u;
/** "UPDATED:", "BREAKING:": a page's label before a paragraph, not a dateline. */
const LABEL = /^(UPDATED?|BREAKING( NEWS)?|EXCLUSIVE|WATCH|READ MORE|ANALYSIS|LIVE)\s*:\s*/;
/** "(NP)", "(Reuters)", "(Nordic Wire)", "(Arctic24)": the agency a dateline names. */
const DATELINE_AGENCY = String.raw`\(\p{L}[\p{L}\d&'’. -]{1,30}\)`;
const DATELINE_DAY = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?)(?:,? \d{4})?`;
/** "OSAKA (NP) —", "OTTAWA —", "SAO PAULO, Brazil:", "KORAVA, Republic of the Congo—" (a
 * country's name with "of", "the", "and" in it), "KYOTO, Mar 3 –", "KYOTO, March 3 (Wire) -",
 * "OSLO/REYKJAVIK, Oct 13 (Wire) -" (a story filed from two places: the first is the dateline's),
 * "OSLO – 28 September 2025:" (its day after the dash). */
const DATELINE = new RegExp(
  String.raw`^((?:\p{Lu}[\p{Lu}.'’-]+)(?: \p{Lu}[\p{Lu}.'’-]+)*)(?:\/\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+)*)*(?:, (\p{Lu}[\p{L}.]+(?:(?: of| the| and)* \p{Lu}[\p{L}.]+)*))?(?: ${DATELINE_AGENCY})?(?:,? ${DATELINE_DAY})?(?: ?${DATELINE_AGENCY})? ?(?:—|–|-{1,2}|:) ?(?:${DATELINE_DAY} ?[:—–] ?)?`,
  'u',
);
/** "Kyoto, March 3 (Wire Agency)--", "Lima/Santiago, Nov 8 (Wire):": a place in plain case (or
 * several, split by slashes), its date and the agency in brackets. */
const PLAIN_DATELINE = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:\/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)*,? ${DATELINE_DAY} ?${DATELINE_AGENCY} ?(?:—|–|-{1,2}|:) ?`,
  'u',
);

/** "Moscow, Aug 19 US President …": a place in plain case and its date, with no dash, before
 * the lead's first capitalised word. */
const BARE_DATELINE = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?), ${DATELINE_DAY}(?: ${DATELINE_AGENCY})? (?=\p{Lu})`,
  'u',
);

/** Cities and regions by name, lower case: capitals (a country's names but its label and
 * adjectives) and the gazetteer's regions and large cities. */
const PLACE_NAMES: ReadonlySet<string> = new Set(
  [
    ...COUNTRIES.flatMap((c) =>
      c.kind === 'place'
        ? [c.label, ...c.names]
        : c.names.filter((n) => n !== c.label && !(c.adjectives ?? []).includes(n)),
    ),
    ...REGIONS.flatMap((r) => [r.label, ...r.names]),
  ].map((n) => n.toLowerCase()),
);

/** "ISTANBUL" on a line of its own above the lead: a dateline set apart, the place the story
 * is filed from. */
function loneDateline(line: string, next: string): string | null {
  if (!/^\p{Lu}[\p{Lu} .'’-]{2,30}$/u.test(line) || line.split(' ').length > 3) return null;
  if (!/^[“"\p{Lu}]/u.test(next)) return null;
  const place = line.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
  return PLACE_NAMES.has(place.toLowerCase()) ? place : null;
}

/** Splits off a dateline from the start of a paragraph: its place, and the text after it. */
export function splitDateline(text: string): { place: string; rest: string } | null {
  if (LABEL.test(text)) return null;
  const upper = DATELINE.exec(text);
  const m =
    upper?.[1] && upper[1].replace(/[^\p{Lu}]/gu, '').length >= 3
      ? upper
      : (PLAIN_DATELINE.exec(text) ?? BARE_DATELINE.exec(text));
  if (!m?.[1]) return null;
  const rest = text.slice(m[0].length);
  if (!/^[“"\p{Lu}]/u.test(rest)) return null;
  const place = m[1]
    .toLowerCase()
    .replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase())
    .trim();
  return { place, rest };
}

/** A label over links to other stories: "Related", "Read more", "More on this story", "Go deeper". */
const LINKS_LABEL =
  /^(related|read more|read next|more on this story|more from [\p{L} ]{1,30}|more like this|also read|see also|go deeper|most (read|popular|viewed)|recommended|you may also like|trending|latest)( (stories|articles|coverage|news|content|reading))?:?$/iu;

/** A links label with one story's title after it on the same line. */
const INLINE_LINK =
  /^(?:also read|read also|read more|read next|see also|related(?: story)?)\s*:\s*(\S.*)$/iu;

/** A teaser under a link's title: another story's first words, cut off ("… and called on..."). */
const CUT_TEASER = /[^.](\.{3}|…)$/u;

/** The lines of the page's link lists: a links label and the unpunctuated story titles under
 * it, each a headline of another story ("Chile recalls envoy from Togo"), not this one's text,
 * with the teasers cut off under them. */
function linkLists(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((line, i) => {
    // "ALSO READ: Chile recalls envoy from Togo": a label and another story's title on one line
    const inline = INLINE_LINK.exec(line)?.[1];
    if (inline !== undefined && !TERMINAL.test(inline) && inline.length <= 140) out.add(i);
    if (!LINKS_LABEL.test(line)) return;
    out.add(i);
    for (let j = i + 1; j < lines.length && j <= i + 24; j++) {
      const title = lines[j] as string;
      if (title.length === 0) continue;
      // a sentence, or a hard-wrapped one going on below, is the article's own text again
      const wrapped = /^\p{Ll}/u.test(lines[j + 1] ?? '');
      const teaser = CUT_TEASER.test(title) && title.length <= 200;
      if (!teaser && (TERMINAL.test(title) || title.length > 140 || wrapped)) break;
      out.add(j);
    }
  });
  return out;
}

/** A photo credit glued to the text after it, the two run together when the page was flattened:
 * "Jo Roe/AFP via Getty ImagesOSLO—Malta and …", "… / ReutersThe talks …" (a dateline or a
 * word after it, not "via APEC"). */
const GLUED_CREDIT = new RegExp(
  `((?:via |/ ?)${AGENCY.source})(?=\\p{Lu}{2,}[\\p{Lu} ]*[—–-]|\\p{Lu}\\p{Ll})`,
  'gu',
);

/** A photo credit glued to the end of its caption: "Soldiers on patrol in LimaReuters". */
const CAPTION_CREDIT = new RegExp(`(?<=\\p{Ll})(${AGENCY.source})$`, 'gmu');

/** An embedded post's signature, "— Andes Desk (@AndesDesk) March 4, 2025": the account it was
 * posted from, a credit; after the post's words on their line, "… pic.twitter.com/x — …". */
const POST_SIGNED = String.raw`[—–]\s*[^—–()\n]{1,80}\(@\w{1,30}\)[^\n]{0,40}`;
const POST_SIGNATURE = new RegExp(String.raw`[ \t]+(${POST_SIGNED})$`, 'gmu');
const SIGNATURE_LINE = new RegExp(`^${POST_SIGNED}$`, 'u');

/** What a line around the article is ("credit", "caption", …), or null for the article's own:
 * a link list's line, the page's weather, a time stamp, a credit or byline, a caption, or,
 * opening a paragraph, a line of names only. */
function furnitureOf(
  line: string,
  { next, previous, inLinkList }: { next: string; previous: string; inLinkList: boolean },
  opensParagraph: boolean,
): Page['removed'][number]['kind'] | null {
  if (inLinkList) return 'credit';
  // "Purchase Licensing Rights, opens new tab", "Our Standards: …, opens new tab": a link's text
  // with the hint a screen reader gets, the page's own furniture
  if (LINK_HINT.test(line)) return 'credit';
  // "-17.8 C" and "Ottawa" under it: the page's weather, not the article
  if (WEATHER.test(line) || (WEATHER.test(previous) && line.split(/\s+/).length <= 3))
    return 'credit';
  if (parseDateLine(line) !== undefined) return 'timestamp';
  if (isCreditLine(line)) return isByline(line) ? 'byline' : 'credit';
  if (SIGNATURE_LINE.test(line)) return 'credit';
  if (isCaptionLine(line, next)) return 'caption';
  if (opensParagraph && isNamesOnly(line)) return 'byline';
  return null;
}

/** The longest line a list of other stories holds: a headline's length. */
const TAIL_LINE = 120;

/** "… the federal army has been fighting rebels." then "Khaled el-Enany and Firmin Matoko
 * compete for UNESCO's top role", "00:40", "Go to video": the lines after the article's last
 * sentence that end with none of their own, two or more and each a headline's length, are the
 * page's list of other stories, not the article's words. How many lines at the page's end. (A
 * last paragraph cut off mid-sentence is one long line, and still the article's.) */
function otherStories(lines: readonly string[]): number {
  const last = lines.findLastIndex((l) => TERMINAL.test(l) && l.split(' ').length >= 8);
  if (last < 0) return 0;
  const tail = lines.slice(last + 1).filter((l) => l.length > 0);
  // (a headline ends no sentence inside it: "… hope in life. Meshack Ojwang said his" is prose)
  const headline = (l: string) =>
    l.length <= TAIL_LINE && !TERMINAL.test(l) && !/[.!?] \p{Lu}/u.test(l);
  const listed = tail.length >= 2 && tail.every(headline);
  return listed ? lines.length - last - 1 : 0;
}

/** The hint a page gives after a link's text: ", opens new tab", "(opens in a new window)". */
const LINK_HINT = /\bopens (?:in )?(?:a )?new (?:tab|window)\b/i;

/** A wrapped line ("… Treasury Secretary Scott" / "Bessent, US …") that continues on the next
 * one; not a heading above a line that opens a sentence ("Strikes in Valga" / "Earlier, …"). */
const wrapsOn = (line: string, next: string) =>
  (/^(\p{Ll}|[\p{L}'’.-]+,)/u.test(next) && !SENTENCE_OPENER.test(next)) ||
  /\b(and|of|the|to|for)$/i.test(line);

/** Words that open a sentence before a comma ("Earlier, …"), never a wrapped name's last word. */
const SENTENCE_OPENER =
  /^(Earlier|Later|Meanwhile|However|Separately|Previously|Additionally|Moreover|Instead|Still|Yesterday|Today|Overnight|Afterwards|Initially|Finally|Elsewhere|Nonetheless|Nevertheless|Also),/;

/** "(SYNDICATOR- Gulf News Agency (GNA)) ": the bracket a syndicating site puts before the
 * story it carries, around the agency it has it from. */
const SYNDICATED = /^\((?:[^()]|\([^()]{1,12}\)){2,80}\)\s+/u;

/** The dateline after a syndicator's bracket opening the lead, the bracket going with it. */
function syndicatedDateline(paragraph: string): { place: string; rest: string } | null {
  const bracket = SYNDICATED.exec(paragraph);
  return bracket ? splitDateline(paragraph.slice(bracket[0].length)) : null;
}

/** "OSLO, NORWAY | Wire | Envoys of …": a dateline and its agency set off by bars. */
const PIPED_DATELINE =
  /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+)*(?:, \p{Lu}[\p{L}.'’ -]{1,30})?) \| ([\p{L}\d&'’. -]{2,30}) \| (?=[“"\p{Lu}])/u;

/** A lead opened by a dateline set off by bars, written as a dateline of brackets and a dash so
 * that it is read as one (a line with a bar is otherwise the page's credits); other lines as
 * they are. */
function pipedDateline(line: string): string {
  const m = PIPED_DATELINE.exec(line);
  if (!m) return line;
  const rest = line.slice(m[0].length);
  if (rest.includes('|') || !TERMINAL.test(rest) || rest.split(' ').length < 8) return line;
  return `${m[1]} (${m[2]}) — ${rest}`;
}

/** The page's lines, trimmed and unflattened; the links to other stories at its foot are set
 * aside in `removed`. */
/** "… in Damascus. (AA Photo))": a closing bracket too many at a line's end, the page's slip. */
function withoutStrayCloser(line: string): string {
  if (!line.endsWith('))')) return line;
  const opened = (line.match(/\(/g) ?? []).length;
  const closed = (line.match(/\)/g) ?? []).length;
  return closed > opened ? line.slice(0, -1) : line;
}

function pageLines(text: string, removed: Page['removed']): string[] {
  const lines = decodeEntities(text)
    .replace(/\r\n?/g, '\n')
    .replace(GLUED_CREDIT, '$1\n')
    .replace(CAPTION_CREDIT, '\n$1')
    .replace(POST_SIGNATURE, '\n$1')
    .split('\n')
    .flatMap(unflattenLine)
    .map((l) => pipedDateline(withoutStrayCloser(l.trim())));
  const tail = otherStories(lines);
  for (const line of lines.splice(lines.length - tail))
    if (line) removed.push({ kind: 'credit', text: line });
  return lines;
}

export function readPage(text: string): Page {
  const removed: Page['removed'] = [];
  const lines = pageLines(text, removed);
  const blocks: Block[] = [];
  let headline: string | null = null;
  // the dialog reads the same date as the text is pasted (findPageDate: the first lines only)
  const published = findPageDate(text);
  let datelinePlace: string | null = null;
  let sawProse = false;
  let current: string[] = [];
  const nextContent = (index: number) => lines.slice(index + 1).find((l) => l.length > 0) ?? '';
  const links = linkLists(lines);
  const flush = () => {
    if (current.length > 0) {
      let paragraph = current.join(' ').replace(LABEL, '');
      if (datelinePlace === null && blocks.length < 8) {
        const dateline = splitDateline(paragraph) ?? syndicatedDateline(paragraph);
        if (dateline) {
          datelinePlace = dateline.place;
          removed.push({ kind: 'dateline', text: paragraph.slice(0, -dateline.rest.length) });
          paragraph = dateline.rest;
        }
      }
      blocks.push({ text: paragraph, heading: false });
      sawProse = true;
    }
    current = [];
  };
  let previousLine = '';
  for (const [index, line] of lines.entries()) {
    if (line.length === 0) {
      flush();
      continue;
    }
    const next = nextContent(index);
    const around = { next, previous: previousLine, inLinkList: links.has(index) };
    previousLine = line;
    const furniture = furnitureOf(line, around, current.length === 0);
    if (furniture) {
      // "… Peru said it would respond. Trump speaks in the Oval Office. (Agency File)": the
      // paragraph is the article's; only its last sentence and the credit are the caption
      const glued = furniture === 'caption' ? captionAfterProse(line) : null;
      if (glued) current.push(glued.prose);
      flush();
      removed.push({ kind: furniture, text: glued?.caption ?? line });
      continue;
    }
    if (headline === null && !sawProse && current.length === 0 && isSectionLabel(line, next)) {
      // the page's section ("World", "Middle East", "Israel"): a tag, not the article's words
      removed.push({ kind: 'credit', text: line });
      continue;
    }
    if (headline === null && !sawProse && current.length === 0 && mayBeHeadline(line)) {
      headline = line;
      blocks.push({ text: line, heading: true });
      continue;
    }
    const glued = (lines[index + 1] ?? '').length > 0;
    if (glued && standsAlone(line, next, !sawProse && current.length === 0)) {
      // a standfirst is prose of its own, as when a blank line follows it; a few words a credit
      flush();
      if (line.length > 100) current.push(line);
      else removed.push({ kind: 'credit', text: line });
      flush();
      continue;
    }
    const lone: boolean = headline !== null && datelinePlace === null && current.length === 0;
    const place: string | null = lone && blocks.length < 8 ? loneDateline(line, next) : null;
    if (place !== null) {
      datelinePlace = place;
      removed.push({ kind: 'dateline', text: line });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      flush();
      current.push(line.slice(bullet[0].length));
      flush();
      continue;
    }
    const previous = current.at(-1);
    const previousEnded = previous === undefined || TERMINAL.test(previous) || /,$/.test(previous);
    const continues = wrapsOn(line, next);
    const shouting = /^[\p{Lu}\d ,'’&-]+$/u.test(line) && line.split(' ').length <= 5;
    // "OSLO/REYKJAVIK, Oct 13 (Wire) - Iceland's Prime Minister": a dateline opens the lead,
    // which a hard wrap carries on below
    const lead = splitDateline(line) !== null;
    if (previousEnded && (isHeadingLine(line) || shouting) && !continues && !lead) {
      flush();
      blocks.push({ text: line, heading: true });
      continue;
    }
    if (previous !== undefined && /[.!?"”]$/u.test(previous) && /^[“"\p{Lu}]/u.test(line)) {
      // A line ending a sentence followed by one starting a new one: a paragraph break.
      flush();
    }
    current.push(line);
  }
  flush();
  return { headline, published, datelinePlace, blocks, removed };
}
