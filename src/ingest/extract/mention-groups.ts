// The runs of capitalised words of one sentence, read as names: a run ending in an
// organisation cue ("Ministry of Commerce"), or [prefix] [titles] [name] ("Chinese Vice Premier
// He Lifeng", "IMF chief Kristalina Georgieva"), known or new. Each reader pushes the mentions it
// finds and asks the tools for entities, so that the registry is written in one place.
import {
  CONTINENTS,
  CORPORATE_SUFFIXES,
  demonymOf,
  HEAD_TITLE_WORDS,
  ORG_CUES,
  ORG_NOUNS,
  PLATFORM_NOUNS,
} from './gazetteer';
import { nameKey } from './ids';
import type { MentionTools } from './mention-tools';
import { isAcronym, NAME_PARTICLES, surface } from './name-runs';
import type { TaggedSentence, Token } from './nlp';
import type { TitleFacts } from './titles';
import type { Mention, MentionContext, Piece } from './types';

/** What the readers of one sentence share. */
export type GroupReading = {
  sentence: TaggedSentence;
  ctx: MentionContext;
  groups: readonly Piece[][];
  mentions: Mention[];
  tools: MentionTools;
  titles: TitleFacts;
};

/** A run ending in an organisation cue, with no name after it, names an organisation; true when
 * the run is read. */
export function readOrgCueRun(r: GroupReading, group: readonly Piece[]): boolean {
  const { sentence, ctx, mentions, tools } = r;
  const { known, resolveHit, createNew } = tools;
  const addFact = r.titles.add;
  const tokens = sentence.tokens;
  const gStart = (group[0] as Piece).start;
  const gEnd = (group.at(-1) as Piece).end;
  // A run ending in an organisation cue, with no name after it, names an organisation.
  const cueAt = group.findLastIndex(
    (x) =>
      x.type !== 'known' &&
      x.type !== 'conn' &&
      ORG_CUES.has((tokens[x.start] as Token).value.toLowerCase()),
  );
  const headAfterCue = group
    .slice(cueAt + 1)
    .some(
      (x) =>
        x.type === 'title' && HEAD_TITLE_WORDS.has((tokens[x.start] as Token).value.toLowerCase()),
    );
  if (
    !(
      cueAt >= 0 &&
      !headAfterCue &&
      ctx.allowNew &&
      !tokens[gStart]?.inQuote &&
      !group
        .slice(cueAt + 1)
        .some((x) => x.type === 'word' || (x.type === 'known' && x.hit?.kind === 'person'))
    )
  )
    return false;
  const lead = group[0] as Piece;
  const leadHit =
    lead.type === 'known' && lead.hit?.kind !== 'person' && lead.hit?.kind !== 'organization'
      ? lead
      : null;
  if (group.length === 1 && !isAcronym((tokens[gStart] as Token).value)) {
    // "the Commission": a short form of an organisation named before, or nothing.
    const word = nameKey((tokens[gStart] as Token).value);
    const candidates = [...ctx.registry.entities.values()].filter(
      (e) => e.kind === 'organization' && nameKey(e.label).endsWith(` ${word}`),
    );
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only && tokens[gStart - 1]?.value.toLowerCase() === 'the')
      mentions.push({
        ...known(only.id, 'organization', gStart, gEnd),
        confidence: 0.5,
        rule: 'link:short-form',
      });
    return true;
  }
  if (group.length > (leadHit ? 2 : 1)) {
    const label = surface(sentence, gStart, gEnd);
    const hit = ctx.index.lookup(label);
    const org = hit?.id
      ? known(hit.id, hit.kind, gStart, gEnd, hit)
      : createNew(label, 'organization', gStart, gEnd, 0.75, 'mention:org-cue');
    if (leadHit && !hit) {
      let k = 1;
      while (group[k]?.type === 'conn') k++;
      const bareStart = group[k]?.start ?? gStart;
      const countryId = resolveHit(leadHit)?.id ?? null;
      const countryLabel = countryId ? ctx.registry.entities.get(countryId)?.label : undefined;
      const demonym = countryLabel ? demonymOf(countryLabel) : undefined;
      if (bareStart < gEnd)
        for (const variant of orgNameVariants(surface(sentence, bareStart, gEnd), demonym))
          tools.addAlias(org.id, variant);
    }
    const words = label.split(/\s+/);
    if (!hit && words.length >= 2 && CORPORATE_SUFFIXES.has((words.at(-1) as string).toLowerCase()))
      tools.addAlias(org.id, words.slice(0, -1).join(' '));
    if (!hit) defineAcronym(sentence, gEnd, org.id, tools);
    mentions.push(org);
    if (leadHit) {
      const prefixMention = resolveHit(leadHit);
      if (prefixMention) addFact(org, prefixMention, '', gStart);
    }
    return true;
  }
  return false;
}

/** A run read as [prefix] [titles] [name]: a person with their title facts, an organisation, or
 * the known names it holds. */
export function readNamedRun(r: GroupReading, group: readonly Piece[], g: number): void {
  const { sentence, ctx, groups, mentions, tools } = r;
  const { known, resolveHit, createNew } = tools;
  const addFact = r.titles.add;
  const knownRoleFacts = r.titles.knownRole;
  const tokens = sentence.tokens;
  const gStart = (group[0] as Piece).start;
  const gEnd = (group.at(-1) as Piece).end;
  // Split: [prefix] [titles] [rest]
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
  const rest = group.slice(p);
  const titleText =
    titlePieces.length > 0
      ? surface(sentence, (titlePieces[0] as Piece).start, (titlePieces.at(-1) as Piece).end)
      : '';
  const hasHeadTitle = titlePieces.some((x) =>
    HEAD_TITLE_WORDS.has((tokens[x.start] as Token).value.toLowerCase()),
  );

  // The prefix: one known country/org, or words naming an organisation.
  let prefix: Mention | null = null;
  const prefixWords = prefixPieces.filter((x) => x.type === 'word');
  const prefixKnown = prefixPieces.filter((x) => x.type === 'known');
  if (prefixKnown.length > 0 && prefixWords.length === 0) {
    prefix = resolveHit(prefixKnown.at(-1) as Piece);
  } else if (prefixWords.length > 0 && hasHeadTitle) {
    const pStart = (prefixPieces[0] as Piece).start;
    const pEnd = (prefixPieces.at(-1) as Piece).end;
    const text = surface(sentence, pStart, pEnd);
    const words = text.split(/\s+/);
    const looksOrg =
      words.some((w) => ORG_CUES.has(w.toLowerCase())) ||
      (words.length === 1 && isAcronym(words[0] as string));
    if (looksOrg) prefix = createNew(text, 'organization', pStart, pEnd, 0.7, 'mention:org-prefix');
  }

  const restWords = rest.filter((x) => x.type === 'word');
  const restKnown = rest.filter((x) => x.type === 'known');
  const restText = rest.length > 0 ? surface(sentence, (rest[0] as Piece).start, gEnd) : '';
  const restTokens = rest.length > 0 ? restText.split(/\s+/) : [];

  if (rest.length === 0) {
    // A title (and prefix) without a name.
    const next = groups[g + 1];
    const comma = tokens[gEnd];
    if (hasHeadTitle && comma?.value === ',' && next !== undefined && next[0]?.start === gEnd + 1) {
      // "the U.S. Ambassador to China, David Perdue": applyCommaTitles joins them below.
      return;
    }
    if (titlePieces.length > 0) {
      const full = surface(sentence, gStart, gEnd);
      const hit = ctx.index.lookup(full) ?? ctx.index.lookup(titleText);
      if (hit?.id && hit.kind === 'person' && !tokens[gEnd]?.value.match(/^\p{Lu}/u)) {
        mentions.push({ ...known(hit.id, 'person', gStart, gEnd, hit), rule: 'link:role-title' });
        return;
      }
      const lastWord = (tokens[gEnd - 1] as Token).value.toLowerCase();
      if (ORG_CUES.has(lastWord) && ctx.allowNew && !tokens[gStart]?.inQuote) {
        const org = createNew(full, 'organization', gStart, gEnd, 0.6, 'mention:org-title');
        mentions.push(org);
        if (prefix) addFact(org, prefix, '', gStart);
        return;
      }
    }
    if (prefix) mentions.push(prefix);
    return;
  }

  let person: Mention | null = null;
  if (restKnown.length === 1 && restWords.length === 0 && rest.length === 1) {
    const m = resolveHit(restKnown[0] as Piece);
    if (m === null) return;
    if (prefix === null && titlePieces.length === 0) {
      mentions.push(m);
      return;
    }
    if (m.kind === 'person') person = m;
    else {
      mentions.push(m);
      if (prefix && m.kind === 'organization') addFact(m, prefix, '', gStart);
      return;
    }
  } else if (restWords.length === 0 && restKnown.length > 0) {
    // Known names side by side: "JPMorgan Chase Jamie Dimon" is an organisation's person.
    const resolved = restKnown.map(resolveHit).filter((m): m is Mention => m !== null);
    mentions.push(...resolved);
    const [a, b] = resolved;
    if (resolved.length === 2 && a && b && a.kind === 'organization' && b.kind === 'person')
      addFact(b, a, '', a.start);
    if (prefix)
      for (const m of resolved) if (m.kind === 'person') addFact(m, prefix, titleText, gStart);
    return;
  } else if (restWords.length > 0) {
    const rStart = (rest[0] as Piece).start;
    const lowerWords = restTokens.map((w) => w.toLowerCase().replace(/[’']s$/, ''));
    const orgCue = lowerWords.some((w) => ORG_CUES.has(w));
    if (restKnown.length > 0 && !orgCue) {
      // e.g. a known name glued to unknown words: keep the known parts only.
      for (const piece of restKnown) {
        const m = resolveHit(piece);
        if (m) mentions.push(m);
      }
      return;
    }
    if (!ctx.allowNew || tokens[rStart]?.inQuote) return;
    if (orgCue) {
      const start = titlePieces.length > 0 ? (titlePieces[0] as Piece).start : rStart;
      const label = surface(sentence, prefix && prefixKnown.length > 0 ? gStart : start, gEnd);
      const org = createNew(label, 'organization', gStart, gEnd, 0.75, 'mention:org-cue');
      const bare = surface(sentence, start, gEnd);
      if (bare !== label) tools.addAlias(org.id, bare);
      const words = bare.split(/\s+/);
      if (words.length >= 2 && CORPORATE_SUFFIXES.has((words.at(-1) as string).toLowerCase()))
        tools.addAlias(org.id, words.slice(0, -1).join(' '));
      mentions.push(org);
      if (prefix) addFact(org, prefix, '', gStart);
      defineAcronym(sentence, gEnd, org.id, tools);
      return;
    }
    if (lowerWords.every((w) => CONTINENTS.has(w) || w === '-')) return;
    // "the Osaka Summit", "a Pacific Forum": an event's name, no person
    if (/^(summit|conference|forum|dialogue|talks|meeting)$/.test(lowerWords.at(-1) ?? '')) return;
    const nameLike =
      restTokens.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_PARTICLES.has(w)) &&
      !NAME_PARTICLES.has(restTokens.at(-1) as string);
    const capitalised = restTokens.filter((w) => !NAME_PARTICLES.has(w));
    if (hasHeadTitle && capitalised.length <= 3 && nameLike) {
      person = createNew(restText, 'person', rStart, gEnd, 0.8, 'mention:title-person');
    } else if (
      capitalised.length >= 2 &&
      capitalised.length <= 3 &&
      nameLike &&
      !restTokens.every((w) => w === w.toUpperCase())
    ) {
      if (
        prefix === null &&
        titlePieces.length === 0 &&
        defineAcronym(sentence, gEnd, null, tools)
      ) {
        const org = createNew(restText, 'organization', rStart, gEnd, 0.6, 'mention:acronym-def');
        defineAcronym(sentence, gEnd, org.id, tools);
        mentions.push(org);
        return;
      }
      // "her Bluebird Social network": where someone posted, neither a person nor an actor.
      if (PLATFORM_NOUNS.has(tokens[gEnd]?.value.toLowerCase() ?? '') && titlePieces.length === 0)
        return;
      // "analysts at Goldman Sachs": a place of work, not a person.
      if (prefix === null && titlePieces.length === 0 && tokens[rStart - 1]?.value === 'at') {
        mentions.push(createNew(restText, 'organization', rStart, gEnd, 0.5, 'mention:org-at'));
        return;
      }
      person = createNew(restText, 'person', rStart, gEnd, 0.6, 'mention:name');
    } else if (capitalised.length >= 4 && nameLike && titlePieces.length === 0) {
      // "Acme Corp Jane Doe" without a cue: an organisation followed by a person.
      const split = (rest[rest.length - 2] as Piece).start;
      const org = createNew(
        surface(sentence, rStart, split),
        'organization',
        rStart,
        split,
        0.5,
        'mention:org-person',
      );
      person = createNew(
        surface(sentence, split, gEnd),
        'person',
        split,
        gEnd,
        0.6,
        'mention:org-person',
      );
      mentions.push(org);
      prefix = org;
    } else if (restTokens.length === 1) {
      const word = restTokens[0] as string;
      if (hasHeadTitle && nameLike && word !== word.toUpperCase()) {
        person = createNew(word, 'person', rStart, gEnd, 0.6, 'mention:title-person');
      } else if (
        isAcronym(word) ||
        orgContext(tokens, rStart, gEnd) ||
        // "PayPal", "YouTube": a brand's inner capital (not "McDonald", "MacArthur")
        (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) && !/^(Mc|Mac|De|Di|La|Le|O)\p{Lu}/u.test(word))
      ) {
        if (
          defineAcronym(sentence, gEnd, null, tools) === false &&
          isAcronym(word) &&
          parenthesised(tokens, rStart, gEnd)
        )
          return;
        const org = createNew(word, 'organization', rStart, gEnd, 0.6, 'mention:org-single');
        mentions.push(org);
        if (prefix) addFact(org, prefix, '', gStart);
        return;
      } else return;
    } else return;
  } else return;

  if (person === null) return;
  const whole: Mention = { ...person, start: gStart, text: surface(sentence, gStart, gEnd) };
  mentions.push(whole);
  addFact(person, prefix, titleText, gStart);
  if (titleText && ctx.registry.isNew(person.id) && prefix === null)
    tools.addRole(person.id, { title: titleText });
  if (titleText && prefix === null) knownRoleFacts(person, titleText, gStart, gEnd);
}

/** "Asia-Pacific Economic Cooperation (APEC)": the acronym in brackets names the same entity.
 * With id null, only tells whether such an acronym follows. */
function defineAcronym(
  sentence: TaggedSentence,
  end: number,
  id: string | null,
  tools: Pick<MentionTools, 'addAlias'>,
): boolean {
  const open = sentence.tokens[end];
  const word = sentence.tokens[end + 1];
  const close = sentence.tokens[end + 2];
  if (open?.value !== '(' || close?.value !== ')' || word === undefined) return false;
  if (!/^[A-Z][A-Z0-9]{1,7}$/.test(word.value)) return false;
  if (id !== null) tools.addAlias(id, word.value);
  return true;
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
  // "reported by Jane Roe for Outlet": the outlet after a byline.
  const wider = tokens.slice(Math.max(0, start - 10), start).map((t) => t.lemma);
  if (before.at(-1) === 'for' && wider.includes('report') && wider.includes('by')) return true;
  if (after[0] === 'report' || (after[0] === 'news' && after[1] !== undefined)) return true;
  if (PLATFORM_NOUNS.has(tokens[end]?.value ?? '')) return true;
  return false;
}

/** Other ways to write an institution's name: "Ministry of Commerce" ↔ "Commerce Ministry", each
 * also with the country's adjective ("Chinese Commerce Ministry"). */
export function orgNameVariants(bare: string, demonym: string | undefined): string[] {
  const forms = new Set<string>([bare]);
  const ofForm = /^(Ministry|Department|Office|Bureau) of (?:the )?([\p{L} ]+)$/u.exec(bare);
  if (ofForm) forms.add(`${ofForm[2]} ${ofForm[1]}`);
  const nounForm = /^([\p{L} ]+) (Ministry|Department)$/u.exec(bare);
  if (nounForm) forms.add(`${nounForm[2]} of ${nounForm[1]}`);
  const out = [...forms];
  if (demonym) for (const form of forms) out.push(`${demonym} ${form}`);
  return out;
}
