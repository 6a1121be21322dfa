// The dialogs that write relations by hand: `Add relation` (from, to, kind, direction, date with
// its precision, approximate, tone, label, and a quote with its source), `Edit relation` (kind,
// direction, date, approximate, tone, label) and `Add as evidence…` (a quote to an existing
// relation). The defaults follow the kind (label, tone, direction) until the person changes them.
import { TONES, type Tone, toneName } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import {
  ADD_EVIDENCE,
  ADD_RELATION,
  allowedTones,
  defaultDirected,
  defaultLabel,
  defaultTone,
  EDIT_RELATION,
  quoteUnchecked,
  relationIdFor,
  relationKinds,
  runCommand,
} from '../../workspace/commands';
import type { Workspace } from '../../workspace/workspace';
import { el } from '../dom';
import {
  checkbox,
  checkboxRow,
  labelled,
  openFormDialog,
  select,
  textArea,
  textInput,
} from './form-dialog';

export type RelationDeps = {
  getWorkspace(): Workspace | null;
  selectRelation(id: string): void;
  notice(message: string): void;
};

export type RelationPrefill = { from?: string; to?: string; quote?: string; source?: string };

const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD: as precise as the article is.';

function entityOptions(graph: ParleyGraph): Array<[string, string]> {
  const options: Array<[string, string]> = graph.mapNodes((id, a) => [
    id,
    `${a.label} (${a.kind})`,
  ]);
  options.sort((a, b) => a[1].localeCompare(b[1]));
  return [['', 'Choose an entity…'], ...options];
}

function sourceOptions(workspace: Workspace): Array<[string, string]> {
  const articles = workspace.articles();
  return (workspace.graph.getAttribute('sources') ?? []).map((s) => [
    s.id,
    quoteUnchecked(articles, s.id) ? `${s.title} (no kept text: quotes unchecked)` : s.title,
  ]);
}

const toneOptions = (): Array<[string, string]> => [
  ['', 'none'],
  ...TONES.map((t): [string, string] => [t, toneName(t)]),
];

/** The kind, direction, date, tone and label controls of the relation forms. Add relation leaves
 * the tone to the kind (its "To" must be the only control whose name holds "To"); Edit has it. */
function shapeControls(kindValue: string, withTone: boolean) {
  const kind = select(
    'relation-kind',
    relationKinds().map((k) => [k, k]),
    kindValue,
  );
  const directed = checkbox('relation-directed', defaultDirected(kindValue));
  const date = textInput('relation-date', '', { inputmode: 'numeric', autocomplete: 'off' });
  const approximate = checkbox('relation-approximate', false);
  const tone = select('relation-tone', toneOptions(), defaultTone(kindValue) ?? '');
  const label = textInput('relation-label', defaultLabel(kindValue));
  const fields = [
    ...labelled({ label: 'Kind', control: kind }),
    checkboxRow('Directed', directed),
    ...labelled({ label: 'Date', control: date, hint: DATE_HINT }),
    checkboxRow('Approximate', approximate),
    ...(withTone ? labelled({ label: 'Tone', control: tone }) : []),
    ...labelled({ label: 'Label', control: label, hint: 'Written from the kind; edit it freely.' }),
  ];
  return { kind, directed, date, approximate, tone, label, fields };
}

/** A new kind brings its own label, tone and direction where these were the old kind's defaults
 * (what the person wrote stays); a tone the new kind cannot carry gives way to its default. */
function followKind(c: ReturnType<typeof shapeControls>) {
  let previous = c.kind.value;
  c.kind.addEventListener('change', () => {
    const kind = c.kind.value;
    if (c.label.value.trim() === defaultLabel(previous) || !c.label.value.trim())
      c.label.value = defaultLabel(kind);
    const tone = c.tone.value;
    if (
      tone === (defaultTone(previous) ?? '') ||
      (tone && !allowedTones(kind).includes(tone as Tone))
    )
      c.tone.value = defaultTone(kind) ?? '';
    if (c.directed.checked === defaultDirected(previous))
      c.directed.checked = defaultDirected(kind);
    previous = kind;
  });
}

/** The kind last added by hand: the next relation starts with it (a summit's participants are
 * written one after the other). */
let lastKind = 'meeting';

export function openAddRelation(deps: RelationDeps, prefill: RelationPrefill = {}): void {
  const workspace = deps.getWorkspace();
  if (!workspace) return;
  const { graph } = workspace;
  const from = select('relation-from', entityOptions(graph), prefill.from ?? '');
  const to = select('relation-to', entityOptions(graph), prefill.to ?? '');
  const shape = shapeControls(lastKind, false);
  followKind(shape);
  const quote = textArea('relation-quote', prefill.quote ?? '', 3);
  const sources = sourceOptions(workspace);
  const source = select('relation-source', sources, prefill.source ?? sources.at(-1)?.[0] ?? '');
  openFormDialog({
    title: 'Add relation',
    body: [
      ...labelled({ label: 'From', control: from }),
      ...labelled({ label: 'To', control: to }),
      ...shape.fields,
      ...labelled({
        label: 'Evidence',
        control: quote,
        hint: 'The words of the article, as written.',
      }),
      ...labelled({ label: 'Source', control: source }),
      sources.length === 0
        ? el('p', {
            className: 'muted',
            text: 'This story has no source yet: use Add source… first.',
          })
        : null,
    ],
    submitText: 'Add',
    submit: () => {
      const current = deps.getWorkspace();
      if (!current) return 'No story is open.';
      const fields = {
        source: from.value,
        target: to.value,
        kind: shape.kind.value,
        directed: shape.directed.checked,
        ...(shape.date.value.trim() ? { date: shape.date.value.trim() } : {}),
        dateApproximate: shape.approximate.checked,
        label: shape.label.value,
        evidence: [{ source: source.value, quote: quote.value }],
      };
      const id = relationIdFor(current.graph, fields);
      const result = runCommand(current, ADD_RELATION, fields);
      if (!result.ok) return `Not added: ${result.message}.`;
      lastKind = shape.kind.value;
      const unchecked = quoteUnchecked(current.articles(), source.value);
      deps.notice(
        unchecked
          ? 'Added the relation. Its quote is unchecked: the source has no kept text.'
          : 'Added the relation.',
      );
      queueMicrotask(() => deps.selectRelation(id));
      return null;
    },
  });
}

export function openEditRelation(deps: RelationDeps, id: string): void {
  const workspace = deps.getWorkspace();
  if (!workspace?.graph.hasEdge(id)) return;
  const { graph } = workspace;
  const a = graph.getEdgeAttributes(id);
  const shape = shapeControls(a.kind, true);
  shape.directed.checked = graph.isDirected(id);
  shape.date.value = a.date ?? '';
  shape.approximate.checked = a.dateApproximate === true;
  shape.tone.value = a.tone ?? '';
  shape.label.value = a.label;
  followKind(shape);
  openFormDialog({
    title: 'Edit relation',
    body: shape.fields,
    submitText: 'Save',
    submit: () => {
      const current = deps.getWorkspace();
      if (!current) return 'No story is open.';
      const result = runCommand(current, EDIT_RELATION, {
        id,
        kind: shape.kind.value,
        directed: shape.directed.checked,
        date: shape.date.value.trim() || null,
        dateApproximate: shape.approximate.checked,
        tone: (shape.tone.value || null) as Tone | null,
        label: shape.label.value,
      });
      return result.ok ? null : `Not saved: ${result.message}.`;
    },
  });
}

export function openAddEvidence(deps: RelationDeps, quote: string, sourceId: string): void {
  const workspace = deps.getWorkspace();
  if (!workspace) return;
  const { graph } = workspace;
  const name = (id: string) => graph.getNodeAttribute(id, 'label');
  const options: Array<[string, string]> = graph.mapEdges((id, a, s, t) => [
    id,
    `${name(s)} ${a.label} ${name(t)}${a.date ? ` (${a.date})` : ''}`,
  ]);
  options.sort((x, y) => x[1].localeCompare(y[1]));
  const relation = select('evidence-relation', [['', 'Choose a relation…'], ...options]);
  const text = textArea('evidence-quote', quote, 3);
  openFormDialog({
    title: 'Add as evidence',
    body: [
      ...labelled({ label: 'Relation', control: relation }),
      ...labelled({ label: 'Evidence', control: text }),
    ],
    submitText: 'Add evidence',
    submit: () => {
      const current = deps.getWorkspace();
      if (!current) return 'No story is open.';
      if (!relation.value) return 'Relation: choose the relation this quote supports.';
      const result = runCommand(current, ADD_EVIDENCE, {
        id: relation.value,
        source: sourceId,
        quote: text.value,
      });
      if (!result.ok) return `Not added: ${result.message}.`;
      const chosen = relation.value;
      queueMicrotask(() => deps.selectRelation(chosen));
      return null;
    },
  });
}
