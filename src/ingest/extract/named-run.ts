// A run of capitalised words read as [prefix] [titles] [name] ("Chinese Vice Premier He Lifeng",
// "IMF chief Kristalina Georgieva", "Acme Corp Jane Doe"): split into its three parts, the prefix
// read as a country or organisation, then the name read by what it holds (only a title, known
// names, or new words: new-name.ts), and the person found given their title facts. Each step
// pushes the mentions it finds and asks the tools for entities.
import { HEAD_TITLE_WORDS, ORG_CUES } from './gazetteer';
import type { GroupReading } from './mention-groups';
import { isAcronym, NAME_PARTICLES, surface } from './name-runs';
import { readNewName } from './new-name';
import type { Token } from './nlp';
import { staffPostEnd } from './staff-titles';
import type { Mention, NameRead, Piece, RunParts } from './types';

/** A run read as [prefix] [titles] [name]: a person with their title facts, an organisation, or
 * the known names it holds. */
export function readNamedRun(r: GroupReading, group: readonly Piece[], g: number): void {
  const parts = splitRun(r, group);
  const prefix = readPrefix(r, parts) ?? bodyInTitle(r, parts);
  if (parts.rest.length === 0) return readTitleOnly(r, parts, prefix, g);
  if (officeOfTitle(r, parts, g)) {
    const titlePieces = [...parts.titlePieces, ...parts.rest];
    const titleText = surface(r.sentence, (titlePieces[0] as Piece).start, parts.end);
    return readTitleOnly(r, { ...parts, titlePieces, titleText, rest: [] }, prefix, g);
  }
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
    // "Governor Al-Hafiz Bakhit": a particle hyphened to the next word opens the name
    const particle =
      piece.type === 'conn' &&
      NAME_PARTICLES.has((tokens[piece.start] as Token).value.toLowerCase()) &&
      tokens[piece.start + 1]?.value === '-' &&
      group[p + 2]?.type === 'word';
    const inTitle =
      piece.type === 'title' ||
      piece.type === 'ltitle' ||
      (piece.type === 'conn' && titlePieces.length > 0 && !particle) ||
      (piece.type === 'known' &&
        titlePieces.length > 0 &&
        group[p - 1]?.type === 'conn' &&
        piece.hit?.kind !== 'person') ||
      // "Secretary of the Navy Jon Dahl": the body's head word after the title's "of [the]"
      (piece.type === 'word' &&
        titlePieces.length > 0 &&
        group[p - 1]?.type === 'conn' &&
        ORG_CUES.has((tokens[piece.start] as Token).value.toLowerCase()) &&
        group.slice(p + 1).some((x) => x.type === 'word'));
    if (!inTitle) break;
    titlePieces.push(piece);
    p++;
  }
  // "Chief of Army Staff Gen. X": the post is the title; the rank after it is the person's
  const postEnd = staffPostEnd(tokens, titlePieces);
  const titleEnd = postEnd >= 0 ? postEnd : (titlePieces.at(-1) as Piece | undefined)?.end;
  return {
    start: (group[0] as Piece).start,
    end: (group.at(-1) as Piece).end,
    prefixPieces,
    titlePieces,
    rest: group.slice(p),
    titleText:
      titlePieces.length > 0 && titleEnd !== undefined
        ? surface(sentence, (titlePieces[0] as Piece).start, titleEnd)
        : '',
    hasHeadTitle: titlePieces.some((x) =>
      HEAD_TITLE_WORDS.has((tokens[x.start] as Token).value.toLowerCase()),
    ),
  };
}

/** "Director General of Military Operations, Lt. Gen. X": new words after a head title's "of",
 * with a comma and a further name after them, name the office, not a person; so does a single
 * word after it ("Minister of Communication and government spokesman"). */
function officeOfTitle(r: GroupReading, parts: RunParts, g: number): boolean {
  const tokens = r.sentence.tokens;
  const last = parts.titlePieces.at(-1);
  if (!parts.hasHeadTitle || last?.type !== 'conn' || tokens[last.start]?.value !== 'of')
    return false;
  if (parts.rest.some((x) => x.type !== 'word')) return false;
  const words = surface(r.sentence, (parts.rest[0] as Piece).start, parts.end).split(/\s+/);
  if (words.some((w) => ORG_CUES.has(w.toLowerCase()))) return false;
  // "Minister of Communication", "Mayor of Vik": one word after the title's "of" is its portfolio
  // or its place, never the holder's whole name
  if (words.length === 1) return true;
  return tokens[parts.end]?.value === ',' && r.groups[g + 1]?.[0]?.start === parts.end + 1;
}

/** "President of the European Commission X": the known body or country a title names after its
 * "of [the]" (a piece of its own, or inside a title the article taught), whom the person works or
 * acts for. */
function bodyInTitle(r: GroupReading, parts: RunParts): Mention | null {
  const tokens = r.sentence.tokens;
  const pieces = parts.titlePieces;
  const of = pieces.findIndex((x) => tokens[x.start]?.value === 'of' && x.end === x.start + 1);
  const last = pieces.at(-1);
  if (of < 0 || last === undefined || parts.rest.length === 0) return null;
  let from = of + 1;
  if (tokens[pieces[from]?.start ?? -1]?.value === 'the') from++;
  const first = pieces[from];
  if (first === undefined) return null;
  const hit =
    first.type === 'known'
      ? first.hit
      : r.ctx.index.lookup(surface(r.sentence, first.start, last.end));
  if (hit?.kind !== 'organization' && hit?.kind !== 'country') return null;
  return r.tools.resolveHit({ type: 'known', start: first.start, end: last.end, hit });
}

/** Words that say at what level a post governs, not where ("Provincial governor X"). */
const LEVELS = new Set([
  'provincial',
  'regional',
  'municipal',
  'federal',
  'national',
  'local',
  'state',
  'district',
  'county',
  'city',
  'territorial',
  'prefectural',
]);

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
  if (looksOrg)
    return r.tools.createNew(text, 'organization', pStart, pEnd, 0.7, 'mention:org-prefix');
  // "Harbour Premier X", "Northshire Governor X": a title that governs a territory names one
  const governs = /^(premier|governor|mayor|chief minister)\b/i.test(parts.titleText);
  const proper = words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !LEVELS.has(w.toLowerCase()));
  return governs && proper && words.length <= 2 && r.ctx.allowNew
    ? r.tools.createNew(text, 'place', pStart, pEnd, 0.6, 'mention:governed-place')
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
  // "Chile's Prime Minister and Foreign Minister Jo Ruiz": two titles of the one name after them,
  // not the prime minister named before
  if (comma?.value === 'and' && next?.[0]?.start === end + 1 && next[0].type === 'title') return;
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
  const owned = ownedPerson(r, parts) ?? knownPersonOfPlace(r, parts);
  if (owned) return owned;
  const resolved = restKnown.map(tools.resolveHit).filter((m): m is Mention => m !== null);
  mentions.push(...resolved);
  const [a, b] = resolved;
  // "JPMorgan Chase Jamie Dimon": the body's person; not "envoy to the United Nations Fu Cong"
  const sentTo = (m: Mention) =>
    /^(the)$/i.test(r.sentence.tokens[m.start - 1]?.value ?? '')
      ? r.sentence.tokens[m.start - 2]?.value === 'to'
      : r.sentence.tokens[m.start - 1]?.value === 'to';
  if (
    resolved.length === 2 &&
    a &&
    b &&
    a.kind === 'organization' &&
    b.kind === 'person' &&
    !sentTo(a)
  )
    r.titles.add(b, a, '', a.start);
  if (prefix)
    for (const m of resolved)
      if (m.kind === 'person') r.titles.add(m, prefix, parts.titleText, parts.start);
  return null;
}

/** "Malta's Rita Camilleri": a known person after a country's or body's possessive, acting for it. */
function ownedPerson(r: GroupReading, parts: RunParts): NameRead {
  const [owner, mark, named, ...more] = parts.rest;
  if (owner?.type !== 'known' || mark?.type !== 'conn' || named?.type !== 'known') return null;
  if (more.length > 0 || named.hit?.kind !== 'person') return null;
  if (owner.hit?.kind !== 'country' && owner.hit?.kind !== 'organization') return null;
  if (!/^['’]s$/.test(surface(r.sentence, mark.start, mark.end))) return null;
  const person = r.tools.resolveHit(named);
  return person ? { person, prefix: r.tools.resolveHit(owner) } : null;
}

/** "Teo Brann of Malta" once the article has taught the name: the person, acting for the country. */
function knownPersonOfPlace(r: GroupReading, parts: RunParts): NameRead {
  const [named, of, place, ...more] = parts.rest;
  if (named?.type !== 'known' || named.hit?.kind !== 'person' || more.length > 0) return null;
  if (of?.type !== 'conn' || r.sentence.tokens[of.start]?.value !== 'of') return null;
  if (place?.type !== 'known' || place.hit?.kind !== 'country') return null;
  const person = r.tools.resolveHit(named);
  return person ? { person, prefix: r.tools.resolveHit(place) } : null;
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
