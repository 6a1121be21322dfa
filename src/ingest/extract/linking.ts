// The names the extractor can link a mention to: the context's labels, aliases, role titles and
// surnames, the built-in gazetteer, and the entities proposed so far in this article. One lookup
// answers "which entity does this name mean?", or nothing when the name is unknown or ambiguous.
import type { Entity, EntityKind } from '../../data/schema';
import { BODIES, COUNTRIES, OUTLETS, type OutletEntry, PRONOUN_FORMS } from './gazetteer';
import { nameKey } from './ids';
import { spellingKey } from './name-spellings';
import { type PersonEntry, WORLD_PEOPLE } from './world-people';

/** Where a name comes from; a lower rank wins over a higher one. */
const RANKS = {
  label: 0,
  alias: 1,
  gazetteer: 2,
  'role-title': 3,
  surname: 4,
} as const;
export type NameSource = keyof typeof RANKS;

const CONFIDENCE: Record<NameSource, number> = {
  label: 1,
  alias: 0.95,
  gazetteer: 0.9,
  'role-title': 0.75,
  surname: 0.8,
};

export type NameHit = {
  /** The entity, or null for a gazetteer name whose entity is not in the graph yet. */
  id: string | null;
  /** For a gazetteer name not in the graph: what to create. */
  create?: {
    label: string;
    kind: EntityKind;
    aliases?: readonly string[];
    description?: string;
    /** A news outlet: named in a credit, it is no entity. */
    outlet?: boolean;
    /** A state's own outlet: it speaks for its state, so quoted as a source it is still one. */
    stateMedia?: boolean;
  };
  kind: EntityKind;
  source: NameSource;
  confidence: number;
  /** Exact spellings for names that are also pronouns ("He", "US"). */
  exactForms?: Set<string>;
  /** Known only by an all-capital name ("ANI"): "Ani", a given name, is someone else. */
  capitalsOnly?: boolean;
  ambiguous?: boolean;
};

/** "ANI", "U.N.": a name of capitals only, an acronym, unlike a word or a given name. */
const isCapitalsName = (name: string): boolean =>
  /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);

export class NameIndex {
  private readonly byKey = new Map<string, NameHit>();
  /** The gazetteer's hits still to be made entities, by the label they would take. */
  private readonly unresolved = new Map<string, NameHit[]>();
  /** The longest name, in words: how far a lookup needs to look ahead. */
  maxWords = 1;

  add(name: string, hit: Omit<NameHit, 'confidence' | 'exactForms'>): void {
    const key = spellingKey(nameKey(name));
    if (key.length === 0) return;
    this.maxWords = Math.max(this.maxWords, key.split(/[\s-]+/).length + 2);
    const full: NameHit = { ...hit, confidence: CONFIDENCE[hit.source] };
    if (PRONOUN_FORMS.has(key)) full.exactForms = new Set([name.trim()]);
    if (isCapitalsName(name.trim())) full.capitalsOnly = true;
    const existing = this.byKey.get(key);
    if (existing === undefined || RANKS[hit.source] < RANKS[existing.source]) {
      this.byKey.set(key, full);
      const label = full.id === null ? full.create?.label : undefined;
      if (label !== undefined)
        this.unresolved.set(label, [...(this.unresolved.get(label) ?? []), full]);
      return;
    }
    if (RANKS[hit.source] > RANKS[existing.source]) return;
    if (existing.id === hit.id && existing.create?.label === hit.create?.label) {
      if (!full.capitalsOnly) delete existing.capitalsOnly;
      if (existing.exactForms && full.exactForms)
        for (const f of full.exactForms) existing.exactForms.add(f);
      return;
    }
    existing.ambiguous = true;
  }

  /** Points the gazetteer names of `label` (not in the graph before) at the entity just made. */
  resolveGazetteer(label: string, id: string): void {
    for (const hit of this.unresolved.get(label) ?? [])
      if (hit.id === null && hit.create?.label === label) {
        hit.id = id;
        delete hit.create;
      }
    this.unresolved.delete(label);
  }

  lookup(name: string): NameHit | undefined {
    const hit = this.byKey.get(spellingKey(nameKey(name)));
    if (hit === undefined || hit.ambiguous) return undefined;
    if (hit.capitalsOnly && /\p{Ll}/u.test(name.trim().replace(/^the\s+|['’]s$/gi, '')))
      return undefined;
    return hit;
  }

  /** "Caricom" for "CARICOM": the entity an acronym written as a word names, found only where
   * the acronym is already an entity (of the graph or of this article), never a gazetteer name
   * still to make. */
  acronymAsWord(name: string): string | undefined {
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return undefined;
    const hit = this.byKey.get(spellingKey(nameKey(name)));
    return hit?.capitalsOnly && !hit.ambiguous && hit.id !== null ? hit.id : undefined;
  }

  /** Adds an entity's label, aliases and (for people) surname. */
  addEntity(entity: Pick<Entity, 'id' | 'label' | 'kind' | 'aliases' | 'roles'>): void {
    this.add(entity.label, { id: entity.id, kind: entity.kind, source: 'label' });
    for (const alias of entity.aliases)
      this.add(alias, { id: entity.id, kind: entity.kind, source: 'alias' });
    if (entity.kind === 'person') {
      // ("Ferdinand Marcos Jr.": the surname is the word before the suffix)
      const words = entity.label
        .trim()
        .split(/\s+/)
        .filter((w, k) => k < 2 || !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w));
      const last = words[words.length - 1];
      if (words.length >= 2 && last !== undefined && last.length > 1)
        this.add(last, { id: entity.id, kind: 'person', source: 'surname' });
      // "al-Hayya", "el-Karim": the surname is also written without its hyphened particle
      const bare = /^(?:al|el|ad|ar|as|an|at|ash|az)-(\p{Lu}\p{Ll}+)$/iu.exec(last ?? '')?.[1];
      if (words.length >= 2 && bare !== undefined)
        this.add(bare, { id: entity.id, kind: 'person', source: 'surname' });
      // "von der Leyen": a surname with its particles.
      const particle = words.findIndex(
        (w, k) =>
          k > 0 && /^(von|van|der|den|de|da|di|du|la|le|al|el|bin|ibn|dos|das|del)$/.test(w),
      );
      if (particle > 0)
        this.add(words.slice(particle).join(' '), {
          id: entity.id,
          kind: 'person',
          source: 'surname',
        });
      // Family names come first in Chinese, Korean, Hungarian… names: "Ma" of "Ma Zhaoxu"; and
      // a name with "bin" or "ibn" is said by its given name: "Sheikh Omar" of "Omar bin Salem".
      const first = words[0];
      const patronymic = words.some((w, k) => k > 0 && /^(bin|ibn|bint)$/i.test(w));
      if ((words.length === 2 || patronymic) && first !== undefined && /^\p{L}{2}/u.test(first))
        this.add(first, { id: entity.id, kind: 'person', source: 'surname' });
      for (const role of entity.roles ?? []) {
        this.add(role.title, { id: entity.id, kind: 'person', source: 'role-title' });
        const bare = stripCountryPrefix(role.title);
        if (bare !== role.title)
          this.add(bare, { id: entity.id, kind: 'person', source: 'role-title' });
      }
    }
  }
}

const COUNTRY_PREFIX = new Set(
  COUNTRIES.flatMap((c) => c.names)
    .filter((n) => !n.includes(' '))
    .map((n) => nameKey(n)),
);

/** "US Treasury Secretary" → "Treasury Secretary"; "China's Vice Premier" → "Vice Premier". */
export function stripCountryPrefix(title: string): string {
  const words = title.trim().split(/\s+/);
  const first = words[0];
  if (words.length > 1 && first !== undefined && COUNTRY_PREFIX.has(nameKey(first)))
    return words.slice(1).join(' ');
  return title;
}

/** The index for a context: its entities first, then gazetteer names resolved against them. */
export function buildNameIndex(entities: readonly Entity[]): NameIndex {
  const index = new NameIndex();
  for (const entity of entities) index.addEntity(entity);
  for (const country of COUNTRIES) {
    let resolved: NameHit | undefined;
    const names = country.sharedLabel ? country.names : [country.label, ...country.names];
    for (const name of names) {
      const hit = index.lookup(name);
      if (hit?.id && (hit.kind === 'country' || hit.kind === 'place') && hit.source !== 'surname') {
        resolved = hit;
        break;
      }
    }
    for (const name of names) {
      if (resolved?.id)
        index.add(name, { id: resolved.id, kind: resolved.kind, source: 'gazetteer' });
      else
        index.add(name, {
          id: null,
          create: { label: country.label, kind: country.kind, aliases: country.aliases ?? [] },
          kind: country.kind,
          source: 'gazetteer',
        });
    }
  }
  // News outlets and international bodies: the graph's own entity when one of its names is
  // known, else one to create.
  for (const known of OUTLETS) addKnownOrganization(index, known, true);
  for (const known of BODIES) addKnownOrganization(index, known, false);
  for (const known of WORLD_PEOPLE) addKnownPerson(index, known);
  return index;
}

/** A person the gazetteer knows (world-people.ts), as the graph's entity or a new one. */
function addKnownPerson(index: NameIndex, entry: PersonEntry): void {
  addKnown(index, entry, 'person', {}, (h) => h.source === 'label' || h.source === 'alias');
}

/** An organisation the gazetteer knows under several names, as the graph's entity or a new one. */
function addKnownOrganization(index: NameIndex, entry: OutletEntry, outlet: boolean): void {
  const extra = { outlet, ...(entry.state ? { stateMedia: true } : {}) };
  addKnown(index, entry, 'organization', extra, (h) => h.source !== 'surname');
}

/** Every name of a gazetteer entry, pointing at the graph's entity of that kind when the graph
 * holds one under any of them (by a name `owns` accepts), else at the entity to create. */
function addKnown(
  index: NameIndex,
  entry: { label: string; names: readonly string[]; description: string },
  kind: 'person' | 'organization',
  extra: Pick<NonNullable<NameHit['create']>, 'outlet' | 'stateMedia'>,
  owns: (hit: NameHit) => boolean,
): void {
  const names = [entry.label, ...entry.names];
  const known = names
    .map((n) => index.lookup(n))
    .find((h): h is NameHit => h?.id != null && h.kind === kind && owns(h));
  const create = { label: entry.label, kind, aliases: entry.names, description: entry.description };
  for (const name of names)
    index.add(
      name,
      known?.id
        ? { id: known.id, kind, source: 'gazetteer' }
        : { id: null, create: { ...create, ...extra }, kind, source: 'gazetteer' },
    );
}
