// `Edit: <what it proposes>`: a relation proposal corrected before it is accepted. The dialog
// shows its kind, its ends (an entity of the graph, or one the article proposes), its direction
// and its date; `Save correction` keeps the fix on the row, and the row's Accept then accepts the
// proposal as corrected. A fix that cannot be applied is said in the dialog, nothing kept.
import type { ParleyGraph } from '../../graph/types';
import type { Draft } from '../../ingest/draft';
import { type RelationFix, relationKinds } from '../../workspace/commands';
import { fixProblem } from '../../workspace/commands/accept';
import { checkbox, checkboxRow, labelled, openFormDialog, select, textInput } from './form-dialog';

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
    intro:
      'Correct what the reader proposed; Accept then accepts it as corrected, and the correction is kept with the decision.',
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
