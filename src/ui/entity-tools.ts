// The Details panel's tools that change an entity: `Edit` opens a form for the label,
// the aliases and the description, checked as the dataset is checked; `Merge into…` shows a
// combobox `Merge into` and a `Merge` button. Each runs one workspace command through `commands`
// (undoable); a refusal is said in the form, with nothing changed.
import { MAX_DESCRIPTION_LENGTH, MAX_LABEL_LENGTH } from '../data/schema';
import type { NodeAttributes } from '../graph/types';
import type { SearchIndex } from '../search/search-index';
import { type CommandDef, EDIT, MERGE, parseAliases } from '../workspace/commands';
import type { CommandResult } from '../workspace/workspace';
import { el } from './dom';
import { mountSearchBox } from './search-box';

/** Runs a workspace command: done, or refused with a message to show. */
export type RunCommand = <A>(def: CommandDef<A>, args: A) => CommandResult;

type ToolDeps = {
  id: string;
  attributes: NodeAttributes;
  run: RunCommand;
  /** Shows the entity another was merged into. */
  onMerged(into: string): void;
  searchIndex(): SearchIndex | null;
  /** Where focus goes back when a form is closed without a change. */
  onClose(): void;
};

let forms = 0;

function problemLine() {
  return el('p', { className: 'form-problem', attrs: { role: 'alert' } });
}

/** The Edit form, in place of the tool buttons until it is saved or cancelled. */
export function entityEditForm(deps: ToolDeps): HTMLFormElement {
  const n = ++forms;
  const { attributes } = deps;
  const label = el('input', {
    id: `edit-label-${n}`,
    attrs: { type: 'text', maxlength: MAX_LABEL_LENGTH, required: true, value: attributes.label },
  });
  const aliases = el('textarea', { id: `edit-aliases-${n}`, attrs: { rows: 3 } });
  aliases.value = attributes.aliases.join('\n');
  const description = el('textarea', {
    id: `edit-description-${n}`,
    attrs: { rows: 4, maxlength: MAX_DESCRIPTION_LENGTH },
  });
  description.value = attributes.description ?? '';
  const problem = problemLine();
  const form = el(
    'form',
    { className: 'entity-form', attrs: { 'aria-label': `Edit ${attributes.label}` } },
    [
      el('label', { text: 'Label', attrs: { for: label.id } }),
      label,
      el('label', { text: 'Aliases (one a line)', attrs: { for: aliases.id } }),
      aliases,
      el('label', { text: 'Description', attrs: { for: description.id } }),
      description,
      problem,
      el('div', { className: 'form-actions' }, [
        el('button', {
          className: 'small-button primary-button',
          text: 'Save',
          attrs: { type: 'submit' },
        }),
        el('button', {
          className: 'small-button',
          text: 'Cancel',
          attrs: { type: 'button' },
          on: { click: () => deps.onClose() },
        }),
      ]),
    ],
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = deps.run(EDIT, {
      id: deps.id,
      edit: {
        label: label.value,
        aliases: parseAliases(aliases.value),
        description: description.value,
      },
    });
    if (!result.ok) {
      problem.textContent = `Not saved: ${result.message}.`;
      label.focus();
    }
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      deps.onClose();
    }
  });
  return form;
}

/** The Merge form: pick the entity to merge this one into, then Merge. */
export function entityMergeForm(deps: ToolDeps): { element: HTMLElement; dispose(): void } {
  const problem = problemLine();
  const root = el('div', { className: 'merge-box' });
  let target: string | null = null;
  const index = deps.searchIndex();
  const box = index
    ? mountSearchBox(root, {
        index,
        label: 'Merge into',
        placeholder: 'Entity to merge into…',
        onChoose: (id) => {
          target = id;
          problem.textContent = '';
        },
        onClear: () => {
          target = null;
        },
      })
    : null;
  const merge = el('button', {
    className: 'small-button primary-button',
    text: 'Merge',
    attrs: { type: 'button' },
    on: {
      click: () => {
        if (!target) {
          problem.textContent = 'Choose the entity to merge into first.';
          return;
        }
        const result = deps.run(MERGE, { from: deps.id, into: target });
        if (result.ok) deps.onMerged(target);
        else problem.textContent = `Not merged: ${result.message}.`;
      },
    },
  });
  const element = el(
    'div',
    {
      className: 'entity-form',
      attrs: { role: 'group', 'aria-label': `Merge ${deps.attributes.label}` },
    },
    [
      el('p', {
        className: 'muted',
        text: `${deps.attributes.label} joins the entity you choose: its name and aliases become aliases there, and its relations move there. Undo takes it apart again.`,
      }),
      index ? root : el('p', { className: 'muted', text: 'Search is still being prepared…' }),
      problem,
      el('div', { className: 'form-actions' }, [
        merge,
        el('button', {
          className: 'small-button',
          text: 'Cancel',
          attrs: { type: 'button' },
          on: { click: () => deps.onClose() },
        }),
      ]),
    ],
  );
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      deps.onClose();
    }
  });
  return { element, dispose: () => box?.dispose() };
}
