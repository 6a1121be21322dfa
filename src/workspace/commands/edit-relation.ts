// Edit relation: a relation's kind, direction, date, approximate flag, tone and label. A changed
// direction takes the relation out and puts it back at its place in the order; a kind whose tones
// do not include the relation's tone gets the kind's usual one.
import type { Tone } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import { type CommandDef, labelOf, noRelation, refuse } from './command';
import { allowedTones, defaultTone } from './relation-defaults';
import { shapeProblem } from './relation-rules';

export type RelationEdit = {
  id: string;
  kind?: string;
  directed?: boolean;
  /** An ISO prefix, or null to drop the date. */
  date?: string | null;
  dateApproximate?: boolean;
  /** A tone, or null for none. */
  tone?: Tone | null;
  label?: string;
};

function editProblem(graph: ParleyGraph, edit: RelationEdit): string | null {
  if (!graph.hasEdge(edit.id)) return noRelation(edit.id);
  const kind = edit.kind ?? graph.getEdgeAttribute(edit.id, 'kind');
  return shapeProblem({
    kind,
    date: edit.date ?? null,
    tone: edit.tone ?? null,
    ...(edit.label !== undefined ? { label: edit.label } : {}),
  });
}

/** The tone the relation ends up with. */
function toneAfter(graph: ParleyGraph, edit: RelationEdit, kind: string): Tone | undefined {
  if (edit.tone !== undefined) return edit.tone ?? undefined;
  const tone = graph.getEdgeAttribute(edit.id, 'tone');
  if (tone && allowedTones(kind).includes(tone)) return tone;
  return edit.kind !== undefined ? defaultTone(kind) : tone;
}

export const EDIT_RELATION: CommandDef<RelationEdit> = {
  name: 'edit-relation',
  describe: ({ id }, { graph }) => {
    if (!graph.hasEdge(id)) return `Edit relation ${id}`;
    const [source, target] = graph.extremities(id);
    return `Edit ${labelOf(graph, source)} ${graph.getEdgeAttribute(id, 'label')} ${labelOf(graph, target)}`;
  },
  validate: (edit, { graph }) => editProblem(graph, edit),
  apply: (tx, edit) => {
    const { graph } = tx;
    const problem = editProblem(graph, edit);
    if (problem) return refuse(problem);
    const { id } = edit;
    const kind = edit.kind ?? graph.getEdgeAttribute(id, 'kind');
    const date = edit.date === undefined ? graph.getEdgeAttribute(id, 'date') : edit.date;
    const approximate =
      edit.dateApproximate ?? graph.getEdgeAttribute(id, 'dateApproximate') ?? false;
    tx.setEdge(id, {
      kind,
      label: edit.label?.trim() || graph.getEdgeAttribute(id, 'label'),
      date: date ?? undefined,
      dateApproximate: date && approximate ? true : undefined,
      tone: toneAfter(graph, edit, kind),
    });
    if (edit.directed !== undefined && edit.directed === graph.isUndirected(id)) {
      const [source, target] = graph.extremities(id);
      const attributes = structuredClone(graph.getEdgeAttributes(id));
      const rank = tx.dropEdge(id);
      tx.addEdge(id, source, target, !edit.directed, attributes, rank);
    }
    return { ok: true };
  },
};
