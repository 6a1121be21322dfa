// The runs of capitalised words of one sentence, read as names: a run ending in an
// organisation cue ("Ministry of Commerce"), or [prefix] [titles] [name] ("Chinese Vice Premier
// He Lifeng", "IMF chief Kristalina Georgieva": named-run.ts), known or new. Each reader pushes the mentions it
// finds and asks the tools for entities, so that the registry is written in one place.
import { bodyEndingWith } from './bare-cues';
import {
  CONTINENTS,
  CORPORATE_SUFFIXES,
  demonymOf,
  HEAD_TITLE_WORDS,
  ORG_CUES,
  ORG_NOUNS,
  PLATFORM_NOUNS,
} from './gazetteer';
import { quotedGroupName } from './group-list';
import { nameKey } from './ids';
import type { MentionTools } from './mention-tools';
import { isAcronym, NAME_PARTICLES, surface } from './name-runs';
import type { TaggedSentence, Token } from './nlp';
import { personBeforeOf, readPersonOfBody } from './person-of-body';
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
      (!tokens[gStart]?.inQuote || quotedGroupName(tokens, gStart)) &&
      !group
        .slice(cueAt + 1)
        .some(
          (x) =>
            (x.type === 'word' && !ofName(tokens, group, cueAt)) ||
            (x.type === 'known' && x.hit?.kind === 'person'),
        )
    )
  )
    return false;
  // "designated the cartel a Foreign Terrorist Organization": a name after "a" is a kind of
  // body, not one
  const indefinite = /^(a|an)$/i.test(tokens[gStart - 1]?.value ?? '');
  if (indefinite && group.every((p) => p.type !== 'known')) return true;
  // "Jon Berg of Nordic Research Centre": a person of the body, and the body
  const personOf = personBeforeOf(r, group, cueAt);
  if (personOf) return readPersonOfBody(r, personOf, (body) => readOrgCueRun(r, body));
  const lead = group[0] as Piece;
  const leadHit =
    lead.type === 'known' && lead.hit?.kind !== 'person' && lead.hit?.kind !== 'organization'
      ? lead
      : null;
  if (group.length === 1 && !isAcronym((tokens[gStart] as Token).value)) {
    // "the Commission": a short form of an organisation named before, or nothing.
    const only = bodyEndingWith(ctx.registry, (tokens[gStart] as Token).value);
    if (only && tokens[gStart - 1]?.value.toLowerCase() === 'the')
      mentions.push({
        ...known(only, 'organization', gStart, gEnd),
        confidence: 0.5,
        rule: 'link:short-form',
      });
    return true;
  }
  if (group.length > (leadHit ? 2 : 1)) {
    // "the African Union's Peace and Security Council": the body's own, named with its owner
    const leadIsBody = lead.type === 'known' && lead.hit?.kind === 'organization';
    const owned = ownedBodyName(surface(sentence, gStart, gEnd), () => leadIsBody);
    const label = owned?.label ?? surface(sentence, gStart, gEnd);
    const { variants, demonym, bareStart } = leadHit
      ? countryVariants(r, group, leadHit)
      : { variants: [], demonym: undefined, bareStart: gEnd };
    // "Colombia’s National Liberation Army": a body the reader knows, named after its country
    const knownBody = leadHit ? knownBodyAfter(r, bareStart, gEnd) : null;
    if (knownBody) {
      mentions.push(knownBody);
      resolveHit(leadHit as Piece);
      return true;
    }
    // "the Chinese Commerce Ministry" after "Chinese Ministry of Commerce": one ministry
    const hit =
      ctx.index.lookup(label) ??
      variants
        .filter((v) => demonym !== undefined && v.startsWith(`${demonym} `))
        .map((v) => ctx.index.lookup(v))
        .find((h) => h?.id && h.kind === 'organization' && h.source !== 'surname');
    const org = hit?.id
      ? known(hit.id, hit.kind, gStart, gEnd, hit)
      : createNew(label, 'organization', gStart, gEnd, 0.75, 'mention:org-cue');
    if (!hit) for (const variant of variants) tools.addAlias(org.id, variant);
    if (!hit && owned) tools.addAlias(org.id, owned.bare);
    const words = label.split(/\s+/);
    if (!hit && words.length >= 2 && CORPORATE_SUFFIXES.has((words.at(-1) as string).toLowerCase()))
      tools.addAlias(org.id, words.slice(0, -1).join(' '));
    if (!hit) defineAcronym(sentence, gEnd, org.id, tools);
    if (!hit) ownerAfterOf(r, group, org.id);
    mentions.push(org);
    if (leadHit) {
      const prefixMention = resolveHit(leadHit);
      if (prefixMention) addFact(org, prefixMention, '', gStart);
    }
    return true;
  }
  return false;
}

/** "African Union's Peace and Security Council" → "African Union Peace and Security Council",
 * also "Peace and Security Council": a body named with the possessive of an owner that
 * `isBody` says is a body; null for any other name. */
export function ownedBodyName(
  written: string,
  isBody: (owner: string) => boolean,
): { label: string; bare: string } | null {
  const parts = /^(\p{Lu}.*?)['’]s (\p{Lu}.*)$/u.exec(written);
  if (!parts || !isBody(parts[1] as string)) return null;
  return { label: `${parts[1]} ${parts[2]}`, bare: parts[2] as string };
}

/** The other names of a body a country's name or adjective opens ("Chinese Commerce Ministry"):
 * its bare forms, then its forms with the country's adjective (also given). */
function countryVariants(r: GroupReading, group: readonly Piece[], leadHit: Piece) {
  const { sentence, ctx, tools } = r;
  let k = 1;
  while (group[k]?.type === 'conn') k++;
  const gEnd = (group.at(-1) as Piece).end;
  const bareStart = group[k]?.start ?? gEnd;
  const countryId = tools.resolveHit(leadHit)?.id ?? null;
  const countryLabel = countryId ? ctx.registry.entities.get(countryId)?.label : undefined;
  const demonym = countryLabel ? demonymOf(countryLabel) : undefined;
  const bare = surface(sentence, bareStart, gEnd);
  return { variants: bareStart < gEnd ? orgNameVariants(bare, demonym) : [], demonym, bareStart };
}

/** The mention of the organisation the gazetteer (or the graph) knows by the full name tokens
 * [start, end) write, or null. */
function knownBodyAfter(r: GroupReading, start: number, end: number): Mention | null {
  if (start >= end) return null;
  const hit = r.ctx.index.lookup(surface(r.sentence, start, end));
  // full names only: "Air Force" after "the Chadian Air Force" is only an alias of that one
  if (hit?.kind !== 'organization' || (hit.source !== 'gazetteer' && hit.source !== 'label'))
    return null;
  return r.tools.resolveHit({ type: 'known', start, end, hit });
}

/** "Ministry of Fisheries, Ports and Energy": the words after a cue and "of" name its field. */
function ofName(tokens: readonly Token[], group: readonly Piece[], cueAt: number): boolean {
  // "Directorate General of …": "General" goes with the cue
  const general = tokens[group[cueAt + 1]?.start ?? -1]?.value === 'General';
  const next = group[cueAt + (general ? 2 : 1)];
  return next?.type === 'conn' && tokens[next.start]?.value === 'of';
}

/** "Directorate General of Military Operations of Malta": a body named with its country after
 * "of" is also known by its name without it, and the country is named. */
export function ownerAfterOf(r: GroupReading, pieces: readonly Piece[], orgId: string) {
  const [of, owner] = pieces.slice(-2);
  if (pieces.length < 4 || owner?.type !== 'known' || of?.type !== 'conn') return;
  const kind = owner.hit?.kind;
  if (r.sentence.tokens[of.start]?.value !== 'of' || (kind !== 'country' && kind !== 'place'))
    return;
  const place = r.tools.resolveHit(owner);
  if (place === null) return;
  r.mentions.push(place);
  r.tools.addAlias(orgId, surface(r.sentence, (pieces[0] as Piece).start, of.start));
}

/** "Asia-Pacific Economic Cooperation (APEC)": the acronym in brackets names the same entity.
 * With id null, only tells whether such an acronym follows. */
export function defineAcronym(
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

/** Other ways to write an institution's name: "Ministry of Commerce" ↔ "Commerce Ministry", each
 * also with the country's adjective ("Chinese Commerce Ministry"). */
export function orgNameVariants(bare: string, demonym: string | undefined): string[] {
  const forms = new Set<string>([bare]);
  const ofForm = /^(Ministry|Department|Office|Bureau) of (?:the )?([\p{L} ]+)$/u.exec(bare);
  if (ofForm) forms.add(`${ofForm[2]} ${ofForm[1]}`);
  // "Ministry of Foreign Affairs" ↔ "Foreign Ministry", "Home Ministry" ↔ "… of Home Affairs"
  const affairs = /^(Foreign|Home) Affairs$/.exec(ofForm?.[2] ?? '');
  if (ofForm && affairs) forms.add(`${affairs[1]} ${ofForm[1]}`);
  const nounForm = /^([\p{L} ]+) (Ministry|Department)$/u.exec(bare);
  const field = /^(Foreign|Home)$/.test(nounForm?.[1] ?? '') ? `${nounForm?.[1]} Affairs` : null;
  if (nounForm) forms.add(`${nounForm[2]} of ${field ?? nounForm[1]}`);
  const out = [...forms];
  if (demonym) for (const form of forms) out.push(`${demonym} ${form}`);
  return out;
}
