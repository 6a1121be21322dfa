// Finds the entities a sentence names: known names first (labels, aliases, gazetteer, surnames),
// then runs of capitalised words read as [country/org prefix] [title] [name]. A run with an
// organisation cue is an organisation, a titled or two-word name a person; titles give
// affiliation/represents facts. Bylines, credits, quotes, headings and lone common words propose
// nothing new.
import type { EntityKind } from '../../data/schema';
import {
  ACTOR_NOUNS,
  COMMON_ACRONYMS,
  CONTINENTS,
  CORPORATE_SUFFIXES,
  demonymOf,
  HEAD_TITLE_WORDS,
  NEVER_NAMES,
  ORG_CUES,
  ORG_NOUNS,
  PLATFORM_NOUNS,
  POST_INSTITUTIONS,
  TITLE_WORDS,
} from './gazetteer';
import { nameKey } from './ids';
import type { NameHit } from './linking';
import {
  bylineSpan,
  classify,
  DEMONYM_END,
  groupPieces,
  isAcronym,
  NAME_PARTICLES,
  surface,
} from './name-runs';
import type { TaggedSentence, Token } from './nlp';
import { TitleFacts } from './titles';
import type { Mention, MentionContext, Piece, SentenceReading } from './types';

export type { Fact, Mention, MentionContext, SentenceReading } from './types';

/** Reads the entities and title facts of one sentence. */
export function readMentions(sentence: TaggedSentence, ctx: MentionContext): SentenceReading {
  const tokens = sentence.tokens;
  const pieces = classify(sentence, ctx);
  const groups = groupPieces(pieces, tokens);
  const mentions: Mention[] = [];
  const bylineTokens = bylineSpan(tokens);

  const known = (id: string, kind: EntityKind, start: number, end: number, hit?: NameHit) => {
    const m: Mention = {
      start,
      end,
      id,
      kind,
      text: surface(sentence, start, end),
      adjectival: false,
      known: !ctx.registry.isNew(id),
      confidence: hit?.confidence ?? 0.6,
      rule: hit ? `link:${hit.source}` : 'mention:new',
    };
    return m;
  };
  const resolveHit = (piece: Piece): Mention | null => {
    const hit = piece.hit;
    if (hit === undefined) return null;
    let id = hit.id;
    if (id === null && hit.create) {
      const create = hit.create;
      id = ctx.registry.create(create.label, create.kind, {
        mention: surface(sentence, piece.start, piece.end),
        sentence: ctx.sentence,
        confidence: 0.9,
        rule: 'mention:gazetteer',
        ...(create.description ? { description: create.description } : {}),
      });
      for (const alias of create.aliases ?? []) ctx.registry.addAlias(id, alias);
    }
    if (id === null) return null;
    return known(id, ctx.registry.kindOf(id) ?? hit.kind, piece.start, piece.end, hit);
  };
  const createNew = (
    label: string,
    kind: EntityKind,
    start: number,
    end: number,
    confidence: number,
    rule: string,
  ): Mention => {
    const id = ctx.registry.create(label, kind, {
      mention: surface(sentence, start, end),
      sentence: ctx.sentence,
      confidence,
      rule,
    });
    return { ...known(id, kind, start, end), confidence, rule };
  };
  const titles = new TitleFacts(sentence, ctx);
  const facts = titles.facts;
  const addFact = titles.add;
  const knownRoleFacts = titles.knownRole;

  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as Piece[];
    const gStart = (group[0] as Piece).start;
    const gEnd = (group.at(-1) as Piece).end;
    if (bylineTokens.has(gStart)) continue;
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
          x.type === 'title' &&
          HEAD_TITLE_WORDS.has((tokens[x.start] as Token).value.toLowerCase()),
      );
    if (
      cueAt >= 0 &&
      !headAfterCue &&
      ctx.allowNew &&
      !tokens[gStart]?.inQuote &&
      !group
        .slice(cueAt + 1)
        .some((x) => x.type === 'word' || (x.type === 'known' && x.hit?.kind === 'person'))
    ) {
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
        continue;
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
              ctx.registry.addAlias(org.id, variant);
        }
        const words = label.split(/\s+/);
        if (
          !hit &&
          words.length >= 2 &&
          CORPORATE_SUFFIXES.has((words.at(-1) as string).toLowerCase())
        )
          ctx.registry.addAlias(org.id, words.slice(0, -1).join(' '));
        if (!hit) defineAcronym(sentence, gEnd, org.id, ctx);
        mentions.push(org);
        if (leadHit) {
          const prefixMention = resolveHit(leadHit);
          if (prefixMention) addFact(org, prefixMention, '', gStart);
        }
        continue;
      }
    }
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
      if (looksOrg)
        prefix = createNew(text, 'organization', pStart, pEnd, 0.7, 'mention:org-prefix');
    }

    const restWords = rest.filter((x) => x.type === 'word');
    const restKnown = rest.filter((x) => x.type === 'known');
    const restText = rest.length > 0 ? surface(sentence, (rest[0] as Piece).start, gEnd) : '';
    const restTokens = rest.length > 0 ? restText.split(/\s+/) : [];

    if (rest.length === 0) {
      // A title (and prefix) without a name.
      const next = groups[g + 1];
      const comma = tokens[gEnd];
      if (
        hasHeadTitle &&
        comma?.value === ',' &&
        next !== undefined &&
        next[0]?.start === gEnd + 1
      ) {
        // "the U.S. Ambassador to China, David Perdue": applyCommaTitles joins them below.
        continue;
      }
      if (titlePieces.length > 0) {
        const full = surface(sentence, gStart, gEnd);
        const hit = ctx.index.lookup(full) ?? ctx.index.lookup(titleText);
        if (hit?.id && hit.kind === 'person' && !tokens[gEnd]?.value.match(/^\p{Lu}/u)) {
          mentions.push({ ...known(hit.id, 'person', gStart, gEnd, hit), rule: 'link:role-title' });
          continue;
        }
        const lastWord = (tokens[gEnd - 1] as Token).value.toLowerCase();
        if (ORG_CUES.has(lastWord) && ctx.allowNew && !tokens[gStart]?.inQuote) {
          const org = createNew(full, 'organization', gStart, gEnd, 0.6, 'mention:org-title');
          mentions.push(org);
          if (prefix) addFact(org, prefix, '', gStart);
          continue;
        }
      }
      if (prefix) mentions.push(prefix);
      continue;
    }

    let person: Mention | null = null;
    if (restKnown.length === 1 && restWords.length === 0 && rest.length === 1) {
      const m = resolveHit(restKnown[0] as Piece);
      if (m === null) continue;
      if (prefix === null && titlePieces.length === 0) {
        mentions.push(m);
        continue;
      }
      if (m.kind === 'person') person = m;
      else {
        mentions.push(m);
        if (prefix && m.kind === 'organization') addFact(m, prefix, '', gStart);
        continue;
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
      continue;
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
        continue;
      }
      if (!ctx.allowNew || tokens[rStart]?.inQuote) continue;
      if (orgCue) {
        const start = titlePieces.length > 0 ? (titlePieces[0] as Piece).start : rStart;
        const label = surface(sentence, prefix && prefixKnown.length > 0 ? gStart : start, gEnd);
        const org = createNew(label, 'organization', gStart, gEnd, 0.75, 'mention:org-cue');
        const bare = surface(sentence, start, gEnd);
        if (bare !== label) ctx.registry.addAlias(org.id, bare);
        const words = bare.split(/\s+/);
        if (words.length >= 2 && CORPORATE_SUFFIXES.has((words.at(-1) as string).toLowerCase()))
          ctx.registry.addAlias(org.id, words.slice(0, -1).join(' '));
        mentions.push(org);
        if (prefix) addFact(org, prefix, '', gStart);
        defineAcronym(sentence, gEnd, org.id, ctx);
        continue;
      }
      if (lowerWords.every((w) => CONTINENTS.has(w) || w === '-')) continue;
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
          defineAcronym(sentence, gEnd, null, ctx)
        ) {
          const org = createNew(restText, 'organization', rStart, gEnd, 0.6, 'mention:acronym-def');
          defineAcronym(sentence, gEnd, org.id, ctx);
          mentions.push(org);
          continue;
        }
        // "his Truth Social network": where someone posted, neither a person nor an actor.
        if (PLATFORM_NOUNS.has(tokens[gEnd]?.value.toLowerCase() ?? '') && titlePieces.length === 0)
          continue;
        // "analysts at Goldman Sachs": a place of work, not a person.
        if (prefix === null && titlePieces.length === 0 && tokens[rStart - 1]?.value === 'at') {
          mentions.push(createNew(restText, 'organization', rStart, gEnd, 0.5, 'mention:org-at'));
          continue;
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
          // "ByteDance", "TikTok": a brand's inner capital (not "McDonald", "MacArthur")
          (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) && !/^(Mc|Mac|De|Di|La|Le|O)\p{Lu}/u.test(word))
        ) {
          if (
            defineAcronym(sentence, gEnd, null, ctx) === false &&
            isAcronym(word) &&
            parenthesised(tokens, rStart, gEnd)
          )
            continue;
          const org = createNew(word, 'organization', rStart, gEnd, 0.6, 'mention:org-single');
          mentions.push(org);
          if (prefix) addFact(org, prefix, '', gStart);
          continue;
        } else continue;
      } else continue;
    } else continue;

    if (person === null) continue;
    const whole: Mention = { ...person, start: gStart, text: surface(sentence, gStart, gEnd) };
    mentions.push(whole);
    addFact(person, prefix, titleText, gStart);
    if (titleText && ctx.registry.isNew(person.id) && prefix === null)
      ctx.registry.addRole(person.id, { title: titleText });
    if (titleText && prefix === null) knownRoleFacts(person, titleText, gStart, gEnd);
  }

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
  titles.appositions(mentions);
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, facts };
}

/** Demonyms before a common noun, and names joined by a hyphen, are modifiers. */
function markAdjectival(tokens: readonly Token[], mentions: Mention[]) {
  for (const m of mentions) {
    if (m.kind !== 'country' && m.kind !== 'place') continue;
    const next = tokens[m.end];
    const previous = tokens[m.start - 1];
    const hyphen = (t: Token | undefined) => t !== undefined && ['-', '–'].includes(t.value);
    if (hyphen(next) || hyphen(previous)) {
      m.adjectival = true;
      continue;
    }
    const single = m.end - m.start === 1;
    const word = m.text.toLowerCase();
    if (
      single &&
      DEMONYM_END.test(word) &&
      !/(china|iran|japan|taiwan|italy|jakarta)$/.test(word)
    ) {
      if (next === undefined || !ACTOR_NOUNS.has(next.value.toLowerCase())) m.adjectival = true;
    }
  }
}

/** "Asia-Pacific Economic Cooperation (APEC)": the acronym in brackets names the same entity.
 * With id null, only tells whether such an acronym follows. */
function defineAcronym(
  sentence: TaggedSentence,
  end: number,
  id: string | null,
  ctx: MentionContext,
): boolean {
  const open = sentence.tokens[end];
  const word = sentence.tokens[end + 1];
  const close = sentence.tokens[end + 2];
  if (open?.value !== '(' || close?.value !== ')' || word === undefined) return false;
  if (!/^[A-Z][A-Z0-9]{1,7}$/.test(word.value)) return false;
  if (id !== null) ctx.registry.addAlias(id, word.value);
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
