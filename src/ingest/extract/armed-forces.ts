// A country's armed forces named by a common noun ("Malta's army", "the Icelandic military",
// "Maltese troops", "Malta's air force", "the Maltese coast guard"): the forces are proposed as
// an organisation that acts for the country, under the names news gives them ("Maltese
// military", also "Malta Armed Forces", "Maltese Army"), or the forces' own name where they have
// one ("Israel Defense Forces"). Once proposed, those names link the forces wherever they act
// ("Malta's army fired").
import { demonymOf, HEAD_TITLE_WORDS } from './gazetteer';
import type { MentionTools } from './mention-tools';
import type { Token } from './nlp';
import type { Fact, Mention, MentionContext } from './types';
import { NAMED_FORCES } from './world-bodies';

type Branch = 'military' | 'Air Force' | 'Navy' | 'Coast Guard';

/** The branch the words at `k` name, and where they end. */
function branchAt(tokens: readonly Token[], k: number): { branch: Branch; end: number } | null {
  const word = tokens[k]?.value ?? '';
  const next = tokens[k + 1]?.value ?? '';
  if (/^[a-z]/.test(word) === false) return null;
  if (word === 'air' && next === 'force') return { branch: 'Air Force', end: k + 2 };
  if (word === 'armed' && next === 'forces') return { branch: 'military', end: k + 2 };
  if (word === 'navy') return { branch: 'Navy', end: k + 1 };
  if (word === 'coast' && next === 'guard') return { branch: 'Coast Guard', end: k + 2 };
  if (/^(army|military|troops|soldiers|forces)$/.test(word))
    return { branch: 'military', end: k + 1 };
  return null;
}

/** The forces' label and other names for a country labelled `country`. */
function forcesNames(country: string, branch: Branch): string[] {
  const named = branch === 'military' ? NAMED_FORCES.get(country) : undefined;
  if (named) return [named];
  const adjective = demonymOf(country) ?? country;
  if (branch !== 'military') return [`${adjective} ${branch}`, `${country} ${branch}`];
  return [
    `${adjective} military`,
    `${country} military`,
    `${adjective} Armed Forces`,
    `${country} Armed Forces`,
    `${adjective} Army`,
    `${country} Army`,
  ];
}

/** "the Lebanese Army", "Malta's Armed Forces", "the Maltese Navy": the names of a country's
 * forces written as a name after the country (`written`, without it), if these words are one. */
export function forcesNamed(country: string, written: string): string[] | null {
  const branch: Branch | null = /^(Army|Armed Forces|Military)$/.test(written)
    ? 'military'
    : /^(Navy|Air Force|Coast Guard)$/.test(written)
      ? (written as Branch)
      : null;
  return branch ? forcesNames(country, branch) : null;
}

/** "Malta's army chief, Jon Dahl": a title after the branch names its head, a person acting for
 * the country, not the forces acting. */
function headsForces(tokens: readonly Token[], end: number): boolean {
  const word = tokens[end]?.value ?? '';
  return /^\p{Ll}/u.test(word) && HEAD_TITLE_WORDS.has(word);
}

/** People of the forces, who speak or act for them: "military officials said". */
const FORCES_PEOPLE = new Set([
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'source',
  'sources',
  'commander',
  'commanders',
  'officer',
  'officers',
  'personnel',
  'leader',
  'leaders',
]);

/** "a Maltese military outpost", "an Icelandic army base", "Maltese navy ships", "a possible
 * military response", "Malta's army-backed government": a singular branch before a noun, or
 * joined by a hyphen to the word that does, qualifies it; the thing (or the deed) is
 * the country's, and no forces act. Not the forces' own people ("military officials said"). */
function qualifiesNoun(tokens: readonly Token[], found: { branch: Branch; end: number }): boolean {
  const last = tokens[found.end - 1]?.value ?? '';
  if (/^(troops|soldiers|forces)$/.test(last)) return false;
  const next = tokens[found.end];
  if (next?.value === '-') return true;
  return next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.value) && !FORCES_PEOPLE.has(next.value);
}

/** Proposes the forces each country mention of the sentence names, acting for the country. */
export function armedForces(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  facts: Fact[],
  ctx: MentionContext,
  tools: Pick<MentionTools, 'createEntity' | 'addAlias'>,
): void {
  if (!ctx.allowNew) return;
  for (const m of mentions) {
    if (m.kind !== 'country' || tokens[m.start]?.inQuote) continue;
    const possessive = /^['’]s$/.test(tokens[m.end]?.value ?? '');
    const found = branchAt(tokens, m.end + (possessive ? 1 : 0));
    if (found === null || headsForces(tokens, found.end) || qualifiesNoun(tokens, found)) continue;
    if (mentions.some((x) => x !== m && x.start <= m.end && m.end < x.end)) continue;
    const country = ctx.registry.entities.get(m.id)?.label;
    if (country === undefined) continue;
    const [label, ...aliases] = forcesNames(country, found.branch) as [string, ...string[]];
    const id = tools.createEntity(label, 'organization', label, 0.6, 'mention:armed-forces');
    for (const alias of aliases) tools.addAlias(id, alias);
    if (facts.some((f) => f.source === id && f.target === m.id)) continue;
    facts.push({
      kind: 'represents',
      source: id,
      target: m.id,
      title: '',
      start: m.start,
      end: found.end,
      confidence: 0.6,
      rule: 'title:armed-forces',
    });
  }
}
