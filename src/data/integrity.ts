// The integrity rules that go beyond the shape (README, "The data"): unique ids, references that
// resolve, labels unique enough to search, and each relation fitting its kind (kind-rules.ts).
// Runs on a document that already passed the schema.
import { checkKindRules, checkRelationKind } from './kind-rules';
import type { Problem } from './problem';
import { isReservedKey } from './reserved-keys';
import type { Dataset, Evidence, Relation } from './schema';

export type { Problem } from './problem';

// ASCII is its own NFKD and has no marks, so only white space and case are left to do.
const ASCII = /^[\0-\x7f]*$/;

function normalizeName(name: string): string {
  if (ASCII.test(name)) return name.trim().replace(/\s+/g, ' ').toLowerCase();
  return name.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Each id's first index, with a problem for each id used again or reserved. */
function checkUniqueIds(
  items: readonly { id: string }[],
  section: string,
  problems: Problem[],
): { firstIndex: Map<string, number>; duplicates: boolean } {
  const firstIndex = new Map<string, number>();
  let duplicates = false;
  items.forEach((item, i) => {
    if (isReservedKey(item.id)) {
      problems.push({ path: `${section}[${i}].id`, message: `id "${item.id}" is reserved` });
    }
    const earlier = firstIndex.get(item.id);
    if (earlier === undefined) firstIndex.set(item.id, i);
    else {
      duplicates = true;
      problems.push({
        path: `${section}[${i}].id`,
        message: `duplicate id "${item.id}" (first used at ${section}[${earlier}])`,
      });
    }
  });
  return { firstIndex, duplicates };
}

/**
 * True when no id is used twice or reserved: what checkUniqueIds finds no problem with, with a Set
 * in place of its Map of first indices (most of that pass's time on half a million relations).
 */
function idsAreUnique(items: readonly { id: string }[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { id: string }).id;
    if (isReservedKey(id) || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

export type IntegrityOptions = {
  /**
   * False: a relation id used twice is looked for only once some other problem is found, so a
   * list of problems is always whole, but an empty one may hide a repeated relation id. For a
   * caller that builds the graph next, which refuses a repeated edge key anyway, and asks again
   * when it does: a Set of half a million ids is a sixth of this check. Default true.
   */
  relationIdsRepeat?: boolean;
};

export function checkIntegrity(dataset: Dataset, options: IntegrityOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = checkUniqueIds(dataset.sources, 'sources', problems).firstIndex;
  const entityIndex = checkUniqueIds(dataset.entities, 'entities', problems);
  // the relations' problems, in order, only when there are some
  // (without repeats, a reserved relation id is looked for in the relation pass below)
  const skipRepeats = options.relationIdsRepeat === false;
  if (!skipRepeats && !idsAreUnique(dataset.relations)) {
    checkUniqueIds(dataset.relations, 'relations', problems);
  }
  const entityIds = entityIndex.firstIndex;

  const labelOwner = new Map<string, number>();
  dataset.entities.forEach((entity, i) => {
    const key = normalizeName(entity.label);
    const earlier = labelOwner.get(key);
    if (earlier === undefined) labelOwner.set(key, i);
    else
      problems.push({
        path: `entities[${i}].label`,
        message: `label "${entity.label}" is already used by entities[${earlier}]`,
      });
    entity.roles?.forEach((role, r) => {
      if (role.organization !== undefined && !entityIds.has(role.organization)) {
        problems.push({
          path: `entities[${i}].roles[${r}].organization`,
          message: `unknown entity "${role.organization}"`,
        });
      }
      if (role.from !== undefined && role.to !== undefined && role.from > role.to) {
        problems.push({
          path: `entities[${i}].roles[${r}].to`,
          message: `role ends (${role.to}) before it starts (${role.from})`,
        });
      }
    });
  });

  dataset.entities.forEach((entity, i) => {
    entity.aliases.forEach((alias, a) => {
      const owner = labelOwner.get(normalizeName(alias));
      if (owner !== undefined && owner !== i) {
        problems.push({
          path: `entities[${i}].aliases[${a}]`,
          message: `alias "${alias}" is the label of entities[${owner}]`,
        });
      }
    });
  });

  // the ends are looked up once, for the references and for the kind rules; those want the last
  // entity of an id used twice (as a Map of the list gives), so then they run on their own
  const { entities, relations } = dataset;
  const kindProblems: Problem[] = [];
  let reserved = false;
  for (let i = 0; i < relations.length; i++) {
    const relation = relations[i] as Relation;
    if (skipRepeats && isReservedKey(relation.id)) reserved = true;
    const sourceAt = entityIds.get(relation.source);
    const targetAt = entityIds.get(relation.target);
    if (sourceAt === undefined) {
      problems.push({
        path: `relations[${i}].source`,
        message: `unknown entity "${relation.source}"`,
      });
    }
    if (targetAt === undefined) {
      problems.push({
        path: `relations[${i}].target`,
        message: `unknown entity "${relation.target}"`,
      });
    }
    const { evidence } = relation;
    for (let e = 0; e < evidence.length; e++) {
      const source = (evidence[e] as Evidence).source;
      if (!sourceIds.has(source)) {
        problems.push({
          path: `relations[${i}].evidence[${e}].source`,
          message: `unknown source "${source}"`,
        });
      }
    }
    if (!entityIndex.duplicates) {
      const source = sourceAt === undefined ? undefined : entities[sourceAt];
      const target = targetAt === undefined ? undefined : entities[targetAt];
      checkRelationKind(relation, i, source, target, kindProblems);
    }
  }

  problems.push(...(entityIndex.duplicates ? checkKindRules(dataset) : kindProblems));
  // the whole list, in its order, relation ids included, once it is not empty
  if (skipRepeats && (reserved || problems.length > 0)) return checkIntegrity(dataset);
  return problems;
}
