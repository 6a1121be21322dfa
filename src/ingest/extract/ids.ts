// Ids and name keys for extraction: URL-safe slugs unique against what is already taken, and the
// folded form under which two names count as the same ("U.S." ≈ "US", accents, case, quotes).
import { isReservedKey } from '../../data/reserved-keys';
import { normalizeText } from '../../search/normalize';

/** A URL-safe slug: "Ma Zhaoxu" → "ma-zhaoxu", "000_abc.txt" → "000_abc", "Edgar D. Kuhn" →
 * "edgar-d-kuhn", "U.S. Navy" → "us-navy": the full stop of an initial or an abbreviation is
 * dropped, and any other dot that is not inside a word ("St. Louis") parts words. */
export function slugify(text: string): string {
  const slug = normalizeText(text)
    .replace(/['"]/g, '')
    .replace(/(?<![a-z0-9])([a-z])\./g, '$1')
    .replace(/\.(?![a-z0-9])|(?<![a-z0-9])\./g, '-')
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 80)
    .replace(/[-.]+$/, '');
  return slug.length > 0 ? slug : 'item';
}

/** `base`, or `base-2`, `base-3`… whichever is not taken (nor reserved, like "constructor") yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base) && !isReservedKey(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** `make`, remembering up to `kept` of its results (then starting afresh): the gazetteer's names
 * are keyed again for every article read. */
export function keptResults(
  make: (text: string) => string,
  kept = 50_000,
): (text: string) => string {
  const results = new Map<string, string>();
  return (text) => {
    const known = results.get(text);
    if (known !== undefined) return known;
    const result = make(text);
    if (results.size >= kept) results.clear();
    results.set(text, result);
    return result;
  };
}

/** The key two names share when they name the same thing. */
export const nameKey: (name: string) => string = keptResults(makeKey);

function makeKey(name: string): string {
  return normalizeText(name)
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/\b([a-z])\.(?=\s|$|-)/g, '$1')
    .replace(/'s\b/g, '')
    .replace(/[.,;:!?"()[\]]/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
