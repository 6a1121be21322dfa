// A country's ministry named in lower case ("the Maltese commerce ministry", "Iceland's foreign
// ministry", "Malta's foreign office", "the health ministry in Valletta"): the ministry is
// proposed as an organisation that acts for the country, under the name a reference gives it
// ("Maltese Ministry of Commerce") and the other ways news writes it ("Malta Commerce Ministry",
// "Maltese Foreign Office"). A ministry a title or a capitalised run named first keeps its entity.
import { demonymOf } from './gazetteer';
import type { MentionTools } from './mention-tools';
import { surface } from './name-runs';
import type { TaggedSentence, Token } from './nlp';
import type { Fact, Mention, MentionContext } from './types';

/** A portfolio as written before "ministry" → its field in "Ministry of …" and its short form
 * before "Ministry" ("Foreign Ministry"). */
const PORTFOLIOS: ReadonlyMap<string, { field: string; short: string }> = new Map(
  [
    ['foreign', 'Foreign Affairs', 'Foreign'],
    ['foreign affairs', 'Foreign Affairs', 'Foreign'],
    ['external affairs', 'External Affairs', 'External Affairs'],
    ['home', 'Home Affairs', 'Home'],
    ['home affairs', 'Home Affairs', 'Home'],
    ['interior', 'Interior', 'Interior'],
    ['defence', 'Defence', 'Defence'],
    ['defense', 'Defense', 'Defense'],
    ['health', 'Health', 'Health'],
    ['commerce', 'Commerce', 'Commerce'],
    ['trade', 'Trade', 'Trade'],
    ['finance', 'Finance', 'Finance'],
    ['economy', 'Economy', 'Economy'],
    ['justice', 'Justice', 'Justice'],
    ['information', 'Information', 'Information'],
    ['energy', 'Energy', 'Energy'],
    ['agriculture', 'Agriculture', 'Agriculture'],
    ['education', 'Education', 'Education'],
  ].map(([written, field, short]) => [
    written as string,
    { field: field ?? '', short: short ?? '' },
  ]),
);

type Found = { portfolio: string; start: number; end: number };

/** The lower-case portfolio and ministry from token `k` ("foreign ministry", "foreign office",
 * "external affairs ministry"), and where they end. */
function ministryAt(tokens: readonly Token[], k: number): Found | null {
  for (const width of [2, 1]) {
    const words = tokens.slice(k, k + width).map((t) => t.value);
    if (words.length < width || words.some((w) => !/^\p{Ll}+$/u.test(w))) continue;
    const written = words.join(' ');
    if (!PORTFOLIOS.has(written)) continue;
    const noun = tokens[k + width]?.value;
    if (noun === 'ministry' || (noun === 'office' && PORTFOLIOS.get(written)?.short === 'Foreign'))
      return { portfolio: written, start: k, end: k + width + 1 };
  }
  return null;
}

/** The ministry's label first, then its other names, for a place labelled `place`. */
export function ministryNames(place: string, portfolio: string): string[] {
  const { field, short } = PORTFOLIOS.get(portfolio) ?? { field: '', short: '' };
  const adjective = demonymOf(place) ?? place;
  const names = [`${adjective} Ministry of ${field}`, `${place} Ministry of ${field}`];
  for (const owner of [adjective, place]) names.push(`${owner} ${short} Ministry`);
  if (short === 'Foreign') names.push(`${adjective} Foreign Office`, `${place} Foreign Office`);
  names.push(`Ministry of ${field} of ${place}`);
  // "Ministry of Defence" is spelt "Defense" too, and is "of National Defence" in many states
  if (field === 'Defence' || field === 'Defense')
    for (const spelt of ['Defence', 'Defense'])
      for (const owner of [adjective, place])
        names.push(
          `${owner} Ministry of ${spelt}`,
          `${owner} Ministry of National ${spelt}`,
          `${owner} ${spelt} Ministry`,
        );
  return [...new Set(names)];
}

/** The names of a ministry written without its country ("Foreign Ministry", "Ministry of Foreign
 * Affairs"), for the country labelled `place`: its label first; [] when the words name no
 * portfolio. */
export function placedMinistryNames(bare: string, place: string): string[] {
  const portfolio = bareMinistryPortfolio(bare);
  return portfolio === undefined ? [] : ministryNames(place, portfolio);
}

/** The portfolio of a ministry named by it alone ("Foreign Ministry" → "foreign", "Ministry of
 * Defence" → "defence"), or undefined for any other name. */
export function bareMinistryPortfolio(label: string): string | undefined {
  const short = /^(.+) (?:Ministry|Department)$/.exec(label)?.[1]?.toLowerCase();
  if (short !== undefined && PORTFOLIOS.has(short)) return short;
  const field = /^(?:Ministry|Department) of (.+)$/.exec(label)?.[1];
  return [...PORTFOLIOS.entries()].find(([, p]) => p.field === field)?.[0];
}

/** A ministry's other names from its label ("Maltese Ministry of Foreign Affairs" → "Maltese
 * Foreign Ministry", "Malta Ministry of Foreign Affairs", …), for the country labelled `place`. */
export function otherMinistryNames(label: string, place: string): string[] {
  const field = / Ministry of (.+)$/.exec(label)?.[1];
  const portfolio = [...PORTFOLIOS.entries()].find(([, p]) => p.field === field)?.[0];
  if (portfolio === undefined) return [];
  return ministryNames(place, portfolio).filter((n) => n !== label);
}

/** The country or place that owns the ministry found at `found`: "Malta's" or "Maltese" before
 * it, or "in Malta" / "of Malta" after it. */
function ownerOf(tokens: readonly Token[], mentions: readonly Mention[], found: Found) {
  const placed = (m: Mention) => m.kind === 'country' || m.kind === 'place';
  const possessive = /^['’]s$/.test(tokens[found.start - 1]?.value ?? '');
  const before = mentions.find((m) => placed(m) && m.end === found.start - (possessive ? 1 : 0));
  if (before) return before;
  if (!['in', 'of'].includes(tokens[found.end]?.value ?? '')) return undefined;
  if (tokens[found.start - 1]?.value.toLowerCase() !== 'the') return undefined;
  return mentions.find((m) => placed(m) && m.start === found.end + 1);
}

/** Proposes the ministries the sentence names in lower case, each acting for its country. */
export function countryMinistries(
  sentence: TaggedSentence,
  mentions: readonly Mention[],
  facts: Fact[],
  ctx: MentionContext,
  tools: Pick<MentionTools, 'createEntity' | 'addAlias'>,
): void {
  if (!ctx.allowNew) return;
  const tokens = sentence.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const found = ministryAt(tokens, k);
    if (found === null || tokens[k]?.inQuote) continue;
    const owner = ownerOf(tokens, mentions, found);
    const place = owner ? ctx.registry.entities.get(owner.id)?.label : undefined;
    if (owner === undefined || place === undefined) continue;
    const [label, ...aliases] = ministryNames(place, found.portfolio) as [string, ...string[]];
    const hit = [label, ...aliases]
      .map((name) => ctx.index.lookup(name))
      .find((h) => h?.id && h.kind === 'organization');
    const start = Math.min(owner.start, found.start);
    const end = Math.max(owner.end, found.end);
    const text = surface(sentence, start, end);
    const id = hit?.id ?? tools.createEntity(label, 'organization', text, 0.6, 'mention:ministry');
    for (const alias of aliases) tools.addAlias(id, alias);
    k = found.end - 1;
    if (facts.some((f) => f.source === id && f.target === owner.id)) continue;
    facts.push({
      kind: 'represents',
      source: id,
      target: owner.id,
      title: '',
      start,
      end,
      confidence: 0.6,
      rule: 'title:ministry',
    });
  }
}
