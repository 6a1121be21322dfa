// The name part of a run that holds unknown words ("Vice Premier He Lifeng" new to the graph,
// "Ministry of Commerce", "Acme Corp Jane Doe", "PayPal"): a known name glued to them, an
// organisation by its cue word, acronym or brand, a new person, or an organisation and its person.
import {
  CONTINENTS,
  CORPORATE_SUFFIXES,
  HEAD_TITLE_WORDS,
  ORG_CUES,
  ORG_NOUNS,
  PLATFORM_NOUNS,
  PLATFORMS,
} from './gazetteer';
import { namesListedGroup, quotedGroupName } from './group-list';
import { nameKey } from './ids';
import { defineAcronym, type GroupReading, ownedBodyName, ownerAfterOf } from './mention-groups';
import {
  isAcronym,
  NAME_PARTICLES,
  placeBySetting,
  placeNounAt,
  placeShaped,
  sentenceInitial,
  surface,
  townShaped,
} from './name-runs';
import { sameGivenName } from './name-spellings';
import { isCommonPlural, type Token } from './nlp';
import { personBeforeOf, readPersonOfBody } from './person-of-body';
import type { Mention, NameRead, Piece, RunParts } from './types';
import { WORLD_PEOPLE } from './world-people';

/** A word of a person's name: "Vell", "el-Karim", and with an apostrophe after its first letter,
 * "O'Brien", "D’Souza". */
const NAME_WORD = /^(\p{Lu}\p{Ll}|\p{Lu}['’]\p{Lu}\p{Ll})[\p{L}'’.-]*$/u;

/** The last word of an event's, a document's or an honour's name: no person or body is named
 * so ("the Nobel Peace Prize", "the Harbour Medal"). */
const EVENT_OR_DOCUMENT =
  /^(summit|conference|forum|dialogue|talks|meeting|agreement|agreements|accord|accords|treaty|pact|declaration|protocol|memorandum|ceasefire|truce|prize|award|medal|trophy)$/;

/**
 * Whether the words are shaped like a name (capitalised words and particles, not ending in a
 * particle), and its words that count towards its length: "Tamim bin Hamad Al Thani" counts no
 * particle, even capitalised, and "Rui P. A. Tavares" no initial between its words.
 */
function nameShape(words: readonly string[]): { nameLike: boolean; capitalised: string[] } {
  const nameLike =
    words.every(
      (w) =>
        /^\p{Lu}[\p{L}'’.-]*$/u.test(w) ||
        NAME_PARTICLES.has(w) ||
        // "al-Hayya", "el-Sisi": a particle hyphened to a capitalised name
        /^(al|el|ad|ar|as|an|at|ash|az|bin|ibn|abu)-\p{Lu}[\p{L}'’-]*$/u.test(w),
    ) && !NAME_PARTICLES.has(words.at(-1) as string);
  const capitalised = words.filter(
    (w, k) =>
      !NAME_PARTICLES.has(w.toLowerCase()) &&
      !(/^\p{Lu}\.$/u.test(w) && k > 0 && k < words.length - 1),
  );
  return { nameLike, capitalised };
}

/** The given names of the people the gazetteer knows, lower case: "Jane" opens a name. */
const KNOWN_GIVEN_NAMES: ReadonlySet<string> = new Set(
  WORLD_PEOPLE.map((p) => (p.label.split(' ')[0] ?? '').toLowerCase()),
);

/** Whether four name words read as a body and then a person: the first two shaped like a brand
 * (an inner capital, capitals only, a digit: "JPMorgan Chase Jamie Dimon") or the third a given
 * name the first is not ("Acme Freight Jane Doe"); else they are one person, two given names and
 * two surnames ("Neil Jesús Villamizar Sánchez", "Harka Raj Sampang Rai"). */
function bodyThenPerson(words: readonly string[]): boolean {
  const brand = words
    .slice(0, 2)
    .some(
      (w) =>
        (/^.+\p{Lu}/u.test(w) &&
          !/^(Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van)\p{Lu}\p{Ll}+$/u.test(w)) ||
        /\d/.test(w),
    );
  const given = (w: string | undefined) => KNOWN_GIVEN_NAMES.has((w ?? '').toLowerCase());
  return brand || (given(words[2]) && !given(words[0]));
}

/** A name part with unknown words: a known name glued to them, an organisation (a cue word, an
 * acronym, a brand), a new person, or an organisation and its person. */
export function readNewName(r: GroupReading, parts: RunParts, prefix: Mention | null): NameRead {
  const { sentence, ctx, mentions, tools } = r;
  const tokens = sentence.tokens;
  const rest = parts.rest;
  const restKnown = rest.filter((x) => x.type === 'known');
  const rStart = (rest[0] as Piece).start;
  const restText = surface(sentence, rStart, parts.end);
  const restTokens = restText.split(/\s+/);
  const lowerWords = restTokens.map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  const orgCue = lowerWords.some((w) => ORG_CUES.has(w));
  if (datelineNamed(r, parts, prefix, restText)) return null;
  const sentTo = nameAfterBodySentTo(r, parts);
  if (sentTo) return { person: sentTo, prefix };
  if (!orgCue && readGroupByNoun(r, parts, prefix)) return null;
  if (restKnown.length > 0 && !orgCue && possessiveName(r, parts))
    return readPossessiveName(r, parts);
  const placeNamed = orgCue
    ? null
    : (placeNamedPerson(r, parts, restKnown.length) ??
      placeSurnamedPerson(r, parts, restKnown.length));
  if (placeNamed) return { person: placeNamed, prefix };
  const ofPlace = !orgCue && prefix === null ? personOfPlace(r, parts) : null;
  if (ofPlace) return ofPlace;
  const people = restKnown.filter((x) => x.hit?.kind === 'person');
  const grown = people.length === 1 && !orgCue ? fullNameOfSurname(r, parts, prefix) : null;
  if (grown) return grown;
  const namesake = people.length === 1 && !orgCue ? otherNamesake(r, parts) : null;
  if (namesake) return { person: namesake, prefix };
  if (restKnown.length > 0 && !orgCue) {
    // a known name glued to unknown words: keep the known parts only
    for (const piece of restKnown) {
      const m = tools.resolveHit(piece);
      if (m) mentions.push(m);
    }
    return null;
  }
  const quoted =
    tokens[rStart]?.inQuote &&
    !quotedTitledName(parts, tokens, orgCue) &&
    !quotedGroupName(tokens, rStart);
  if (!ctx.allowNew || quoted) return null;
  if (orgCue) {
    if (!readOrgThenPerson(r, parts, prefix)) readCuedOrganisation(r, parts, prefix);
    return null;
  }
  if (readTitledTail(r, parts, prefix)) return null;
  if (readOperation(r, parts, prefix, restText)) return null;
  if (lowerWords.every((w) => CONTINENTS.has(w) || w === '-')) return null;
  // "the Osaka Summit", "a Pacific Forum": an event's name, no person; "the Vik Agreement",
  // "the Northern Waters Treaty", "the Harbour Accords": a document's name, no actor; nor "the
  // Nobel Peace Prize", an honour's
  if (EVENT_OR_DOCUMENT.test(lowerWords.at(-1) ?? '')) return null;
  const { nameLike, capitalised } = nameShape(restTokens);
  if (parts.hasHeadTitle && capitalised.length <= 3 && nameLike) {
    const person = tools.createNew(
      restText,
      'person',
      rStart,
      parts.end,
      0.8,
      'mention:title-person',
    );
    return { person, prefix };
  }
  if (
    capitalised.length >= 2 &&
    capitalised.length <= 3 &&
    nameLike &&
    !restTokens.every((w) => w === w.toUpperCase())
  )
    return readUntitledName(r, parts, prefix, restText);
  // "Neil Jesús Villamizar Sánchez": four name words with no cue are one person (bodyThenPerson)
  const untitled = nameLike && parts.titlePieces.length === 0;
  if (untitled && capitalised.length === 4 && !bodyThenPerson(capitalised))
    return readUntitledName(r, parts, prefix, restText);
  if (untitled && capitalised.length >= 4) {
    // "Acme Corp Jane Doe" without a cue: an organisation followed by a person
    const split = (rest[rest.length - 2] as Piece).start;
    const org = tools.createNew(
      surface(sentence, rStart, split),
      'organization',
      rStart,
      split,
      0.5,
      'mention:org-person',
    );
    const person = tools.createNew(
      surface(sentence, split, parts.end),
      'person',
      split,
      parts.end,
      0.6,
      'mention:org-person',
    );
    mentions.push(org);
    return { person, prefix: org };
  }
  if (restTokens.length === 1) return readSingleWord(r, parts, prefix, nameLike, restText);
  return null;
}

/** "Ministry of Commerce", "Acme Holdings Inc": a name with an organisation cue, with its bare
 * form, its name without the corporate suffix and its acronym as aliases. */
function readCuedOrganisation(r: GroupReading, parts: RunParts, prefix: Mention | null) {
  const { sentence, tools } = r;
  // "Ana Vell of Malta's Centre for Strategic Studies": a person of the body, and the body
  const cueAt = parts.rest.findLastIndex(
    (x) => x.type === 'word' && ORG_CUES.has(sentence.tokens[x.start]?.value.toLowerCase() ?? ''),
  );
  const personOf =
    prefix === null && parts.titlePieces.length === 0 ? personBeforeOf(r, parts.rest, cueAt) : null;
  if (personOf) {
    readPersonOfBody(r, personOf, (body) =>
      readCuedOrganisation(r, { ...parts, start: (body[0] as Piece).start, rest: [...body] }, null),
    );
    return;
  }
  const rStart = (parts.rest[0] as Piece).start;
  const start = parts.titlePieces.length > 0 ? (parts.titlePieces[0] as Piece).start : rStart;
  const prefixKnown = parts.prefixPieces.some((x) => x.type === 'known');
  // "the African Union's Peace and Security Council" is the "African Union Peace and Security
  // Council"
  const written = surface(sentence, prefix && prefixKnown ? parts.start : start, parts.end);
  const isBody = (owner: string) => r.ctx.index.lookup(owner)?.kind === 'organization';
  const label = ownedBodyName(written, isBody)?.label ?? written;
  const org = tools.createNew(
    label,
    'organization',
    parts.start,
    parts.end,
    0.75,
    'mention:org-cue',
  );
  const bare = surface(sentence, start, parts.end);
  if (bare !== label) tools.addAlias(org.id, bare);
  const words = bare.split(/\s+/);
  if (words.length >= 2 && CORPORATE_SUFFIXES.has((words.at(-1) as string).toLowerCase()))
    tools.addAlias(org.id, words.slice(0, -1).join(' '));
  r.mentions.push(org);
  if (prefix) r.titles.add(org, prefix, '', parts.start);
  ownerAfterOf(r, parts.rest, org.id);
  defineAcronym(sentence, parts.end, org.id, tools);
}

/** "Iceland's envoy to the United Nations Kari Lund": a body the gazetteer or the graph knows,
 * then a name, after "to" or "at": the body is where the person is sent, the name a person. */
function nameAfterBodySentTo(r: GroupReading, parts: RunParts): Mention | null {
  const [body, ...name] = parts.rest;
  const tokens = r.sentence.tokens;
  if (body?.type !== 'known' || body.hit?.kind !== 'organization' || !r.ctx.allowNew) return null;
  if (name.length < 2 || name.length > 3 || !nameShaped(name, tokens)) return null;
  const before = tokens[body.start - 1]?.value.toLowerCase() === 'the' ? 2 : 1;
  if (!['to', 'at'].includes(tokens[body.start - before]?.value ?? '')) return null;
  const org = r.tools.resolveHit(body);
  if (org) r.mentions.push(org);
  const start = (name[0] as Piece).start;
  const end = (name.at(-1) as Piece).end;
  return r.tools.createNew(
    surface(r.sentence, start, end),
    'person',
    start,
    end,
    0.7,
    'mention:name',
  );
}

/** "… the lake Velno sits on", in a story filed from VELNO: the dateline's place named again in
 * the text is that place, not an actor; true when the run is read so. */
function datelineNamed(
  r: GroupReading,
  parts: RunParts,
  prefix: Mention | null,
  restText: string,
): boolean {
  const place = r.ctx.datelinePlace;
  if (!place || prefix !== null || parts.titlePieces.length > 0 || !r.ctx.allowNew) return false;
  if (nameKey(restText) !== nameKey(place)) return false;
  const start = (parts.rest[0] as Piece).start;
  r.mentions.push(
    r.tools.createNew(restText, 'place', start, parts.end, 0.6, 'mention:dateline-place'),
  );
  return true;
}

/** "Teo Brann" (or "Teo Brann of Malta") after "President Brann": first names before the surname
 * of a person this article proposed by that surname alone; the person, now under the full name. */
function fullNameOfSurname(r: GroupReading, parts: RunParts, prefix: Mention | null): NameRead {
  const { sentence, ctx, tools } = r;
  const tokens = sentence.tokens;
  const rest = parts.rest;
  const at = rest.findIndex((x) => x.type === 'known');
  const surname = rest[at] as Piece;
  const names = rest.slice(0, at);
  const [of, place, ...more] = rest.slice(at + 1);
  const id = surname.hit?.id;
  if (surname.hit?.kind !== 'person' || !id || !ctx.registry.isNew(id)) return null;
  if (of && (tokens[of.start]?.value !== 'of' || place?.hit?.kind !== 'country' || more.length))
    return null;
  const shaped = names.every(
    (x) =>
      x.type === 'word' &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[x.start]?.value ?? '') &&
      !ctx.lowercaseWords.has((tokens[x.start]?.value ?? '').toLowerCase()),
  );
  const label = ctx.registry.entities.get(id)?.label ?? '';
  const written = surface(sentence, surname.start, surname.end);
  if (
    names.length < 1 ||
    names.length > 2 ||
    !shaped ||
    label.includes(' ') ||
    nameKey(label) !== nameKey(written)
  )
    return null;
  const start = (names[0] as Piece).start;
  if (!ctx.registry.growName(id, surface(sentence, start, surname.end))) return null;
  const person = tools.resolveHit({ ...surname, start });
  const country = place ? tools.resolveHit(place) : null;
  return person ? { person, prefix: country ?? prefix } : null;
}

/** Capitalised words that are no given name before a surname ("On Monday Vell said"). */
const NOT_GIVEN_NAMES =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|team|mr|mrs|ms|dr|sir|lady|lord|madam)$/;

/** "Wing Commander Lena Vell" after "Defence Minister Jon Vell": given names the article has not
 * given the known person, before their surname, name another person of that family name. */
function otherNamesake(r: GroupReading, parts: RunParts): Mention | null {
  const { sentence, ctx, tools } = r;
  const tokens = sentence.tokens;
  const rest = parts.rest;
  const surname = rest.at(-1) as Piece;
  const given = rest.slice(0, -1);
  const hit = surname.type === 'known' ? surname.hit : undefined;
  // a surname the graph knows, or one a person the gazetteer knows goes by ("Trump" of "Melania
  // Trump"): one word, not their whole name
  const byGazetteer =
    hit?.source === 'gazetteer' && hit.kind === 'person' && surname.end === surname.start + 1;
  if (!hit || (hit.source !== 'surname' && !byGazetteer) || (!hit.id && !hit.create)) return null;
  if (given.length < 1 || given.length > 2 || !ctx.allowNew) return null;
  const words = given.map((x) => tokens[x.start]?.value ?? '');
  const shaped = given.every(
    (x, k) =>
      x.type === 'word' &&
      /^\p{Lu}\p{Ll}+(-\p{Lu}?\p{Ll}+)?$/u.test(words[k] ?? '') &&
      !NOT_GIVEN_NAMES.test((words[k] ?? '').toLowerCase()) &&
      !ctx.lowercaseWords.has((words[k] ?? '').toLowerCase()),
  );
  const known = hit.id ? ctx.registry.entities.get(hit.id) : hit.create;
  // "Jamison Greer" for "Jamieson Greer": a misspelt given name is the same person's
  const knownFirst = nameKey(known?.label ?? '').split(' ')[0] ?? '';
  const writtenFirst = nameKey(words[0] ?? '');
  const sameStart =
    knownFirst.slice(0, 3) === writtenFirst.slice(0, 3) || sameGivenName(knownFirst, writtenFirst);
  if (!shaped || known?.kind !== 'person' || sameStart) return null;
  const start = (given[0] as Piece).start;
  const text = surface(sentence, start, surname.end);
  return parts.hasHeadTitle
    ? tools.createNew(text, 'person', start, surname.end, 0.75, 'mention:title-person')
    : tools.createNew(text, 'person', start, surname.end, 0.6, 'mention:name');
}

/** "Defence Minister Jordan Vell": after a head title, a place's name that begins a person's;
 * untitled, when the article also writes the surname alone ("Jordan Vell …; Vell said"). */
function placeNamedPerson(r: GroupReading, parts: RunParts, known: number): Mention | null {
  const { sentence, ctx, tools } = r;
  const tokens = sentence.tokens;
  const rest = parts.rest;
  const first = rest[0] as Piece;
  const place = first.hit?.kind === 'country' || first.hit?.kind === 'place';
  const surname = (tokens[rest[1]?.start ?? -1]?.value ?? '').toLowerCase();
  const untitled =
    rest.length === 2 &&
    parts.titlePieces.length === 0 &&
    parts.prefixPieces.length === 0 &&
    ctx.alone?.has(surname) === true &&
    !ctx.lowercaseWords.has(surname);
  if (!(parts.hasHeadTitle || untitled) || known !== 1 || first.type !== 'known' || !place)
    return null;
  if (rest.length < 2 || rest.length > 3 || !ctx.allowNew) return null;
  const names = rest.slice(1);
  if (!names.every((x) => x.type === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[x.start]?.value ?? '')))
    return null;
  const text = surface(sentence, first.start, parts.end);
  return parts.hasHeadTitle
    ? tools.createNew(text, 'person', first.start, parts.end, 0.7, 'mention:title-person')
    : tools.createNew(text, 'person', first.start, parts.end, 0.6, 'mention:place-named');
}

/** "Governor Ana Lima", "Senator Tom Jordan": after a head title, given names and then one word
 * that names a country or a place (a capital here) are one person, whose surname it is. */
function placeSurnamedPerson(r: GroupReading, parts: RunParts, known: number): Mention | null {
  const { sentence, ctx, tools } = r;
  const tokens = sentence.tokens;
  const rest = parts.rest;
  const last = rest.at(-1);
  if (!parts.hasHeadTitle || known !== 1 || last?.type !== 'known' || !ctx.allowNew) return null;
  if (last.hit?.kind !== 'country' && last.hit?.kind !== 'place') return null;
  if (last.end - last.start !== 1 || rest.length < 2 || rest.length > 3) return null;
  const names = rest.slice(0, -1);
  if (!names.every((x) => x.type === 'word' && NAME_WORD.test(tokens[x.start]?.value ?? '')))
    return null;
  const start = (names[0] as Piece).start;
  const text = surface(sentence, start, parts.end);
  return tools.createNew(text, 'person', start, parts.end, 0.7, 'mention:title-person');
}

/** "President Teo Brann of Malta", "Ana Vell of Iceland": a title or a two- or three-word name,
 * then "of" and a known country: the person, acting for that country. */
function personOfPlace(r: GroupReading, parts: RunParts): NameRead {
  const { sentence, ctx, tools } = r;
  const tokens = sentence.tokens;
  const rest = parts.rest;
  const [of, place] = rest.slice(-2);
  const names = rest.slice(0, -2);
  if (of?.type !== 'conn' || tokens[of.start]?.value !== 'of') return null;
  if (place?.type !== 'known' || place.hit?.kind !== 'country') return null;
  if (!ctx.allowNew || tokens[parts.start]?.inQuote) return null;
  // "K. Valdar": an initial may stand for any name word but the last
  const shaped = names.every(
    (x, k) =>
      x.type === 'word' &&
      (NAME_WORD.test(tokens[x.start]?.value ?? '') ||
        (k < names.length - 1 && /^\p{Lu}\.$/u.test(tokens[x.start]?.value ?? ''))) &&
      !ctx.lowercaseWords.has((tokens[x.start]?.value ?? '').toLowerCase()),
  );
  const enough = parts.hasHeadTitle ? names.length >= 1 : names.length >= 2;
  if (!shaped || !enough || names.length > 3) return null;
  const start = (names[0] as Piece).start;
  const end = (names.at(-1) as Piece).end;
  const text = surface(sentence, start, end);
  const confidence = parts.hasHeadTitle ? 0.8 : 0.6;
  const person = tools.createNew(text, 'person', start, end, confidence, 'mention:person-of-place');
  return { person, prefix: tools.resolveHit(place) };
}

/** "Operation Harbour Shield": a named military or police operation is an event; true when the
 * run is read so. */
function readOperation(
  r: GroupReading,
  parts: RunParts,
  prefix: Mention | null,
  restText: string,
): boolean {
  const words = restText.split(/\s+/);
  if (!/^Operations?$/.test(words[0] ?? '') || words.length < 2 || words.length > 4) return false;
  if (prefix !== null || parts.titlePieces.length > 0) return false;
  const start = (parts.rest[0] as Piece).start;
  r.mentions.push(r.tools.createNew(restText, 'event', start, parts.end, 0.7, 'mention:operation'));
  return true;
}

/** "Director General of Harbour Operations Rear Admiral Jo Roe": a title that names an office,
 * then a rank and a person at the end of the run; true when the run is read so. */
function readTitledTail(r: GroupReading, parts: RunParts, prefix: Mention | null): boolean {
  const { sentence, tools } = r;
  const tokens = sentence.tokens;
  const rest = parts.rest;
  const last = rest.findLastIndex((x) => x.type === 'title' || x.type === 'ltitle');
  const names = rest.slice(last + 1);
  if (last < 1 || !nameShaped(names, tokens)) return false;
  let t = last;
  while (t > 0 && ['title', 'ltitle'].includes((rest[t - 1] as Piece).type)) t--;
  const head = rest
    .slice(t, last + 1)
    .some((x) => HEAD_TITLE_WORDS.has((tokens[x.start] as Token).value.toLowerCase()));
  if (!head) return false;
  const titleStart = firstTitleStart(parts);
  const person = titledPerson(r, parts, names, 0.7);
  const title = surface(sentence, titleStart, (rest[last] as Piece).end);
  r.titles.add(person, prefix, title, parts.start);
  if (prefix === null) tools.addRole(person.id, { title });
  return true;
}

/** "“… make President Teo Brann a thief …”": a head title and a name of two or three words, which a
 * quotation names as surely as the article's own words do. */
function quotedTitledName(parts: RunParts, tokens: readonly Token[], orgCue: boolean): boolean {
  return (
    !orgCue &&
    parts.hasHeadTitle &&
    parts.prefixPieces.length === 0 &&
    parts.rest.length >= 2 &&
    nameShaped(parts.rest, tokens)
  );
}

/** One to three capitalised words, with a particle between two of them ("Alexandre de
 * Moraes"): the shape of a person's name after a title. */
function nameShaped(names: readonly Piece[], tokens: readonly Token[]): boolean {
  const capital = (x: Piece | undefined) =>
    x?.type === 'word' && /^\p{Lu}/u.test((tokens[x.start] as Token).value);
  const particle = (x: Piece, k: number) =>
    k > 0 &&
    k < names.length - 1 &&
    x.type === 'conn' &&
    NAME_PARTICLES.has((tokens[x.start] as Token).value);
  const words = names.filter((x, k) => !particle(x, k));
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    names.length - words.length <= 1 &&
    names.every((x, k) => capital(x) || particle(x, k))
  );
}

/** Where a run's title begins: its first title piece, else its first piece after the prefix. */
function firstTitleStart(parts: RunParts): number {
  return ((parts.titlePieces[0] ?? parts.rest[0]) as Piece).start;
}

/** The person a run names after its title, from the first name word to the run's end. */
function titledPerson(
  r: GroupReading,
  parts: RunParts,
  names: readonly Piece[],
  confidence: number,
): Mention {
  const nameStart = (names[0] as Piece).start;
  const person = r.tools.createNew(
    surface(r.sentence, nameStart, parts.end),
    'person',
    nameStart,
    parts.end,
    confidence,
    'mention:title-person',
  );
  r.mentions.push(person);
  return person;
}

/** "Air Force chief Air Marshal Jo Roe", "Foreign Office spokesperson Jo Roe": an organisation
 * by its cue word, then a title and a person of it; true when the run is read so. */
function readOrgThenPerson(r: GroupReading, parts: RunParts, prefix: Mention | null): boolean {
  const { sentence, tools } = r;
  const tokens = sentence.tokens;
  const rest = parts.rest;
  const cue = rest.findLastIndex(
    (x) => x.type === 'word' && ORG_CUES.has((tokens[x.start] as Token).value.toLowerCase()),
  );
  let k = cue + 1;
  while (k < rest.length && ['title', 'ltitle', 'conn'].includes((rest[k] as Piece).type)) k++;
  const titles = rest.slice(cue + 1, k);
  const names = rest.slice(k);
  const head = titles.some((x) =>
    HEAD_TITLE_WORDS.has((tokens[x.start] as Token).value.toLowerCase()),
  );
  // "Foreign Ministry spokeswoman Maria Zakharova": a person the gazetteer knows ends the run
  const knownPerson =
    names.length === 1 && names[0]?.type === 'known' && names[0].hit?.kind === 'person'
      ? (names[0] as Piece)
      : null;
  if (cue < 0 || !head || !(knownPerson || nameShaped(names, tokens))) return false;
  const cueEnd = (rest[cue] as Piece).end;
  const orgStart = firstTitleStart(parts);
  const prefixKnown = parts.prefixPieces.some((x) => x.type === 'known');
  const labelStart = prefix && prefixKnown ? parts.start : orgStart;
  const org = tools.createNew(
    surface(sentence, labelStart, cueEnd),
    'organization',
    labelStart,
    cueEnd,
    0.75,
    'mention:org-cue',
  );
  if (labelStart !== orgStart) tools.addAlias(org.id, surface(sentence, orgStart, cueEnd));
  r.mentions.push(org);
  if (prefix) r.titles.add(org, prefix, '', parts.start);
  const person = knownPerson ? tools.resolveHit(knownPerson) : titledPerson(r, parts, names, 0.75);
  if (person === null) return true;
  if (knownPerson) r.mentions.push(person);
  const title = surface(sentence, (titles[0] as Piece).start, (titles.at(-1) as Piece).end);
  r.titles.add(person, org, title, parts.start);
  return true;
}

/** Two or three capitalised words and no title: a person, unless an acronym defines them as an
 * organisation, a platform noun follows ("her Bluebird Social network") or "at" puts them as a
 * place of work ("analysts at Goldman Sachs"). */
function readUntitledName(
  r: GroupReading,
  parts: RunParts,
  prefix: Mention | null,
  restText: string,
): NameRead {
  const { sentence, mentions, tools } = r;
  const tokens = sentence.tokens;
  const rStart = (parts.rest[0] as Piece).start;
  const bare = prefix === null && parts.titlePieces.length === 0;
  if (bare && defineAcronym(sentence, parts.end, null, tools)) {
    const org = tools.createNew(
      restText,
      'organization',
      rStart,
      parts.end,
      0.6,
      'mention:acronym-def',
    );
    defineAcronym(sentence, parts.end, org.id, tools);
    mentions.push(org);
    return null;
  }
  if (
    PLATFORM_NOUNS.has(tokens[parts.end]?.value.toLowerCase() ?? '') &&
    parts.titlePieces.length === 0
  )
    return null;
  // "wrote on Truth Social", "posted on Bluebird": a platform, no person
  const onPlatform = ['post', 'write', 'say', 'share', 'announce'].includes(
    tokens[rStart - 2]?.lemma ?? '',
  );
  // ("in a post on his social media platform Truth Social": a platform the gazetteer knows is
  // never a party, wherever it is named)
  const platform = PLATFORMS.has(restText);
  if (bare && (platform || (tokens[rStart - 1]?.value === 'on' && onPlatform))) return null;
  const group = () =>
    tools.createNew(restText, 'organization', rStart, parts.end, 0.6, 'mention:org-noun');
  // "the group Free Coast": the noun says so, whatever the name's shape
  if (bare && namedAsGroup(tokens, rStart, parts.end)) {
    mentions.push(group());
    return null;
  }
  // "the Riga Fisheries Accord", "the Paris Agreement": a named accord is a text, no actor
  if (bare && ACCORD_NAME_END.test(restText.split(' ').at(-1) ?? '')) return null;
  // "in Port Sudan", "to Mexico City": a city's or a feature's name, no person; nor after a word
  // that qualifies a title but heads none ("the State Dining Room")
  // ("in Khan Barida" is where something is, and no one: as any town's name after "in")
  const town = townShaped(restText.split(' '));
  if (bare && town && placeBySetting(tokens, rStart, parts.end)) return null;
  if (prefix === null && !parts.hasHeadTitle && placeShaped(restText.split(' '))) {
    const from = firstTitleStart(parts);
    const place = surface(sentence, from, parts.end);
    mentions.push(tools.createNew(place, 'place', from, parts.end, 0.6, 'mention:place'));
    return null;
  }
  if (bare && placeBySetting(tokens, rStart, parts.end)) return null;
  if (bare && tokens[rStart - 1]?.value === 'at') {
    mentions.push(
      tools.createNew(restText, 'organization', rStart, parts.end, 0.5, 'mention:org-at'),
    );
    return null;
  }
  if (bare && groupWithThe(tokens, rStart, parts.end)) {
    mentions.push(group());
    return null;
  }
  // "…outside Vik, Democratic Republic of the Cong": a state's formal name, cut, is nobody's
  if (restText.split(' ').some((w) => STATE_FORM.test(w))) return null;
  return {
    person: tools.createNew(restText, 'person', rStart, parts.end, 0.6, 'mention:name'),
    prefix,
  };
}

/** Words of a state's formal name ("Democratic Republic", "United Kingdom"): never a person's. */
const STATE_FORM =
  /^(Republic|Kingdom|Federation|Emirates?|Sultanate|Principality|Commonwealth|Confederation|Democratic|Socialist)$/;

/** The last word of an accord's or a declaration's name. */
const ACCORD_NAME_END = /^(Accords?|Agreements?|Treaty|Pact|Declaration|Memorandum|Armistice)$/;

/** Nouns of fighters named by a group's or a people's name ("the Red Hand rebels"). */
const FIGHTERS_LIST = [
  'rebels',
  'militants',
  'insurgents',
  'fighters',
  'guerrillas',
  'separatists',
  'tribes',
  'tribesmen',
];

/** Nouns that say what kind of group the name after them, or the apposition after it, names. */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  ...ORG_NOUNS,
  'outfit',
  'organisation',
  'organization',
  'militia',
  'movement',
  'faction',
  'charity',
  'coalition',
  'alliance',
  // "the Red Hand rebels seized…": fighters named by their group's name
  ...FIGHTERS_LIST,
]);

/** Fighters named by their group's or their people's name ("Tuareg rebels", "Bedouin tribes"). */
const FIGHTERS: ReadonlySet<string> = new Set(FIGHTERS_LIST);

/** "the Shin Bet security agency", "Malta's Harbour Watch agency": capitalised words with a
 * group noun after them name a group (acting for the country whose possessive opens them). */
function readGroupByNoun(r: GroupReading, parts: RunParts, prefix: Mention | null): boolean {
  const { sentence, ctx, tools } = r;
  const rest = parts.rest;
  const owned =
    rest[0]?.type === 'known' &&
    /^['’]s$/.test(surface(sentence, rest[1]?.start ?? 0, rest[1]?.end ?? 0));
  const words = owned ? rest.slice(2) : rest;
  if (words.length === 0 || words.some((x) => x.type !== 'word') || !ctx.allowNew) return false;
  const start = (words[0] as Piece).start;
  if (!groupNounAfter(sentence.tokens, parts.end) || sentence.tokens[start]?.inQuote) return false;
  // "Tuareg rebels", "Druze fighters": a people's one word names its fighters with the noun
  const people =
    words.length === 1 &&
    FIGHTERS.has(sentence.tokens[parts.end]?.value.toLowerCase() ?? '') &&
    sentence.tokens[parts.end]?.value === sentence.tokens[parts.end]?.value.toLowerCase();
  const end = people ? parts.end + 1 : parts.end;
  // ("Bedouin tribes", then "Bedouin fighters": one group, under the name it was first given)
  const word = surface(sentence, start, parts.end);
  const earlier = people
    ? FIGHTERS_LIST.map((n) => ctx.registry.labelOf(`${word} ${n}`)).find((l) => l !== undefined)
    : undefined;
  const org = tools.createNew(
    earlier ?? surface(sentence, start, end),
    'organization',
    start,
    end,
    0.6,
    'mention:org-noun',
  );
  r.mentions.push(org);
  const owner = owned ? tools.resolveHit(rest[0] as Piece) : prefix;
  if (owned && owner) r.mentions.push(owner);
  if (owner) r.titles.add(org, owner, '', parts.start);
  return true;
}

/** "… security agency said", "… armed group, which": a group noun right after a name, after at
 * most one lower-case word, and no noun after it. */
function groupNounAfter(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < end + 2; k++) {
    const t = tokens[k];
    if (t === undefined || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.value) || t.value === 'news') return false;
    // "on his Truth Social network": a platform, not a group
    if (PLATFORM_NOUNS.has(t.value)) return false;
    if (!['NOUN', 'ADJ', 'VERB'].includes(t.pos)) return false;
    if (GROUP_NOUNS.has(t.value)) return groupHead(tokens[k + 1]);
  }
  return false;
}

/** Whether the group noun heads its phrase: no noun after it ("the Dawn militia said"), or a
 * title that names one of its people ("the Dawn militia leader Omar Sato"). */
const groupHead = (next: Token | undefined) =>
  next?.pos !== 'NOUN' || HEAD_TITLE_WORDS.has(next.value.toLowerCase());

/** "the Desert Lions said", "attacked by the Iron Hand": a name that takes "the" and heads its
 * phrase is a group's (a person's takes none; a place's has been read before). */
function groupWithThe(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.value.toLowerCase() !== 'the' || tokens[start]?.inQuote) return false;
  const next = tokens[end];
  return (
    !(next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.value)) && !/^['’]s?$/.test(next?.value ?? '')
  );
}

/** "the militant group Storm Banner", "the group Northern Dawn", "Storm Banner, a militant group
 * based in …": the name is a group's, not a person's. */
function namedAsGroup(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  if (before && GROUP_NOUNS.has(before.value) && tokens[start - 2]?.pos !== 'ADP') return true;
  if (tokens[end]?.value !== ',' || !['a', 'an', 'the'].includes(tokens[end + 1]?.value ?? ''))
    return false;
  for (let k = end + 2; k < end + 6; k++) {
    const t = tokens[k];
    if (t === undefined || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.value) || t.pos === 'ADP') return false;
    if (GROUP_NOUNS.has(t.value)) return tokens[k + 1]?.pos !== 'NOUN';
  }
  return false;
}

/** One unknown word of a run, with what its two readers need of it. */
type LoneWord = {
  r: GroupReading;
  parts: RunParts;
  prefix: Mention | null;
  nameLike: boolean;
  word: string;
  /** Its token, and the run's end just after it. */
  start: number;
  tokens: readonly Token[];
};

/** One unknown word: a person after a head title ("Minister Garrow"), an organisation when it is
 * an acronym, a brand or stands where an organisation does ("news agency Xinhua"), else nothing. */
function readSingleWord(
  r: GroupReading,
  parts: RunParts,
  prefix: Mention | null,
  nameLike: boolean,
  word: string,
): NameRead {
  const { sentence, tools } = r;
  const start = (parts.rest[0] as Piece).start;
  const tokens = sentence.tokens;
  const lone: LoneWord = { r, parts, prefix, nameLike, word, start, tokens };
  if ((parts.hasHeadTitle || honorific(tokens, start)) && nameLike && word !== word.toUpperCase())
    return {
      person: tools.createNew(word, 'person', start, parts.end, 0.6, 'mention:title-person'),
      prefix,
    };
  // "in a Telegram post", "on his X account": the platform a statement was posted on; a known
  // platform is never a party
  if (prefix === null && MEDIUM_NOUNS.test(tokens[parts.end]?.value ?? '')) return null;
  if (PLATFORMS.has(word)) return null;
  // "a video posted on YouTube"
  const posted = ['post', 'write', 'share', 'publish', 'upload'].includes(
    tokens[start - 2]?.lemma ?? '',
  );
  if (prefix === null && tokens[start - 1]?.value === 'on' && posted) return null;
  // "7:30 a.m. IST", "1500 GMT", "10pm EST": a clock's time zone, no organisation
  if (isAcronym(word) && clockBefore(tokens, start)) return null;
  // "the Wang-Sefcovic meeting": a word hyphened to a person's name is another person's surname
  if (!isAcronym(word) && hyphenedToPerson(r, start, parts.end)) return null;
  const orgLike =
    isAcronym(word) ||
    orgContext(tokens, start, parts.end) ||
    // "PayPal", "YouTube": a brand's inner capital (not "McDonald", "MacArthur")
    (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) && !/^(Mc|Mac|De|Di|La|Le|O)\p{Lu}/u.test(word));
  if (!orgLike) return actingGroup(lone);
  if (
    defineAcronym(sentence, parts.end, null, tools) === false &&
    isAcronym(word) &&
    parenthesised(tokens, start, parts.end)
  )
    return null;
  const org = tools.createNew(word, 'organization', start, parts.end, 0.6, 'mention:org-single');
  r.mentions.push(org);
  if (prefix) r.titles.add(org, prefix, '', parts.start);
  return null;
}

/** Whether the word over [start, end) is joined by a hyphen to a person's name beside it. */
function hyphenedToPerson(r: GroupReading, start: number, end: number): boolean {
  const tokens = r.sentence.tokens;
  const isHyphen = (t: Token | undefined) => t?.value === '-' || t?.value === '–';
  const personAt = (at: number) =>
    r.ctx.index.lookup(tokens[at]?.value ?? '')?.kind === 'person' ||
    r.mentions.some((m) => m.kind === 'person' && m.start <= at && at < m.end);
  return (
    (isHyphen(tokens[end]) && personAt(end + 1)) ||
    (isHyphen(tokens[start - 1]) && personAt(start - 2))
  );
}

/** A time of day just before token `start`: "a.m.", "pm", "7:30", "1500", "10pm". */
function clockBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.value ?? '';
  return /^(?:[ap]\.?m\.?|\d{1,2}[:.]\d{2}|\d{4}|\d{1,2}\s?[ap]\.?m\.?|hrs|hours)$/i.test(before);
}

/** "Mr Brann", "Dr. Vell": an honorific before a lone name makes it a person's. */
function honorific(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.value === '.' ? tokens[start - 2] : tokens[start - 1];
  return /^(mr|mrs|ms|dr|mr\.|mrs\.|ms\.|dr\.)$/i.test(before?.value ?? '');
}

/** Events of nature and disease ("Floods hit the province", "Quake kills 40"): they act in a
 * headline's grammar but are no group or body. */
const NATURE = new Set([
  'flood',
  'storm',
  'earthquake',
  'quake',
  'cyclone',
  'hurricane',
  'typhoon',
  'tornado',
  'wildfire',
  'fire',
  'blaze',
  'drought',
  'landslide',
  'mudslide',
  'avalanche',
  'heatwave',
  'tsunami',
  'rain',
  'monsoon',
  'blizzard',
  'eruption',
  'famine',
  'epidemic',
  'pandemic',
  'outbreak',
]);

/** "Zentra said", "Velmark rejected the plan": a lone name the article never spells in lower
 * case, never names in full and never titles, acting as a subject, is a group or a body. */
function actingGroup({ r, parts, prefix, nameLike, word, start, tokens }: LoneWord): NameRead {
  const { ctx, tools } = r;
  const next = tokens[parts.end];
  const verb = (t: Token | undefined) => t?.pos === 'VERB' || t?.pos === 'AUX';
  // "Heavy fighting broke out", "Intense shelling hit the port", "Heavy shelling along the
  // frontier resumed": an -ing word before the verb, or right after the sentence's first word, is the
  // subject's own noun, and the capital before it qualifies it
  const gerundNoun =
    /ing$/.test(next?.value ?? '') &&
    (verb(tokens[parts.end + 1]) || sentenceInitial(tokens, start));
  const acts = verb(next) && !gerundNoun;
  const proper = tokens[start]?.pos === 'PROPN';
  if (!nameLike || !proper || !acts || parts.hasHeadTitle || prefix !== null || word.length < 4)
    return null;
  const lower = word.toLowerCase();
  const stem = lower.replace(/s$/, '');
  if (ctx.lowercaseWords.has(lower) || ctx.lowercaseWords.has(stem)) return null;
  if (ctx.surnames?.has(lower) || NATURE.has(stem)) return null;
  if (placeBySetting(tokens, start, parts.end)) return null;
  // "Efforts were under way", "Tensions rose": a common plural the tagger capitalised
  if (sentenceInitial(tokens, start) && isCommonPlural(word)) return null;
  const org = tools.createNew(word, 'organization', start, parts.end, 0.5, 'mention:org-subject');
  r.mentions.push(org);
  return null;
}

function parenthesised(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens[start - 1]?.value === '(' && tokens[end]?.value === ')';
}

const capitalised = (t: Token | undefined) => /^\p{Lu}/u.test(t?.value ?? '');

/** A lone unknown word reads as an organisation after "news agency", before "reported", "news
 * agency" and the like (not after "according to": a person cited earlier is cited so by
 * surname). */
function orgContext(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens.slice(Math.max(0, start - 3), start).map((t) => t.lemma);
  const after = tokens.slice(end, end + 3).map((t) => t.lemma);
  if (before.length > 0 && ORG_NOUNS.has(before.at(-1) as string)) return true;
  const article = ['a', 'an'].includes(tokens[start - 1]?.value.toLowerCase() ?? '');
  if (!article && after.some((w, k) => k < 2 && ORG_NOUNS.has(w))) return true;
  // "the X and Y groups": the noun after the list names both
  const listed = (after[0] === 'and' || after[0] === ',') && capitalised(tokens[end + 1]);
  if (!article && listed && ORG_NOUNS.has(tokens[end + 2]?.lemma ?? '')) return true;
  if (namesListedGroup(tokens, start, end)) return true;
  // "reported by Jane Roe for Outlet": the outlet after a byline
  const wider = tokens.slice(Math.max(0, start - 10), start).map((t) => t.lemma);
  if (before.at(-1) === 'for' && wider.includes('report') && wider.includes('by')) return true;
  if (after[0] === 'report' || (after[0] === 'news' && after[1] !== undefined)) return true;
  // "his X account": a platform a person owns an account on
  if (PLATFORM_NOUNS.has(tokens[end]?.value ?? '')) return true;
  return false;
}

/** Nouns after a lone name that make it the platform of a post, not an actor. */
const MEDIUM_NOUNS = /^(post|posts|feed|channel|handle)$/;

/** "Malta's Rita Camilleri": a country's or body's possessive before two to four capitalised
 * words and no title; the words, as a person acting for it. */
function possessiveName(r: GroupReading, parts: RunParts): string | null {
  const [owner, mark, ...words] = parts.rest;
  const { sentence } = r;
  if (owner?.type !== 'known' || mark?.type !== 'conn') return null;
  if (!/^['’]s$/.test(surface(sentence, mark.start, mark.end))) return null;
  // "Iceland's Vatna province", "Malta's Gozo district": a place of the country, no person
  if (placeNounAt(sentence.tokens, parts.end)) return null;
  // "Iceland's Ana-Maria Holt": a hyphen glued between two name words joins them
  const tokens = sentence.tokens;
  const hyphen = (w: Piece) =>
    w.type === 'conn' &&
    tokens[w.start]?.value === '-' &&
    tokens[w.start - 1]?.end === tokens[w.start]?.start &&
    tokens[w.start]?.end === tokens[w.start + 1]?.start;
  if (words.length < 2 || words.some((w) => w.type !== 'word' && !hyphen(w))) return null;
  if (!r.ctx.allowNew || tokens[owner.start]?.inQuote) return null;
  if (owner.hit?.kind !== 'country' && owner.hit?.kind !== 'organization') return null;
  const text = surface(sentence, (words[0] as Piece).start, parts.end);
  const names = text.split(/\s+/);
  if (names.length < 2 || names.length > 4) return null;
  if (names.some((w) => ORG_CUES.has(w.toLowerCase()))) return null;
  return names.every((w) => NAME_WORD.test(w)) ? text : null;
}

function readPossessiveName(r: GroupReading, parts: RunParts): NameRead {
  const [owner, , first] = parts.rest as [Piece, Piece, Piece];
  const prefix = r.tools.resolveHit(owner);
  const text = possessiveName(r, parts) as string;
  const person = r.tools.createNew(
    text,
    'person',
    first.start,
    parts.end,
    0.6,
    'mention:owned-name',
  );
  return { person, prefix };
}
