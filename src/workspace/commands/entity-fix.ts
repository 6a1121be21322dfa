// A proposed entity corrected before it is accepted: its label (a surname the article gave alone,
// "Trump", written in full) and its kind (a country the reader took for an organisation). The
// proposal keeps its id, so the relations proposed with it still reach it; the label the reader
// gave stays an alias, so a search for the article's word still finds it.
import { ENTITY_KINDS, MAX_LABEL_LENGTH } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import type { Draft } from '../../ingest/draft';
import { normalizeText } from '../../search/normalize';
import type { Correction } from '../review';
import { labelProblem } from './entity-rules';

/** The fields of an entity proposal a person may change before accepting it. */
export type EntityFix = { label?: string; kind?: string };

const isEntityKind = (kind: string) => (ENTITY_KINDS as readonly string[]).includes(kind);

/** The label as it will be kept: spaces trimmed and single. */
const tidy = (label: string) => label.trim().replace(/\s+/g, ' ');

/** What the fix changes, field by field, against entity proposal `index` as made. */
export function entityCorrectionOf(draft: Draft, index: number, fix: EntityFix): Correction {
  const entity = draft.entities[index]?.entity;
  const correction: Correction = {};
  if (!entity) return correction;
  if (fix.label !== undefined && tidy(fix.label) !== entity.label)
    correction.label = { from: entity.label, to: tidy(fix.label) };
  if (fix.kind !== undefined && fix.kind !== entity.kind)
    correction.kind = { from: entity.kind, to: fix.kind };
  return correction;
}

/** Why the fix cannot be applied to entity proposal `index`, or null. */
export function entityFixProblem(
  graph: ParleyGraph,
  draft: Draft,
  index: number,
  fix: EntityFix,
): string | null {
  const entity = draft.entities[index]?.entity;
  if (!entity) return `there is no proposed entity number ${index + 1}`;
  if (fix.kind !== undefined && !isEntityKind(fix.kind))
    return `“${fix.kind}” is not an entity kind Parley knows`;
  if (fix.label === undefined) return null;
  const label = tidy(fix.label);
  if (label === '') return 'an entity needs a label';
  if (label.length > MAX_LABEL_LENGTH) return `a label has at most ${MAX_LABEL_LENGTH} characters`;
  const taken = labelProblem(graph, null, label, []);
  if (taken) return taken;
  const key = normalizeText(label);
  const other = draft.entities.find(
    (p, i) => i !== index && p.decision !== 'rejected' && normalizeText(p.entity.label) === key,
  );
  return other ? `the label “${label}” is already proposed for another entity` : null;
}

/** The draft with entity proposal `index` as corrected: its label (the old one an alias) and kind. */
export function correctedEntity(draft: Draft, index: number, fix: EntityFix): Draft {
  const proposal = draft.entities[index];
  const correction = entityCorrectionOf(draft, index, fix);
  if (!proposal || Object.keys(correction).length === 0) return draft;
  const { entity } = proposal;
  const label = correction.label ? (correction.label.to as string) : entity.label;
  const keep = (alias: string) => normalizeText(alias) !== normalizeText(label);
  const aliases = correction.label
    ? [...new Set([entity.label, ...entity.aliases])].filter(keep)
    : entity.aliases;
  const kind = (correction.kind ? correction.kind.to : entity.kind) as typeof entity.kind;
  const entities = [...draft.entities];
  entities[index] = { ...proposal, entity: { ...entity, label, kind, aliases } };
  return { ...draft, entities };
}
