// A state's ministry named without its state ("the Foreign Ministry said", "Foreign Ministry
// spokeswoman Maria Zakharova"): the state of the people who speak for it names it ("Russian
// Ministry of Foreign Affairs"), so two states' ministries are never one entity, and the ministry
// acts for its state. One nobody placed speaks for stays as written: the country an article names
// most is no sure owner ("the Norwegian Foreign Ministry and the Finance Ministry sanctioned
// Iceland"). Pure: a draft in, a draft out.
import { MAX_QUOTE_LENGTH, type Relation } from '../../data/schema';
import type { Draft, RelationProposal } from '../draft';
import { nameKey, slugify, uniqueId } from './ids';

type Lookup = {
  /** An entity's kind and label, in the draft or the graph it is read into. */
  kindOf(id: string): string | undefined;
  labelOf(id: string): string | undefined;
  /** The entity the graph or the draft knows under a name, if any. */
  idNamed(name: string): string | undefined;
  /** A country's adjective ("Russian"), from its label. */
  demonymOf(label: string): string | undefined;
  /** Whether a name is a ministry's named by its portfolio alone ("Foreign Ministry"). */
  isBareMinistry(label: string): boolean;
  /** A bare ministry's names for the country labelled `place`, its label first ("Foreign
   * Ministry" → "Russian Ministry of Foreign Affairs", "Russian Foreign Ministry", …). */
  ministryNames(bare: string, place: string): string[];
};

const TIES = new Set(['affiliation', 'represents']);

/** The country each person the draft ties to one acts for (only where they act for one). */
function countriesOfPeople(relations: readonly Relation[], lookup: Lookup): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const r of relations)
    if (TIES.has(r.kind) && lookup.kindOf(r.target) === 'country')
      found.set(r.source, (found.get(r.source) ?? new Set()).add(r.target));
  return new Map(
    [...found].filter(([, c]) => c.size === 1).map(([p, c]) => [p, [...c][0] as string]),
  );
}

/** The country a bare body is of: the one of all the people tied to it, each placed and all in
 * one country (two people of one bare "Foreign Ministry" may be two countries'), or null. */
function countryOfBody(
  body: string,
  relations: readonly Relation[],
  people: ReadonlyMap<string, string>,
  lookup: Lookup,
): string | null {
  const speakers = relations
    .filter((r) => TIES.has(r.kind) && r.target === body && lookup.kindOf(r.source) === 'person')
    .map((r) => people.get(r.source));
  const countries = new Set(speakers);
  return countries.size === 1 && !countries.has(undefined) ? (speakers[0] as string) : null;
}

/** The relations, their ends renamed, the same ends and kind kept once. */
function renamed(relations: readonly RelationProposal[], to: ReadonlyMap<string, string>) {
  const seen = new Set<string>();
  const out: RelationProposal[] = [];
  for (const p of relations) {
    const source = to.get(p.relation.source) ?? p.relation.source;
    const target = to.get(p.relation.target) ?? p.relation.target;
    const key = `${source}|${target}|${p.relation.kind}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...p, relation: { ...p.relation, source, target } });
  }
  return out;
}

/** The body's tie to its state, told by the sentence that first names the body. */
function stateTie(draft: Draft, sentence: number, body: string, country: string): RelationProposal {
  const quote = (draft.sentences[sentence] ?? '').slice(0, MAX_QUOTE_LENGTH);
  return {
    sentence,
    decision: 'pending',
    relation: {
      id: `${body}-state-${draft.relations.length}`,
      source: body,
      target: country,
      kind: 'affiliation',
      label: 'is a body of',
      directed: true,
      evidence: [{ source: draft.source.id, quote }],
    },
    confidence: 0.5,
    rule: 'title:bare-ministry',
  };
}

export function placeBareStateBodies(draft: Draft, lookup: Lookup): Draft {
  const relations = draft.relations.map((p) => p.relation);
  const people = countriesOfPeople(relations, lookup);
  const taken = new Set(draft.entities.map((p) => p.entity.id));
  const to = new Map<string, string>();
  const ties: RelationProposal[] = [];
  const entities = draft.entities.flatMap((p) => {
    const { entity } = p;
    // (courts and chambers keep their bare names: news names a country's court by its own name,
    // "the High Constitutional Court", and the name is often the country's alone)
    if (entity.kind !== 'organization' || !lookup.isBareMinistry(entity.label)) return [p];
    const country = countryOfBody(entity.id, relations, people, lookup);
    const place = country ? lookup.labelOf(country) : undefined;
    const adjective = place ? lookup.demonymOf(place) : undefined;
    if (!country || !place || !adjective) return [p];
    const [label, ...others] = lookup
      .ministryNames(entity.label, place)
      .concat(`${adjective} ${entity.label}`) as [string, ...string[]];
    const known = [label, ...others].map((n) => lookup.idNamed(n)).find((id) => id);
    if (known) {
      to.set(entity.id, known);
      return taken.has(known) ? [] : [{ ...p, entity: { ...entity, id: known, label } }];
    }
    const id = uniqueId(slugify(label), taken);
    taken.add(id);
    to.set(entity.id, id);
    const aliases = [...new Set([...others, ...entity.aliases])].filter(
      (a) => nameKey(a) !== nameKey(entity.label),
    );
    ties.push(stateTie(draft, p.sentence, entity.id, country));
    return [{ ...p, entity: { ...entity, id, label, aliases: aliases.slice(0, 20) } }];
  });
  if (to.size === 0) return draft;
  return {
    ...draft,
    entities: entities.map((p) => ({
      ...p,
      entity: {
        ...p.entity,
        ...(p.entity.roles
          ? {
              roles: p.entity.roles.map((r) =>
                r.organization
                  ? { ...r, organization: to.get(r.organization) ?? r.organization }
                  : r,
              ),
            }
          : {}),
      },
    })),
    relations: renamed([...draft.relations, ...ties], to),
    links: draft.links.map((l) => ({ ...l, entity: to.get(l.entity) ?? l.entity })),
  };
}
