// The ties general knowledge gives: a person the gazetteer knows (world-people.ts) to the side
// their post is of ("Trump said" in an article that names the United States proposes Donald
// Trump's affiliation to it, as "US President Donald Trump" would have), and a state's body (its
// news agency, ministry, armed forces: world-bodies.ts) to the state. Each is proposed once, from
// the first sentence that names the person or body, and only where the article names the side
// itself and reads no tie of its own between the two.
import type { Entity, Relation } from '../../data/schema';
import { BODIES, COUNTRIES, OUTLETS, type OutletEntry } from './gazetteer';
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

/** The country whose adjective opens a state body's description ("Chinese state news agency",
 * "US foreign ministry", "North Korean state news agency"). */
function stateOf(entry: OutletEntry): string | undefined {
  if (!entry.state) return undefined;
  const words = entry.description.split(' ');
  for (const n of [2, 1]) {
    const opening = words.slice(0, n).join(' ');
    const country = COUNTRIES.find(
      (c) => c.kind === 'country' && (c.adjectives?.includes(opening) || c.names.includes(opening)),
    );
    if (country) return country.label;
  }
  return undefined;
}

/** Every state body the gazetteer knows, by label → its state's label. */
export const STATE_OF_BODY: ReadonlyMap<string, string> = new Map(
  [...OUTLETS, ...BODIES].flatMap((entry) => {
    const state = stateOf(entry);
    return state ? [[entry.label, state] as const] : [];
  }),
);

/** The side general knowledge ties an entity to, with the post it holds there: a known person's
 * post, or a state body's state. */
function knownSide(entity: Entity): { side: string; title: string } | null {
  if (entity.kind === 'organization') {
    const state = STATE_OF_BODY.get(entity.label);
    return state ? { side: state, title: '' } : null;
  }
  const person = knownPerson(entity);
  return person ? { side: person.side, title: person.title } : null;
}

/** Adds to each known person's or state body's sentence its tie to its side (a `represents` fact
 * that the proposer reads as an affiliation, like a title's): the first sentence naming both, so
 * that the quote shows them together, else the first naming the person or body. */
export function knownTieFacts(
  readings: readonly Reading[],
  entityOf: (id: string) => Entity | undefined,
  index: NameIndex,
): void {
  const named = new Set(readings.flatMap((r) => r.mentions.map((m) => m.id)));
  const tied = new Set(readings.flatMap((r) => r.facts.map((f) => `${f.source}|${f.target}`)));
  const done = new Set<string>();
  for (const reading of readings)
    for (const m of reading.mentions) {
      if ((m.kind !== 'person' && m.kind !== 'organization') || done.has(m.id)) continue;
      done.add(m.id);
      const entity = entityOf(m.id);
      const entry = entity ? knownSide(entity) : null;
      const side = entry ? index.lookup(entry.side)?.id : null;
      if (!entry || !side || !named.has(side) || tied.has(`${m.id}|${side}`)) continue;
      const together = readings.find(
        (r) => r.mentions.some((x) => x.id === m.id) && r.mentions.some((x) => x.id === side),
      );
      const at = together?.mentions.find((x) => x.id === m.id) ?? m;
      (together ?? reading).facts.push({
        kind: 'represents',
        source: m.id,
        target: side,
        title: entry.title,
        start: at.start,
        end: at.end,
        confidence: 0.6,
        rule: entity?.kind === 'person' ? 'known:post' : 'known:state-body',
      });
    }
}

/** State bodies named after the building they work in, which news also names as a venue. */
const BUILDINGS: ReadonlySet<string> = new Set(['White House']);

/** The proposals less the ties general knowledge gave that add nothing: one the graph already
 * holds (its sentence does not state it, so it is no evidence), and a building's ("met at the
 * White House": the venue) where the body it houses does nothing else in the article. */
export function keptKnownTies<P extends { rule: string; extends?: string; relation: Relation }>(
  proposals: P[],
  labelOf: (id: string) => string | undefined,
): P[] {
  const acting = new Set(
    proposals
      .filter((p) => !p.rule.startsWith('known:'))
      .flatMap((p) => [p.relation.source, p.relation.target]),
  );
  const venue = (id: string) => BUILDINGS.has(labelOf(id) ?? '') && !acting.has(id);
  return proposals.filter(
    (p) =>
      !p.rule.startsWith('known:') ||
      (p.extends === undefined && !(p.rule === 'known:state-body' && venue(p.relation.source))),
  );
}
