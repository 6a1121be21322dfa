// `Edit: <what it proposes>`: a proposal corrected before it is accepted. For a relation the
// dialog shows its kind, its ends (an entity of the graph, or one the article proposes), its
// direction and its date; for a new entity its label and kind. `Save correction` keeps the fix on
// the row, and the row's Accept then accepts the proposal as corrected. A fix that cannot be
// applied is said in the dialog, nothing kept.
import { ENTITY_KINDS } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import type { Draft } from '../../ingest/draft';
import {
  type EntityFix,
  entityFixProblem,
  type RelationFix,
  relationKinds,
} from '../../workspace/commands';
import { fixProblem } from '../../workspace/commands/accept';
import { checkbox, checkboxRow, labelled, openFormDialog, select, textInput } from './form-dialog';

const INTRO =
  'Correct what the reader proposed; Accept then accepts it as corrected, and the correction is kept with the decision.';

function endOptions(graph: ParleyGraph, draft: Draft): Array<[string, string]> {
  const known: Array<[string, string]> = graph.mapNodes((id, a) => [id, `${a.label} (${a.kind})`]);
  known.sort((a, b) => a[1].localeCompare(b[1]));
  const proposed: Array<[string, string]> = draft.entities
    .filter((p) => !graph.hasNode(p.entity.id))
    .map((p) => [p.entity.id, `${p.entity.label} (proposed ${p.entity.kind})`]);
  return [...proposed, ...known];
}

export function openProposalFix(
  graph: ParleyGraph,
  draft: Draft,
  index: number,
  name: string,
  current: RelationFix | undefined,
  onSave: (fix: RelationFix) => void,
): void {
  const relation = draft.relations[index]?.relation;
  if (!relation) return;
  const value = <K extends keyof RelationFix>(key: K, made: RelationFix[K]) =>
    current?.[key] !== undefined ? current[key] : made;
  const kind = select(
    'fix-kind',
    relationKinds().map((k) => [k, k]),
    value('kind', relation.kind),
  );
  const options = endOptions(graph, draft);
  const from = select('fix-from', options, value('source', relation.source));
  const to = select('fix-to', options, value('target', relation.target));
  const directed = checkbox('fix-directed', value('directed', relation.directed) ?? false);
  const date = textInput('fix-date', value('date', relation.date ?? null) ?? '');
  openFormDialog({
    title: `Edit: ${name}`,
    intro: INTRO,
    body: [
      ...labelled({ label: 'Kind', control: kind }),
      ...labelled({ label: 'From', control: from }),
      ...labelled({ label: 'To', control: to }),
      checkboxRow('Directed', directed),
      ...labelled({
        label: 'Date',
        control: date,
        hint: 'YYYY, YYYY-MM or YYYY-MM-DD; empty for none.',
      }),
    ],
    submitText: 'Save correction',
    submit: () => {
      const fix: RelationFix = {
        kind: kind.value,
        source: from.value,
        target: to.value,
        directed: directed.checked,
        date: date.value.trim() || null,
      };
      const problem = fixProblem(graph, draft, index, fix);
      if (problem) return `Not kept: ${problem}.`;
      onSave(fix);
      return null;
    },
  });
}

/** `Edit:` for a proposed new entity: its label (the reader's stays an alias) and its kind. */
export function openEntityProposalFix(
  graph: ParleyGraph,
  draft: Draft,
  index: number,
  name: string,
  current: EntityFix | undefined,
  onSave: (fix: EntityFix) => void,
): void {
  const entity = draft.entities[index]?.entity;
  if (!entity) return;
  const label = textInput('fix-entity-label', current?.label ?? entity.label);
  const kind = select(
    'fix-entity-kind',
    ENTITY_KINDS.map((k) => [k, k]),
    current?.kind ?? entity.kind,
  );
  openFormDialog({
    title: `Edit: ${name}`,
    intro: INTRO,
    body: [
      ...labelled({
        label: 'Label',
        control: label,
        hint: `The name as the story should show it; “${entity.label}” stays an alias.`,
      }),
      ...labelled({ label: 'Kind', control: kind }),
    ],
    submitText: 'Save correction',
    submit: () => {
      const fix: EntityFix = { label: label.value, kind: kind.value };
      const problem = entityFixProblem(graph, draft, index, fix);
      if (problem) return `Not kept: ${problem}.`;
      onSave(fix);
      return null;
    },
  });
}
