// What each relation kind means, as rules on the kinds of the entities it joins and on its tone
// (the vocabulary is in relation-kinds.ts): `represents` acts for a country, `member-of` joins an
// organization, `reported-by` names a media outlet, and so on. They run with the other integrity
// rules on every dataset document. They judge only what they can: a relation kind outside the
// vocabulary (an imported graph's "unknown" or its own kinds) and an entity of a kind outside the
// six have no rule here, and a reference that does not resolve is reported by the other rules.
import type { Problem } from './problem';
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
  mediation: INTERACTION,
  aid: INTERACTION,
  rejection: INTERACTION,
  threat: INTERACTION,
  protest: INTERACTION,
  sanction: INTERACTION,
  'military-action': INTERACTION,
  participant: { target: ['event'], targetIs: 'an event' },
  // a post or membership in a body or a country (DESIGN §2: Bessent → United States), and a
  // body's own tie to its country (a ministry, the state's news agency)
  affiliation: {
    source: ['person', 'organization'],
    sourceIs: 'a person or an organization',
    target: ['organization', 'country', 'place'],
    targetIs: 'an organization or a country (or a place)',
  },
  // Acting for a country, a place that governs itself (a city, a region) or a body ("signed on
  // behalf of the African Union").
  represents: {
    source: ['person', 'organization'],
    sourceIs: 'a person or an organization',
    target: ['country', 'place', 'organization'],
    targetIs: 'a country, a place or an organization',
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

type End = 'source' | 'target';
/** A kind's rule ready to apply: allowed kinds as Sets, tones as a Set, messages left to failures. */
type Compiled = {
  ends: readonly { end: End; kinds: ReadonlySet<string>; is: string | undefined }[];
  targetKinds: ReadonlySet<string> | undefined;
  targetCheck: Rule['targetCheck'];
  tones: readonly string[];
  toneSet: ReadonlySet<string>;
};

const COMPILED: ReadonlyMap<string, Compiled> = new Map(
  Object.keys(RELATION_KIND_TONES).map((kind) => {
    const rule = KIND_RULES[kind as Relation['kind']];
    const tones: readonly string[] = RELATION_KIND_TONES[kind as Relation['kind']];
    const ends: Compiled['ends'][number][] = [];
    if (rule?.source) ends.push({ end: 'source', kinds: new Set(rule.source), is: rule.sourceIs });
    if (rule?.target) ends.push({ end: 'target', kinds: new Set(rule.target), is: rule.targetIs });
    const targetKinds = rule?.target ? new Set<string>(rule.target) : undefined;
    const compiled = { ends, targetKinds, targetCheck: rule?.targetCheck, tones };
    return [kind, { ...compiled, toneSet: new Set(tones) }];
  }),
);

const nameOf = (relation: Relation) => `relation "${relation.id}" (${relation.kind})`;

/**
 * Checks one relation (at `relations[index]`) whose ends are `source` and `target` (undefined when
 * its id resolves to none), pushing a problem for each thing that does not fit its kind.
 */
export function checkRelationKind(
  relation: Relation,
  index: number,
  source: Entity | undefined,
  target: Entity | undefined,
  problems: Problem[],
): void {
  const kind: string = relation.kind;
  const rule = COMPILED.get(kind);
  if (rule === undefined) return; // outside the vocabulary: no rule
  for (const { end, kinds, is } of rule.ends) {
    const entity = end === 'source' ? source : target;
    if (!entity || !KNOWN_ENTITY_KINDS.has(entity.kind)) continue;
    if (!kinds.has(entity.kind)) {
      problems.push({
        path: `relations[${index}].${end}`,
        message: `${nameOf(relation)}: its ${end} must be ${is}, but "${entity.id}" is a ${entity.kind}`,
      });
    }
  }
  const check = rule.targetCheck;
  if (check && target && rule.targetKinds?.has(target.kind) && !check.test(target)) {
    problems.push({
      path: `relations[${index}].target`,
      message: `${nameOf(relation)}: its target must be ${check.requires}, but "${target.id}" is not`,
    });
  }
  if (relation.tone !== undefined && !rule.toneSet.has(relation.tone)) {
    const tones = rule.tones;
    problems.push({
      path: `relations[${index}].tone`,
      message:
        tones.length === 0
          ? `${nameOf(relation)}: a ${kind} relation is no interaction and carries no tone (it has "${relation.tone}")`
          : `${nameOf(relation)}: a ${kind} relation's tone is ${tones.map((t) => `"${t}"`).join(' or ')}, not "${relation.tone}"`,
    });
  }
}

/**
 * The problems of each relation whose ends or tone do not fit what its kind means (an id used by
 * two entities finds the last of them). integrity.ts checks relation by relation instead, with the
 * entities it already looked up.
 */
export function checkKindRules(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  dataset.relations.forEach((relation, i) => {
    checkRelationKind(
      relation,
      i,
      entities.get(relation.source),
      entities.get(relation.target),
      problems,
    );
  });
  return problems;
}
