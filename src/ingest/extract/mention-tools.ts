// The one place where reading a sentence's names writes the registry: a mention of an entity
// already known, a gazetteer name made an entity on first use, a new entity, and the aliases and
// roles a mention teaches.
import type { EntityKind, Role } from '../../data/schema';
import { isPressNamed } from './idle-outlets';
import type { NameHit } from './linking';
import { surface } from './name-runs';
import { mediaShaped, PICTURES, pressRole } from './news-sources';
import type { TaggedSentence, Token } from './nlp';
import type { Mention, MentionContext, Piece } from './types';

export type MentionTools = {
  /** A mention of the entity `id` over tokens [start, end). */
  known: (id: string, kind: EntityKind, start: number, end: number, hit?: NameHit) => Mention;
  /** The mention a known piece names, making a gazetteer name's entity on first use. */
  resolveHit: (piece: Piece) => Mention | null;
  /** A mention of a new entity (or of the one already labelled so). */
  createNew: (
    label: string,
    kind: EntityKind,
    start: number,
    end: number,
    confidence: number,
    rule: string,
  ) => Mention;
  /** The id of a new entity (or of the one already labelled so) that `mention` names. */
  createEntity: (
    label: string,
    kind: EntityKind,
    mention: string,
    confidence: number,
    rule: string,
  ) => string;
  addAlias: (id: string, alias: string) => void;
  addRole: (id: string, role: Role) => void;
};

export function mentionTools(sentence: TaggedSentence, ctx: MentionContext): MentionTools {
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
    if (id === null && hit.create?.outlet && inCredit(sentence.tokens, piece.start, piece.end))
      return null;
    // an outlet the graph already holds is credited or tells the news as a new one does
    // ("… – Reuters" closing a headline, "Reuters reported"): no actor of the sentence
    const held = id === null ? undefined : ctx.registry.entities.get(id);
    if (held && isPressNamed(held.label, held.kind) && creditedOrTelling(sentence.tokens, piece))
      return null;
    if (id === null && hit.create?.outlet && pressOnly(hit.create, sentence.tokens, piece))
      return null;
    if (id === null && hit.create?.kind === 'person' && slashed(sentence.tokens, piece))
      return null;
    // "Egypt's Al-Qahera News reported", "according to Israel's Channel 12": the country whose
    // medium tells the news is named for the medium, no actor
    if (hit.kind === 'country' && ownsTellingMedium(sentence.tokens, piece.end)) return null;
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
  const createEntity: MentionTools['createEntity'] = (label, kind, mention, confidence, rule) =>
    ctx.registry.create(label, kind, { mention, sentence: ctx.sentence, confidence, rule });
  const createNew: MentionTools['createNew'] = (label, kind, start, end, confidence, rule) => {
    const id = createEntity(label, kind, surface(sentence, start, end), confidence, rule);
    // "al-Qassam Brigades" is also written "Qassam Brigades"
    const bare = /^(?:[Aa]l|[Ee]l|[Aa]d)-(\p{Lu}.+)$/u.exec(label)?.[1];
    if (kind === 'organization' && bare) ctx.registry.addAlias(id, bare);
    // "US Coast Guard" is also written "United States Coast Guard"
    const us = /^U\.?S\.? (\p{Lu}.+)$/u.exec(label)?.[1];
    if (kind === 'organization' && us) ctx.registry.addAlias(id, `United States ${us}`);
    // "Edgar D. Kuhn" is also written "Edgar Kuhn", "Ed R. Kuhn Jr." "Ed Kuhn Jr."
    const initialless = label.replace(/ \p{Lu}\.(?= \p{Lu})/gu, '');
    if (kind === 'person' && initialless !== label) ctx.registry.addAlias(id, initialless);
    return { ...known(id, kind, start, end), confidence, rule };
  };
  return {
    known,
    resolveHit,
    createNew,
    createEntity,
    addAlias: (id, alias) => ctx.registry.addAlias(id, alias),
    addRole: (id, role) => ctx.registry.addRole(id, role),
  };
}

/** "Benjamin Netanyahu/X", "Truth Social / Donald Trump": a name joined to another by a slash is
 * a credit or an account's handle, not a mention of the person acting. */
function slashed(tokens: readonly { value: string }[], piece: Piece): boolean {
  const marks = ['/', '|'];
  return (
    marks.includes(tokens[piece.start - 1]?.value ?? '') ||
    marks.includes(tokens[piece.end]?.value ?? '')
  );
}

/** Whether the outlet at `piece` is named as a credit or as the teller of the report. */
function creditedOrTelling(tokens: readonly Token[], piece: Piece): boolean {
  return (
    inCredit(tokens, piece.start, piece.end) ||
    pressRole(tokens, piece.start, piece.end) === 'teller'
  );
}

/** "(Reuters)", "Photo: AP / Reuters", "in a CNBC interview", "a Reuters photograph", "Shafaq News
 * – Khartoum": an outlet credited or quoted as a medium, not an actor. */
function inCredit(tokens: readonly { value: string }[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.value ?? '';
  const after = tokens[end]?.value.toLowerCase() ?? '';
  // "Shafaq News – Khartoum", "(Reuters) -": an outlet before a dash opens a dateline
  if (['(', '[', '/', '|', ':'].includes(before) || [')', ']', '/', '|', '–', '—'].includes(after))
    return true;
  return (
    [
      'interview',
      'report',
      'reports',
      'article',
      'articles',
      'poll',
      'survey',
      ...PICTURES,
    ].includes(after) || end === tokens.length
  );
}

/** Whether the words after a name ending at `end` are its possessive and a medium that tells
 * the report ("'s Al-Qahera News reported", "'s Channel 12, the deal …" after "according to"). */
function ownsTellingMedium(tokens: readonly Token[], end: number): boolean {
  if (!/^['’]s$/.test(tokens[end]?.value ?? '')) return false;
  let e = end + 1;
  const named = (k: number) => /^(\p{Lu}|\d)/u.test(tokens[k]?.value ?? '');
  // ("Al-Qahera News": a hyphen inside the name)
  while (e < end + 7 && (named(e) || (tokens[e]?.value === '-' && named(e + 1) && e > end + 1)))
    e++;
  return (
    e > end + 1 && mediaShaped(tokens, end + 1, e) && pressRole(tokens, end + 1, e) === 'teller'
  );
}

/** "According to Al Jazeera", "Reuters reported", "state broadcaster PTV reported", "told
 * Reuters": an outlet as the teller of the report, state media too, or a news agency spoken to,
 * is no actor. An outlet that interviews someone ("told Fox News") is the medium of that
 * interview and stays; so do state media spoken to ("told Xinhua"), which speak for their
 * state. */
function pressOnly(
  create: NonNullable<NameHit['create']>,
  tokens: readonly Token[],
  piece: Piece,
): boolean {
  const role = pressRole(tokens, piece.start, piece.end);
  if (role === 'teller') return true;
  if (create.stateMedia) return false;
  return role === 'spoken-to' && /\bagency\b/.test(create.description ?? '');
}
