// A run of capitalised words read as [prefix] [titles] [name] ("Chinese Vice Premier He Lifeng",
// "IMF chief Kristalina Georgieva", "Acme Corp Jane Doe"): split into its three parts, the prefix
// read as a country or organisation, then the name read by what it holds (only a title, known
// names, or new words), and the person found given their title facts. Each step pushes the
// mentions it finds and asks the tools for entities.
import {
  CONTINENTS,
  CORPORATE_SUFFIXES,
  HEAD_TITLE_WORDS,
  ORG_CUES,
  ORG_NOUNS,
  PLATFORM_NOUNS,
} from './gazetteer';
import { defineAcronym, type GroupReading } from './mention-groups';
import { isAcronym, NAME_PARTICLES, surface } from './name-runs';
import type { Token } from './nlp';
import type { Mention, Piece } from './types';

/** The three parts of a run, and what the title part says. */
type RunParts = {
  start: number;
  end: number;
  prefixPieces: Piece[];
  titlePieces: Piece[];
  rest: Piece[];
  titleText: string;
  hasHeadTitle: boolean;
};

/** What reading the name part found: a person to finish (with the prefix, which a run of an
 * organisation and a person replaces), or nothing more to do. */
type NameRead = { person: Mention; prefix: Mention | null } | null;

/** A run read as [prefix] [titles] [name]: a person with their title facts, an organisation, or
 * the known names it holds. */
export function readNamedRun(r: GroupReading, group: readonly Piece[], g: number): void {
  const parts = splitRun(r, group);
  const prefix = readPrefix(r, parts);
  if (parts.rest.length === 0) return readTitleOnly(r, parts, prefix, g);
  const restWords = parts.rest.filter((x) => x.type === 'word');
  const found =
    restWords.length === 0 ? readKnownNames(r, parts, prefix) : readNewName(r, parts, prefix);
  if (found) finishPerson(r, parts, found.person, found.prefix);
}

/** Splits the run: [prefix] [titles] [rest]. */
function splitRun(r: GroupReading, group: readonly Piece[]): RunParts {
  const { sentence } = r;
  const tokens = sentence.tokens;
  let p = 0;
  const prefixPieces: Piece[] = [];
  while (p < group.length) {
    const piece = group[p] as Piece;
    const headAhead = group.slice(p).some((x) => x.type === 'title' || x.type === 'ltitle');
    if (piece.type === 'known' && piece.hit?.kind !== 'person' && headAhead) {
      prefixPieces.push(piece);
      p++;
    } else if (piece.type === 'conn' && prefixPieces.length > 0 && p === prefixPieces.length) {
      p++;
    } else if (
      piece.type === 'word' &&
      headAhead &&
      !group.slice(0, p).some((x) => x.type === 'title')
    ) {
      // words before a title: an organisation prefix ("International Monetary Fund chief X")
      prefixPieces.push(piece);
      p++;
    } else break;
  }
  const titlePieces: Piece[] = [];
  while (p < group.length) {
    const piece = group[p] as Piece;
    const inTitle =
      piece.type === 'title' ||
      piece.type === 'ltitle' ||
      (piece.type === 'conn' && titlePieces.length > 0) ||
      (piece.type === 'known' &&
        titlePieces.length > 0 &&
        group[p - 1]?.type === 'conn' &&
        piece.hit?.kind !== 'person');
    if (!inTitle) break;
    titlePieces.push(piece);
    p++;
  }
  return {
    start: (group[0] as Piece).start,
    end: (group.at(-1) as Piece).end,
    prefixPieces,
    titlePieces,
    rest: group.slice(p),
    titleText:
      titlePieces.length > 0
        ? surface(sentence, (titlePieces[0] as Piece).start, (titlePieces.at(-1) as Piece).end)
        : '',
    hasHeadTitle: titlePieces.some((x) =>
      HEAD_TITLE_WORDS.has((tokens[x.start] as Token).value.toLowerCase()),
    ),
  };
}

/** The prefix: one known country or organisation, or words naming an organisation. */
function readPrefix(r: GroupReading, parts: RunParts): Mention | null {
  const prefixWords = parts.prefixPieces.filter((x) => x.type === 'word');
  const prefixKnown = parts.prefixPieces.filter((x) => x.type === 'known');
  if (prefixKnown.length > 0 && prefixWords.length === 0)
    return r.tools.resolveHit(prefixKnown.at(-1) as Piece);
  if (prefixWords.length === 0 || !parts.hasHeadTitle) return null;
  const pStart = (parts.prefixPieces[0] as Piece).start;
  const pEnd = (parts.prefixPieces.at(-1) as Piece).end;
  const text = surface(r.sentence, pStart, pEnd);
  const words = text.split(/\s+/);
  const looksOrg =
    words.some((w) => ORG_CUES.has(w.toLowerCase())) ||
    (words.length === 1 && isAcronym(words[0] as string));
  return looksOrg
    ? r.tools.createNew(text, 'organization', pStart, pEnd, 0.7, 'mention:org-prefix')
    : null;
}

/** A title (and prefix) without a name: a person the graph knows by that title, an office
 * ("Trade Ministry"), or the prefix alone. */
function readTitleOnly(r: GroupReading, parts: RunParts, prefix: Mention | null, g: number) {
  const { sentence, ctx, mentions, tools } = r;
  const tokens = sentence.tokens;
  const { start, end } = parts;
  const next = r.groups[g + 1];
  const comma = tokens[end];
  // "the U.S. Ambassador to China, David Perdue": the comma titles join them afterwards
  if (parts.hasHeadTitle && comma?.value === ',' && next?.[0]?.start === end + 1) return;
  if (parts.titlePieces.length > 0) {
    const full = surface(sentence, start, end);
    const hit = ctx.index.lookup(full) ?? ctx.index.lookup(parts.titleText);
    if (hit?.id && hit.kind === 'person' && !tokens[end]?.value.match(/^\p{Lu}/u)) {
      mentions.push({ ...tools.known(hit.id, 'person', start, end, hit), rule: 'link:role-title' });
      return;
    }
    const lastWord = (tokens[end - 1] as Token).value.toLowerCase();
    if (ORG_CUES.has(lastWord) && ctx.allowNew && !tokens[start]?.inQuote) {
      const org = tools.createNew(full, 'organization', start, end, 0.6, 'mention:org-title');
      mentions.push(org);
      if (prefix) r.titles.add(org, prefix, '', start);
      return;
    }
  }
  if (prefix) mentions.push(prefix);
}

/** A name part of known names only: one person (to finish), an organisation, or names side by
 * side ("JPMorgan Chase Jamie Dimon": an organisation's person). */
function readKnownNames(r: GroupReading, parts: RunParts, prefix: Mention | null): NameRead {
  const { mentions, tools } = r;
  const restKnown = parts.rest.filter((x) => x.type === 'known');
  if (restKnown.length === 1 && parts.rest.length === 1) {
    const m = tools.resolveHit(restKnown[0] as Piece);
    if (m === null) return null;
    if (prefix === null && parts.titlePieces.length === 0) {
      mentions.push(m);
      return null;
    }
    if (m.kind === 'person') return { person: m, prefix };
    mentions.push(m);
    if (prefix && m.kind === 'organization') r.titles.add(m, prefix, '', parts.start);
    return null;
  }
  if (restKnown.length === 0) return null;
  const resolved = restKnown.map(tools.resolveHit).filter((m): m is Mention => m !== null);
  mentions.push(...resolved);
  const [a, b] = resolved;
  if (resolved.length === 2 && a && b && a.kind === 'organization' && b.kind === 'person')
    r.titles.add(b, a, '', a.start);
  if (prefix)
    for (const m of resolved)
      if (m.kind === 'person') r.titles.add(m, prefix, parts.titleText, parts.start);
  return null;
}

/** A name part with unknown words: a known name glued to them, an organisation (a cue word, an
 * acronym, a brand), a new person, or an organisation and its person. */
function readNewName(r: GroupReading, parts: RunParts, prefix: Mention | null): NameRead {
  const { sentence, ctx, mentions, tools } = r;
  const tokens = sentence.tokens;
  const rest = parts.rest;
  const restKnown = rest.filter((x) => x.type === 'known');
  const rStart = (rest[0] as Piece).start;
  const restText = surface(sentence, rStart, parts.end);
  const restTokens = restText.split(/\s+/);
  const lowerWords = restTokens.map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  const orgCue = lowerWords.some((w) => ORG_CUES.has(w));
  if (restKnown.length > 0 && !orgCue) {
    // a known name glued to unknown words: keep the known parts only
    for (const piece of restKnown) {
      const m = tools.resolveHit(piece);
      if (m) mentions.push(m);
    }
    return null;
  }
  if (!ctx.allowNew || tokens[rStart]?.inQuote) return null;
  if (orgCue) {
    readCuedOrganisation(r, parts, prefix);
    return null;
  }
  if (lowerWords.every((w) => CONTINENTS.has(w) || w === '-')) return null;
  // "the Osaka Summit", "a Pacific Forum": an event's name, no person
  if (/^(summit|conference|forum|dialogue|talks|meeting)$/.test(lowerWords.at(-1) ?? ''))
    return null;
  const nameLike =
    restTokens.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_PARTICLES.has(w)) &&
    !NAME_PARTICLES.has(restTokens.at(-1) as string);
  const capitalised = restTokens.filter((w) => !NAME_PARTICLES.has(w));
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
  if (capitalised.length >= 4 && nameLike && parts.titlePieces.length === 0) {
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
  const rStart = (parts.rest[0] as Piece).start;
  const start = parts.titlePieces.length > 0 ? (parts.titlePieces[0] as Piece).start : rStart;
  const prefixKnown = parts.prefixPieces.some((x) => x.type === 'known');
  const label = surface(sentence, prefix && prefixKnown ? parts.start : start, parts.end);
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
  defineAcronym(sentence, parts.end, org.id, tools);
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
  if (bare && tokens[rStart - 1]?.value === 'at') {
    mentions.push(
      tools.createNew(restText, 'organization', rStart, parts.end, 0.5, 'mention:org-at'),
    );
    return null;
  }
  return {
    person: tools.createNew(restText, 'person', rStart, parts.end, 0.6, 'mention:name'),
    prefix,
  };
}

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
  const tokens = sentence.tokens;
  const rStart = (parts.rest[0] as Piece).start;
  if (parts.hasHeadTitle && nameLike && word !== word.toUpperCase())
    return {
      person: tools.createNew(word, 'person', rStart, parts.end, 0.6, 'mention:title-person'),
      prefix,
    };
  const orgLike =
    isAcronym(word) ||
    orgContext(tokens, rStart, parts.end) ||
    // "PayPal", "YouTube": a brand's inner capital (not "McDonald", "MacArthur")
    (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) && !/^(Mc|Mac|De|Di|La|Le|O)\p{Lu}/u.test(word));
  if (!orgLike) return null;
  if (
    defineAcronym(sentence, parts.end, null, tools) === false &&
    isAcronym(word) &&
    parenthesised(tokens, rStart, parts.end)
  )
    return null;
  const org = tools.createNew(word, 'organization', rStart, parts.end, 0.6, 'mention:org-single');
  r.mentions.push(org);
  if (prefix) r.titles.add(org, prefix, '', parts.start);
  return null;
}

/** The person a run names, as one mention over the whole run, with the facts its prefix and
 * title give. */
function finishPerson(r: GroupReading, parts: RunParts, person: Mention, prefix: Mention | null) {
  const { sentence, ctx, mentions, tools } = r;
  const { start, end, titleText } = parts;
  mentions.push({ ...person, start, text: surface(sentence, start, end) });
  r.titles.add(person, prefix, titleText, start);
  if (titleText && ctx.registry.isNew(person.id) && prefix === null)
    tools.addRole(person.id, { title: titleText });
  if (titleText && prefix === null) r.titles.knownRole(person, titleText, start, end);
}

function parenthesised(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens[start - 1]?.value === '(' && tokens[end]?.value === ')';
}

/** A lone unknown word reads as an organisation after "news agency", "according to", before
 * "reported", "news agency" and the like. */
function orgContext(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens.slice(Math.max(0, start - 3), start).map((t) => t.lemma);
  const after = tokens.slice(end, end + 3).map((t) => t.lemma);
  if (before.length > 0 && ORG_NOUNS.has(before.at(-1) as string)) return true;
  const article = ['a', 'an'].includes(tokens[start - 1]?.value.toLowerCase() ?? '');
  if (!article && after.some((w, k) => k < 2 && ORG_NOUNS.has(w))) return true;
  if (before.slice(-2).join(' ') === 'according to') return true;
  // "reported by Jane Roe for Outlet": the outlet after a byline
  const wider = tokens.slice(Math.max(0, start - 10), start).map((t) => t.lemma);
  if (before.at(-1) === 'for' && wider.includes('report') && wider.includes('by')) return true;
  if (after[0] === 'report' || (after[0] === 'news' && after[1] !== undefined)) return true;
  if (PLATFORM_NOUNS.has(tokens[end]?.value ?? '')) return true;
  return false;
}
