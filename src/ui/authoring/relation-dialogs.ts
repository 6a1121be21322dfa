// The dialogs that write relations by hand: `Add relation` (from, to, kind, direction, date with
// its precision, approximate, tone, label, and a quote with its source), `Edit relation` (kind,
// direction, date, approximate, tone, label) and `Add as evidence…` (a quote to an existing
// relation). The defaults follow the kind (label, tone, direction) until the person changes them.
import { TONES, type Tone, toneName } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import {
  ADD_EVIDENCE,
  ADD_RELATION,
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
  fieldId,
  labelled,
  openFormDialog,
  select,
  textArea,
  textInput,
} from './form-dialog';
import {
  type RelationShape,
  shapeOfKind,
  shapeOfRelation,
  toneAllowed,
  withKind,
  withTone,
} from './relation-shape';

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

/** The tone of a relation form: a select in Edit relation; radio buttons in Add relation, whose
 * "To" must stay the only control named with those letters. The tones the kind cannot carry are
 * disabled. */
type ToneControl = {
  fields: HTMLElement[];
  value(): Tone | null;
  show(kind: string, tone: Tone | null): void;
  /** Calls back when the person picks a tone. */
  onPick(pick: (tone: Tone | null) => void): void;
};

const TONE_CHOICES: ReadonlyArray<[Tone | null, string]> = [
  [null, 'none'],
  ...TONES.map((t): [Tone, string] => [t, toneName(t)]),
];
const toneOf = (value: string): Tone | null => (value ? (value as Tone) : null);

function toneSelect(): ToneControl {
  const control = select(
    'relation-tone',
    TONE_CHOICES.map(([t, name]) => [t ?? '', name]),
  );
  return {
    fields: labelled({ label: 'Tone', control }),
    value: () => toneOf(control.value),
    show(kind, tone) {
      for (const option of control.options)
        option.disabled = !toneAllowed(kind, toneOf(option.value));
      control.value = tone ?? '';
    },
    onPick: (pick) => control.addEventListener('change', () => pick(toneOf(control.value))),
  };
}

function toneRadios(): ToneControl {
  const name = fieldId('relation-tone');
  const radios = TONE_CHOICES.map(([t]) =>
    el('input', { id: fieldId('tone'), attrs: { type: 'radio', name, value: t ?? '' } }),
  );
  const group = el('fieldset', { className: 'tone-choices' }, [
    el('legend', { text: 'Tone' }),
    ...radios.map((radio, i) =>
      el('label', { attrs: { for: radio.id } }, [radio, ` ${TONE_CHOICES[i]?.[1]}`]),
    ),
  ]);
  const checked = () => radios.find((r) => r.checked);
  return {
    fields: [group],
    value: () => toneOf(checked()?.value ?? ''),
    show(kind, tone) {
      for (const radio of radios) {
        radio.disabled = !toneAllowed(kind, toneOf(radio.value));
        radio.checked = radio.value === (tone ?? '');
      }
    },
    onPick: (pick) => group.addEventListener('change', () => pick(toneOf(checked()?.value ?? ''))),
  };
}

/** The kind, direction, date, tone and label controls of the relation forms, following the kind
 * as `withKind` says: a new kind brings its own label, tone and direction where these were the
 * old kind's defaults; what the person set stays. */
function shapeControls(start: RelationShape, tone: ToneControl) {
  let shape = start;
  const kind = select(
    'relation-kind',
    relationKinds().map((k) => [k, k]),
    shape.kind,
  );
  const directed = checkbox('relation-directed', shape.directed);
  const date = textInput('relation-date', '', { inputmode: 'numeric', autocomplete: 'off' });
  const approximate = checkbox('relation-approximate', false);
  const label = textInput('relation-label', shape.label);
  tone.show(shape.kind, shape.tone);
  tone.onPick((picked) => {
    shape = withTone(shape, picked);
  });
  kind.addEventListener('change', () => {
    shape = withKind(
      { ...shape, label: label.value, directed: directed.checked, tone: tone.value() },
      kind.value,
    );
    label.value = shape.label;
    directed.checked = shape.directed;
    tone.show(shape.kind, shape.tone);
  });
  const fields = [
    ...labelled({ label: 'Kind', control: kind }),
    checkboxRow('Directed', directed),
    ...labelled({ label: 'Date', control: date, hint: DATE_HINT }),
    checkboxRow('Approximate', approximate),
    ...tone.fields,
    ...labelled({ label: 'Label', control: label, hint: 'Written from the kind; edit it freely.' }),
  ];
  return { kind, directed, date, approximate, tone, label, fields };
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
  const shape = shapeControls(shapeOfKind(lastKind), toneRadios());
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
        tone: shape.tone.value(),
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
  const start = shapeOfRelation(a.kind, {
    label: a.label,
    tone: a.tone ?? null,
    directed: graph.isDirected(id),
  });
  const shape = shapeControls(start, toneSelect());
  shape.date.value = a.date ?? '';
  shape.approximate.checked = a.dateApproximate === true;
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
        tone: shape.tone.value(),
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
