// An acronym and the name it abbreviates: "CDM" is "Coastal Defence Militia", "PIF" is "Pacific
// Islands Forum". News introduces a body by its full name and then writes its initials
// ("the Coastal Defence Militia (CDM) … the CDM said"), often without ever putting them in brackets.
import type { Entity } from '../../data/schema';

/** Small words an acronym leaves out ("Organisation for the Prohibition of …"). */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le']);

/** The initials of a name's words, hyphenated parts apart ("Inter-Services Public Relations" →
 * "ISPR"); "" when a word is neither capitalised nor a small word, or the name has one word. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w.length > 0 && !SKIPPED.has(w));
  if (words.length < 2 || words.some((w) => !/^\p{Lu}/u.test(w))) return '';
  return words.map((w) => w[0]).join('');
}

/** The one organisation among `entities` whose label or an alias has `acronym` for
 * its initials, else null (none, or more than one). */
export function acronymOwner(acronym: string, entities: Iterable<Entity>): string | null {
  let owner: string | null = null;
  for (const e of entities) {
    if (e.kind !== 'organization') continue;
    if (![e.label, ...e.aliases].some((n) => initialsOf(n) === acronym)) continue;
    if (owner !== null && owner !== e.id) return null;
    owner = e.id;
  }
  return owner;
}
