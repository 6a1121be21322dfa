// A body's short head word written alone before a title: "Commission President Arla Venn",
// "Council President X", "Bank Governor X". The bare word ("Commission") is no body's name: it is
// the one body of the article whose name ends with it ("the Nordic Commission", named before or
// after), else a word of the person's title ("Commission President"), with no entity of its own.

import type { Entity } from '../../data/schema';
import { HEAD_TITLE_WORDS, ORG_CUES, TITLE_WORDS } from './gazetteer';
import { nameKey } from './ids';
import type { Token } from './nlp';
import type { EntityRegistry } from './registry';
import type { Piece } from './types';

/** The one organisation whose name ends with `word` ("Nordic Commission" for "Commission"): of
 * those the article proposes when the graph holds others too; undefined when none or several.
 * With the article's text (lower case), only a body it names (by label or alias) or proposes. */
export function bodyEndingWith(
  registry: EntityRegistry,
  word: string,
  lowerText?: string,
): string | undefined {
  const key = nameKey(word);
  const named = (e: Entity) =>
    lowerText === undefined ||
    registry.isNew(e.id) ||
    [e.label, ...e.aliases].some((n) => lowerText.includes(n.toLowerCase()));
  const ending = [...registry.entities.values()].filter(
    (e) => e.kind === 'organization' && nameKey(e.label).endsWith(` ${key}`) && named(e),
  );
  if (ending.length === 1) return ending[0]?.id;
  const proposed = ending.filter((e) => registry.isNew(e.id));
  return proposed.length === 1 ? proposed[0]?.id : undefined;
}

/** Whether a head title follows token `i` among at most three title words ("President", "Vice
 * President", "chief"). */
function titleAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const word = tokens[k]?.value.toLowerCase() ?? '';
    if (HEAD_TITLE_WORDS.has(word)) return true;
    if (!TITLE_WORDS.has(word) || word === 'of') return false;
  }
  return false;
}

/** The piece for a bare head word of a body at token `i`, alone before a title: the body it
 * stands for, else a title word; null when token `i` is no such word. */
export function bareCuePiece(
  tokens: readonly Token[],
  i: number,
  registry: EntityRegistry,
  lowerText?: string,
): Piece | null {
  const value = tokens[i]?.value ?? '';
  const lower = value.toLowerCase();
  // "Treasury Secretary X": a portfolio that names the post, not a body's head word
  if (!/^\p{Lu}\p{Ll}+$/u.test(value) || !ORG_CUES.has(lower) || TITLE_WORDS.has(lower))
    return null;
  // "the Nordic Commission President": the word ends a longer name, which is read as a whole
  const before = tokens[i - 1]?.value ?? '';
  if ((/^\p{Lu}/u.test(before) && before !== 'The') || !titleAfter(tokens, i)) return null;
  const id = bodyEndingWith(registry, value, lowerText);
  if (id === undefined) return { type: 'title', start: i, end: i + 1 };
  const hit = { id, kind: 'organization' as const, source: 'alias' as const, confidence: 0.5 };
  return { type: 'known', start: i, end: i + 1, hit };
}
