// The tie of a person the gazetteer knows (world-people.ts) to the side their post is of: "Trump
// said" in an article that names the United States proposes Donald Trump's affiliation to it, as
// "US President Donald Trump" would have. Proposed once, from the person's first sentence, and
// only where the article names the side itself and reads no tie of its own between the two.
import type { Entity } from '../../data/schema';
import { nameKey } from './ids';
import type { NameIndex } from './linking';
import type { Fact, Mention } from './types';
import { type PersonEntry, WORLD_PEOPLE } from './world-people';

type Reading = { mentions: Mention[]; facts: Fact[] };

/** Every name of a known person → the person; a name two people share names neither. */
const BY_NAME: ReadonlyMap<string, PersonEntry | null> = (() => {
  const byName = new Map<string, PersonEntry | null>();
  for (const entry of WORLD_PEOPLE)
    for (const name of [entry.label, ...entry.names]) {
      const key = nameKey(name);
      const other = byName.get(key);
      byName.set(key, other === undefined || other === entry ? entry : null);
    }
  return byName;
})();

/** The known person an entity is, by its label first, then its aliases. */
export function knownPerson(
  entity: Pick<Entity, 'label' | 'aliases' | 'kind'>,
): PersonEntry | null {
  if (entity.kind !== 'person') return null;
  for (const name of [entity.label, ...entity.aliases]) {
    const entry = BY_NAME.get(nameKey(name));
    if (entry) return entry;
  }
  return null;
}

/** Adds to each known person's first sentence the tie to their post's side (a `represents` fact
 * that the proposer reads as an affiliation, like a title's). */
export function knownPostFacts(
  readings: readonly Reading[],
  entityOf: (id: string) => Entity | undefined,
  index: NameIndex,
): void {
  const named = new Set(readings.flatMap((r) => r.mentions.map((m) => m.id)));
  const tied = new Set(readings.flatMap((r) => r.facts.map((f) => `${f.source}|${f.target}`)));
  const done = new Set<string>();
  for (const reading of readings)
    for (const m of reading.mentions) {
      if (m.kind !== 'person' || m.adjectival || done.has(m.id)) continue;
      done.add(m.id);
      const entity = entityOf(m.id);
      const entry = entity ? knownPerson(entity) : null;
      const side = entry ? index.lookup(entry.side)?.id : null;
      if (!entry || !side || !named.has(side) || tied.has(`${m.id}|${side}`)) continue;
      reading.facts.push({
        kind: 'represents',
        source: m.id,
        target: side,
        title: entry.title,
        start: m.start,
        end: m.end,
        confidence: 0.6,
        rule: 'known:post',
      });
    }
}
