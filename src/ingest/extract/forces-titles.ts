// "army chief Teodor Balan", "military spokesman Ion Rusu" with no country before the title: the
// person heads or speaks for the one country's forces the article has named ("the Moldovan
// army"), when it has named exactly one. Pure: tokens, mentions and the forces named so far in,
// facts out.
import type { Entity } from '../../data/schema';
import { HEAD_TITLE_WORDS } from './gazetteer';
import type { Token } from './nlp';
import type { Fact, Mention } from './types';

const BRANCHES = new Set(['army', 'military']);

/** Whether the words just before the person's name are "army chief" (a branch, then a head or
 * speaker's title, both lower case) with no name before them. */
function forcesTitled(tokens: readonly Token[], nameStart: number, mentionStart: number): boolean {
  const branch = tokens[nameStart - 2];
  const head = tokens[nameStart - 1];
  // the mention took in no more than the title ("Moldova's army chief X" is read elsewhere)
  if (!branch || !head || mentionStart < nameStart - 2) return false;
  const before = tokens[nameStart - 3];
  if (before && /^\p{Lu}/u.test(before.value) && before.pos === 'PROPN') return false;
  if (before && /^['’]s$/.test(before.value)) return false;
  return BRANCHES.has(branch.value) && HEAD_TITLE_WORDS.has(head.value);
}

/** The facts tying people titled by their forces alone to the one forces the article named. */
export function forcesTitleFacts(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  forces: readonly Entity[],
): Fact[] {
  if (forces.length !== 1) return [];
  const only = forces[0] as Entity;
  const out: Fact[] = [];
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    // the name's first word: the mention may have taken its title in
    const nameStart = nameStartOf(tokens, m);
    if (!forcesTitled(tokens, nameStart, m.start)) continue;
    out.push({
      kind: 'affiliation',
      source: m.id,
      target: only.id,
      title: `${tokens[nameStart - 2]?.value} ${tokens[nameStart - 1]?.value}`,
      start: nameStart - 2,
      end: m.end,
      confidence: 0.6,
      rule: 'title:forces',
    });
  }
  return out;
}

/** Where the capitalised name of a person's mention begins. */
function nameStartOf(tokens: readonly Token[], m: Mention): number {
  let k = m.start;
  while (k < m.end && !/^\p{Lu}/u.test(tokens[k]?.value ?? '')) k++;
  return k;
}
