// The entities one ingest knows: the context's and the ones this article proposes. New entities
// get an id unique against both, a label no other entity uses, and aliases that clash with no
// other entity's label (the dataset's integrity rules).
import type { Entity, EntityKind, Role } from '../../data/schema';
import type { EntityProposal } from '../draft';
import { forcesNamed } from './armed-forces';
import { demonymOf } from './gazetteer';
import { nameKey, slugify, uniqueId } from './ids';
import { acronymOwner } from './initials';
import type { NameIndex } from './linking';
import { placedMinistryNames } from './ministries';
import { spellingKey } from './name-spellings';
import { countryAndHead } from './state-body-names';

export class EntityRegistry {
  readonly entities = new Map<string, Entity>();
  readonly proposals: EntityProposal[] = [];
  /** The gazetteer labels being created for a name written with one more word. */
  private readonly widening = new Set<string>();
  private readonly proposalById = new Map<string, EntityProposal>();
  private readonly takenIds = new Set<string>();
  private readonly labelOwner = new Map<string, string>();

  constructor(
    context: readonly Entity[],
    private readonly index: NameIndex,
  ) {
    for (const entity of context) {
      this.entities.set(entity.id, entity);
      this.takenIds.add(entity.id);
      this.labelOwner.set(nameKey(entity.label), entity.id);
    }
    // A new label may not equal an alias either (the alias would then name another entity).
    for (const entity of context)
      for (const alias of entity.aliases) {
        const key = nameKey(alias);
        if (!this.labelOwner.has(key)) this.labelOwner.set(key, entity.id);
      }
  }

  isNew(id: string): boolean {
    return this.proposalById.has(id);
  }

  kindOf(id: string): EntityKind | undefined {
    return this.entities.get(id)?.kind;
  }

  /** The id of the entity labelled `label`, creating and proposing it when there is none. */
  create(
    label: string,
    kind: EntityKind,
    origin: {
      mention: string;
      sentence: number;
      confidence: number;
      rule: string;
      description?: string;
    },
  ): string {
    const written = label.trim().replace(/\s+/g, ' ').slice(0, 200);
    const body = kind === 'organization';
    const owned = body ? this.withoutPossessive(written) : written;
    // "China Coast Guard" is named "Chinese Coast Guard", the other way kept as an alias
    const state = body ? this.stateOfName(owned) : null;
    // "the Lebanese Army" is the country's forces, under the names news gives them
    const forces = state ? forcesNamed(state.country, state.head) : null;
    const cleanLabel = forces?.[0] ?? (state ? `${state.adjective} ${state.head}` : owned);
    const key = nameKey(cleanLabel);
    const owner =
      this.labelOwner.get(key) ??
      (kind === 'person' ? this.samePerson(key) : undefined) ??
      (body ? (this.abbreviated(cleanLabel) ?? this.index.acronymAsWord(cleanLabel)) : undefined);
    if (owner !== undefined) return owner;
    const known = kind === 'person' ? this.knownWithOneWordMore(cleanLabel, origin) : undefined;
    if (known !== undefined) return known;
    const id = uniqueId(slugify(cleanLabel), this.takenIds);
    const entity: Entity = {
      id,
      label: cleanLabel,
      kind,
      aliases: [],
      ...(origin.description ? { description: origin.description } : {}),
    };
    this.takenIds.add(id);
    this.labelOwner.set(key, id);
    this.entities.set(id, entity);
    const proposal: EntityProposal = {
      entity,
      mention: origin.mention.slice(0, 200),
      confidence: origin.confidence,
      rule: origin.rule,
      sentence: origin.sentence,
      decision: 'pending',
    };
    this.proposals.push(proposal);
    this.proposalById.set(id, proposal);
    this.index.addEntity(entity);
    this.index.resolveGazetteer(cleanLabel, id);
    if (written !== cleanLabel) this.addAlias(id, written);
    if (state) this.addAlias(id, `${state.country} ${state.head}`);
    // "Russian Foreign Ministry" is also the "Russian Ministry of Foreign Affairs"
    for (const alias of state ? placedMinistryNames(state.head, state.country) : [])
      this.addAlias(id, alias);
    for (const alias of forces?.slice(1) ?? []) this.addAlias(id, alias);
    // "UN Human Rights Council" is also written "United Nations Human Rights Council"
    if (body && /^U\.?N\.? \p{Lu}/u.test(cleanLabel))
      this.addAlias(id, cleanLabel.replace(/^U\.?N\.?/u, 'United Nations'));
    return id;
  }

  /** The country a state body's name opens with ("China", "Chinese"), as the gazetteer knows it:
   * its label and adjective, and the body's head ("Coast Guard"). */
  private stateOfName(label: string): { country: string; adjective: string; head: string } | null {
    for (const { country, head } of countryAndHead(label)) {
      const name = this.countryLabel(country);
      if (name === undefined) continue;
      const adjective = demonymOf(name);
      // "US Navy", "United States Navy": the US's names are its usual ones
      if (!adjective || name === 'United States') return null;
      return { country: name, adjective, head };
    }
    return null;
  }

  /** The label of the country (or place) `name` names: its entity's, or the gazetteer's. */
  private countryLabel(name: string, kinds: readonly string[] = ['country']): string | undefined {
    const hit = this.index.lookup(name);
    if (!hit || !kinds.includes(hit.kind)) return undefined;
    return hit.id ? this.entities.get(hit.id)?.label : hit.create?.label;
  }

  /** "Portugal's Ministry of Sea Affairs" → "Portuguese Ministry of Sea Affairs", "Oslo's Coast
   * Guard" → "Norwegian Coast Guard": a body named after a country's (or its capital's)
   * possessive is named with the country's adjective, as references write it; the possessive is
   * how a sentence puts it, not part of the name. */
  private withoutPossessive(label: string): string {
    const owned = /^(.+?)['’]s (\p{Lu}.*)$/u.exec(label);
    const country = owned ? this.countryLabel(owned[1] as string, ['country', 'place']) : undefined;
    if (!owned || country === undefined) return label;
    return `${demonymOf(country) ?? country} ${owned[2]}`;
  }

  /** "VAF" after "the Valdorian Armed Forces": a body this article proposed, written by its
   * initials, which then become its alias. */
  private abbreviated(label: string): string | undefined {
    if (!/^[A-Z]{2,6}$/.test(label)) return undefined;
    const owner = acronymOwner(
      label,
      this.proposals.map((p) => p.entity),
    );
    if (owner === null) return undefined;
    this.addAlias(owner, label);
    return owner;
  }

  /** A person the gazetteer or the graph knows, written with one more given or middle name
   * ("Mohammad Ishaq Dar" for Ishaq Dar, "Khawaja Muhammad Asif" for Khawaja Asif): the known
   * person, the written name kept as an alias. Only a name of three words or more, and only when
   * the words left, last name kept, are one known person's full name. */
  private knownWithOneWordMore(
    written: string,
    origin: { mention: string; sentence: number; confidence: number; rule: string },
  ): string | undefined {
    const words = written.split(' ');
    if (words.length < 3 || this.widening.has(written)) return undefined;
    const hits = words.slice(0, -1).flatMap((_, drop) => {
      const hit = this.index.lookup(words.filter((__, i) => i !== drop).join(' '));
      const full = hit && hit.kind === 'person' && hit.source !== 'surname';
      return full && (hit.id !== null || hit.create) ? [hit] : [];
    });
    const hit = hits[0];
    if (
      hit === undefined ||
      hits.some((h) => (h.id ?? h.create?.label) !== (hit.id ?? hit.create?.label))
    )
      return undefined;
    let id = hit.id;
    if (id === null && hit.create) {
      const { label, description, aliases } = hit.create;
      // (a gazetteer's own label of three words is not looked for again while it is created)
      this.widening.add(label);
      id = this.create(label, 'person', {
        ...origin,
        rule: 'mention:gazetteer',
        ...(description ? { description } : {}),
      });
      this.widening.delete(label);
      for (const alias of aliases ?? []) this.addAlias(id, alias);
    }
    if (id === null) return undefined;
    this.addAlias(id, written);
    return id;
  }

  /** A known person whose name is `key` spelt another way (name-spellings.ts), or differs from it
   * by one letter in one word of five or more ("Jamie Dimen" for Jamie Dimon): not a new person. */
  private samePerson(key: string): string | undefined {
    const words = key.split(' ');
    if (words.length < 2) return undefined;
    let found: string | undefined;
    const spelt = spellingKey(key);
    for (const entity of this.entities.values()) {
      if (entity.kind !== 'person') continue;
      // "Bashar Assad" after "Bashar al-Assad": one name, spelt two ways
      if (spellingKey(nameKey(entity.label)) === spelt) return entity.id;
      const other = nameKey(entity.label).split(' ');
      if (other.length !== words.length) continue;
      const differing = words.filter((w, i) => w !== other[i]);
      if (differing.length !== 1) continue;
      const i = words.indexOf(differing[0] as string);
      const a = words[i] as string;
      const b = other[i] as string;
      if (Math.min(a.length, b.length) < 5 || editDistance(a, b) > 1) continue;
      if (found !== undefined && found !== entity.id) return undefined;
      found = entity.id;
    }
    return found;
  }

  /** The label of the entity this label names already, if any ("Bedouin tribes" for a later
   * "Bedouin fighters" is found by asking for each). */
  labelOf(label: string): string | undefined {
    const id = this.labelOwner.get(nameKey(label));
    return id === undefined ? undefined : this.entities.get(id)?.label;
  }

  /** Adds an alias to a new entity when it names no other entity. */
  addAlias(id: string, alias: string): void {
    const entity = this.proposalById.get(id)?.entity;
    const clean = alias.trim().replace(/\s+/g, ' ');
    if (entity === undefined || clean.length === 0 || clean.length > 200) return;
    const key = nameKey(clean);
    if (key === nameKey(entity.label)) return;
    const owner = this.labelOwner.get(key);
    if (owner !== undefined && owner !== id) return;
    if (entity.aliases.some((a) => nameKey(a) === key) || entity.aliases.length >= 100) return;
    entity.aliases.push(clean);
    this.index.add(clean, { id, kind: entity.kind, source: 'alias' });
  }

  /** Gives a new person first known by the surname alone ("President Brann") the full name the
   * article writes later ("Teo Brann"), keeping the surname as an alias; false when another
   * entity holds that name. */
  growName(id: string, fullName: string): boolean {
    const entity = this.proposalById.get(id)?.entity;
    const clean = fullName.trim().replace(/\s+/g, ' ');
    if (entity === undefined || entity.kind !== 'person' || clean.length > 200) return false;
    const key = nameKey(clean);
    const owner = this.labelOwner.get(key);
    if (owner !== undefined && owner !== id) return false;
    const surname = entity.label;
    entity.label = clean;
    entity.aliases = entity.aliases.filter((a) => nameKey(a) !== key);
    if (!entity.aliases.some((a) => nameKey(a) === nameKey(surname))) entity.aliases.push(surname);
    this.labelOwner.set(key, id);
    this.index.addEntity(entity);
    return true;
  }

  /** Adds a role to a new entity (once per title). */
  addRole(id: string, role: Role): void {
    const entity = this.proposalById.get(id)?.entity;
    if (entity === undefined || role.title.trim().length === 0) return;
    const roles = entity.roles ?? [];
    if (roles.some((r) => nameKey(r.title) === nameKey(role.title))) return;
    entity.roles = [...roles, { ...role, title: role.title.slice(0, 200) }];
    this.index.add(role.title, { id, kind: 'person', source: 'role-title' });
  }
}

/** Levenshtein distance, enough for one-letter misspellings of short words. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = kept;
    }
  }
  return row[b.length] as number;
}
