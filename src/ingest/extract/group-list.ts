// A group named with the list of its members after a dash or a colon: "the so-called
// “Lighthouse Group” — Norway, Chile and Ghana", "the Contact Group countries: France, Italy and
// Spain". The name is a group's (an organisation), and each country listed is a member of it.
import type { Token } from './nlp';

/** Nouns that may follow the group's name before its list ("the Anchor nations: …"). */
const GROUP_NOUNS = new Set([
  'country',
  'countries',
  'nation',
  'nations',
  'state',
  'states',
  'power',
  'powers',
  'member',
  'members',
  'group',
  'bloc',
]);

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
const DASHES = new Set(['—', '–', '-', ':']);

/** Past a closing quote and a group noun after the name ending at `end`: where its dash is, or
 * -1 when no dash or colon comes next. */
export function listDashAfter(tokens: readonly Token[], end: number): number {
  let k = end;
  if (QUOTES.has(tokens[k]?.value ?? '')) k++;
  if (GROUP_NOUNS.has(tokens[k]?.value.toLowerCase() ?? '')) k++;
  return DASHES.has(tokens[k]?.value ?? '') ? k : -1;
}

/** "the “Anchor” — Portugal, …": a lone name that "the" (or "so-called") opens, followed by a dash
 * and a capitalised name, names a group of those listed. */
export function namesListedGroup(tokens: readonly Token[], start: number, end: number): boolean {
  const open = QUOTES.has(tokens[start - 1]?.value ?? '') ? start - 2 : start - 1;
  const opener = tokens[open]?.value.toLowerCase() ?? '';
  if (opener !== 'the' && opener !== 'called') return false;
  const dash = listDashAfter(tokens, end);
  if (dash < 0) return false;
  const first = tokens[dash + 1]?.value === 'the' ? dash + 2 : dash + 1;
  return /^\p{Lu}/u.test(tokens[first]?.value ?? '');
}

/** The members listed after the dash at `dash`: the spans of `countries` joined by commas, "and"
 * and "the", up to the list's end. */
export function listedMembers<M extends { start: number; end: number }>(
  tokens: readonly Token[],
  dash: number,
  countries: readonly M[],
): M[] {
  const out: M[] = [];
  let last = dash + 1;
  for (const m of countries) {
    if (m.start < last) continue;
    const gap = tokens.slice(last, m.start).map((x) => x.value);
    if (!gap.every((v) => [',', 'and', 'the'].includes(v))) break;
    out.push(m);
    last = m.end;
  }
  return out.length >= 2 ? out : [];
}

/** "the “Anchor” — Portugal, …": a word of a short quotation that only names a group before its
 * listed members (quoted as a name, not words someone said). */
export function quotedGroupName(tokens: readonly Token[], i: number): boolean {
  let open = i - 1;
  while (open >= i - 3 && open >= 0 && !QUOTES.has(tokens[open]?.value ?? '')) open--;
  let close = i + 1;
  while (close <= i + 3 && close < tokens.length && !QUOTES.has(tokens[close]?.value ?? ''))
    close++;
  if (!QUOTES.has(tokens[open]?.value ?? '') || !QUOTES.has(tokens[close]?.value ?? ''))
    return false;
  const words = tokens.slice(open + 1, close);
  if (words.length === 0 || !words.every((x) => /^\p{Lu}/u.test(x.value))) return false;
  return namesListedGroup(tokens, open + 1, close);
}
