// What each relation kind means, as rules on the kinds of the entities it joins and on its tone
// (the vocabulary is in relation-kinds.ts): `represents` acts for a country, `member-of` joins an
// organization, `reported-by` names a media outlet, and so on. They run with the other integrity
// rules on every dataset document. They judge only what they can: a relation kind outside the
// vocabulary (an imported graph's "unknown" or its own kinds) and an entity of a kind outside the
// six have no rule here, and a reference that does not resolve is reported by the other rules.
import type { Problem } from './integrity';
import { RELATION_KIND_TONES } from './relation-kinds';
import { type Dataset, ENTITY_KINDS, type Entity, type EntityKind, type Relation } from './schema';

type Rule = {
  /** The entity kinds the source may have (any when absent), and what that says in a message. */
  source?: readonly EntityKind[];
  sourceIs?: string;
  target?: readonly EntityKind[];
  targetIs?: string;
  /** A further test of the target entity, with what it requires. */
  targetCheck?: { test: (target: Entity) => boolean; requires: string };
};

const ACTORS: readonly EntityKind[] = ['person', 'organization', 'country'];
const AN_ACTOR = 'a person, an organization or a country';

/**
 * A media outlet is an organization that the dataset says is one. The schema has no field for the
 * sort of organization, so the dataset says it where it says what an organization is: in its
 * label, an alias or its description ("news agency", "broadcaster", "social media platform", …).
 * An organization with none of these words and no description cannot be judged and passes (a
 * generated or imported dataset may describe nothing); one whose description says what it is
 * without naming it a medium of news ("US government agency that compiles trade statistics") is
 * not an outlet.
 */
const MEDIA_WORDS =
  /\b(news|newspapers?|media|broadcast(?:er|ers|ing)?|television|tv|radio|press|wire|magazines?|journal|outlets?|platform)\b/i;

export function isMediaOutlet(entity: Entity): boolean {
  if (entity.kind !== 'organization') return false;
  const names = [entity.label, ...entity.aliases, entity.description ?? ''];
  return entity.description === undefined || names.some((name) => MEDIA_WORDS.test(name));
}

const INTERACTION: Rule = { source: ACTORS, sourceIs: AN_ACTOR };
const BETWEEN_ACTORS: Rule = { ...INTERACTION, target: ACTORS, targetIs: AN_ACTOR };

/** The rules by relation kind; a kind without an entry has no rule on its ends. */
export const KIND_RULES: Readonly<Partial<Record<Relation['kind'], Rule>>> = {
  call: BETWEEN_ACTORS,
  meeting: BETWEEN_ACTORS,
  talks: BETWEEN_ACTORS,
  cooperation: BETWEEN_ACTORS,
  'planned-meeting': INTERACTION,
  agreement: INTERACTION,
  statement: INTERACTION,
  demand: INTERACTION,
  criticism: INTERACTION,
  tariff: INTERACTION,
  'tariff-cut': INTERACTION,
  'tariff-threat': INTERACTION,
  'export-control': INTERACTION,
  participant: { target: ['event'], targetIs: 'an event' },
  affiliation: {
    source: ['person'],
    sourceIs: 'a person',
    target: ['organization'],
    targetIs: 'an organization',
  },
  // A body may act for a country or for a place that governs itself (a city, a region).
  represents: {
    source: ['person', 'organization'],
    sourceIs: 'a person or an organization',
    target: ['country', 'place'],
    targetIs: 'a country (or a place)',
  },
  'member-of': {
    source: ['country', 'organization'],
    sourceIs: 'a country or an organization',
    target: ['organization'],
    targetIs: 'an organization',
  },
  'reported-by': {
    source: ['event'],
    sourceIs: 'an event',
    target: ['organization'],
    targetIs: 'an organization',
    targetCheck: {
      test: isMediaOutlet,
      requires:
        'a media outlet (its label, aliases or description name it one: news agency, broadcaster, …)',
    },
  },
  // What something is about is a topic, an event or a place; a relation with an actor is an interaction.
  about: { target: ['topic', 'event', 'place'], targetIs: 'a topic, an event or a place' },
  'located-in': { target: ['place', 'country'], targetIs: 'a place or a country' },
};

const KNOWN_ENTITY_KINDS: ReadonlySet<string> = new Set<EntityKind>(ENTITY_KINDS);

/** The problems of each relation whose ends or tone do not fit what its kind means. */
export function checkKindRules(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  dataset.relations.forEach((relation, i) => {
    const kind: string = relation.kind;
    if (!Object.hasOwn(RELATION_KIND_TONES, kind)) return; // outside the vocabulary: no rule
    const name = `relation "${relation.id}" (${kind})`;
    const rule = KIND_RULES[relation.kind];
    const ends = [
      ['source', rule?.source, rule?.sourceIs],
      ['target', rule?.target, rule?.targetIs],
    ] as const;
    for (const [end, kinds, is] of ends) {
      const entity = entities.get(relation[end]);
      if (!kinds || !entity || !KNOWN_ENTITY_KINDS.has(entity.kind)) continue;
      if (!kinds.includes(entity.kind)) {
        problems.push({
          path: `relations[${i}].${end}`,
          message: `${name}: its ${end} must be ${is}, but "${entity.id}" is a ${entity.kind}`,
        });
      }
    }
    const target = entities.get(relation.target);
    const check = rule?.targetCheck;
    if (check && target && rule.target?.includes(target.kind) && !check.test(target)) {
      problems.push({
        path: `relations[${i}].target`,
        message: `${name}: its target must be ${check.requires}, but "${target.id}" is not`,
      });
    }
    if (relation.tone !== undefined) {
      const tones: readonly string[] = RELATION_KIND_TONES[relation.kind];
      if (!tones.includes(relation.tone)) {
        problems.push({
          path: `relations[${i}].tone`,
          message:
            tones.length === 0
              ? `${name}: a ${kind} relation is no interaction and carries no tone (it has "${relation.tone}")`
              : `${name}: a ${kind} relation's tone is ${tones.map((t) => `"${t}"`).join(' or ')}, not "${relation.tone}"`,
        });
      }
    }
  });
  return problems;
}
