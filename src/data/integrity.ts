// The integrity rules that go beyond the shape (README, "The data"): unique ids, references that
// resolve, labels unique enough to search, and each relation fitting its kind (kind-rules.ts).
// Runs on a document that already passed the schema.
import { checkKindRules } from './kind-rules';
import { isReservedKey } from './reserved-keys';
import type { Dataset } from './schema';

export type Problem = { path: string; message: string };

function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

function checkUniqueIds(items: readonly { id: string }[], section: string, problems: Problem[]) {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    if (isReservedKey(item.id)) {
      problems.push({ path: `${section}[${i}].id`, message: `id "${item.id}" is reserved` });
    }
    const earlier = firstIndex.get(item.id);
    if (earlier === undefined) firstIndex.set(item.id, i);
    else
      problems.push({
        path: `${section}[${i}].id`,
        message: `duplicate id "${item.id}" (first used at ${section}[${earlier}])`,
      });
  });
}

export function checkIntegrity(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  checkUniqueIds(dataset.sources, 'sources', problems);
  checkUniqueIds(dataset.entities, 'entities', problems);
  checkUniqueIds(dataset.relations, 'relations', problems);

  const entityIds = new Set(dataset.entities.map((e) => e.id));
  const sourceIds = new Set(dataset.sources.map((s) => s.id));

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

  dataset.relations.forEach((relation, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!entityIds.has(relation[end])) {
        problems.push({
          path: `relations[${i}].${end}`,
          message: `unknown entity "${relation[end]}"`,
        });
      }
    }
    relation.evidence.forEach((evidence, e) => {
      if (!sourceIds.has(evidence.source)) {
        problems.push({
          path: `relations[${i}].evidence[${e}].source`,
          message: `unknown source "${evidence.source}"`,
        });
      }
    });
  });

  problems.push(...checkKindRules(dataset));
  return problems;
}
