// The dialogs that start and grow a story: `New story…` (a title, then an empty workspace),
// `Add source…` (an article's text kept with its title, publisher, address and date, without
// reading it) and `Add entity` (label, kind, aliases; the form stays open for the next one).
import { ENTITY_KINDS } from '../../data/schema';
import {
  ADD_ENTITY,
  ADD_SOURCE,
  entityIdFor,
  nextSourceId,
  parseAliases,
  runCommand,
  storyTitleProblem,
} from '../../workspace/commands';
import type { Workspace } from '../../workspace/workspace';
import { el } from '../dom';
import { labelled, openFormDialog, select, textArea, textInput } from './form-dialog';

export type StoryDeps = {
  getWorkspace(): Workspace | null;
  /** Opens a new, empty workspace with this title; answers a problem, or null when opened. */
  openStory(title: string): Promise<string | null>;
  /** Shows a source's kept text (after Add source). */
  showSource(id: string): void;
  /** Says something in the page's notice line. */
  notice(message: string): void;
  /** Selects an entity (through the URL). */
  selectEntity(id: string): void;
};

const NO_WORKSPACE = 'No story is open yet; wait for the graph to load.';

export function openNewStory(deps: StoryDeps): void {
  const title = textInput('story-title');
  let opening = false;
  const form = openFormDialog({
    title: 'New story',
    intro:
      'Starts an empty workspace with this title. The one open now stays in Workspaces (Tools → Workspace).',
    body: labelled({ label: 'Story title', control: title }),
    submitText: 'Create story',
    keepOpen: true,
    submit: () => {
      const problem = storyTitleProblem(title.value);
      if (problem) return problem;
      if (opening) return null;
      opening = true;
      void deps.openStory(title.value).then((refused) => {
        opening = false;
        if (refused) form.problem.textContent = refused;
        else form.close();
      });
      return null;
    },
  });
}

export function openAddSource(deps: StoryDeps): void {
  const text = textArea('source-text', '', 10);
  text.classList.add('article-text');
  const title = textInput('source-title');
  const publisher = textInput('source-publisher');
  const url = textInput('source-url', '', { inputmode: 'url', placeholder: 'https://…' });
  const published = el('input', { id: `${title.id}-published`, attrs: { type: 'date' } });
  // the first line of the pasted text is taken as the title while none is typed
  let takenTitle = '';
  text.addEventListener('input', () => {
    if (title.value !== takenTitle) return;
    takenTitle = text.value.trim().split(/\r?\n/)[0]?.trim().slice(0, 200) ?? '';
    title.value = takenTitle;
  });
  openFormDialog({
    title: 'Add source',
    intro:
      'Keeps an article as a source without reading it, so any sentence of it can be quoted as evidence. Facts you do not know stay empty.',
    body: [
      ...labelled({ label: 'Article text', control: text }),
      ...labelled({ label: 'Title', control: title }),
      ...labelled({ label: 'Publisher', control: publisher }),
      ...labelled({ label: 'URL', control: url }),
      ...labelled({ label: 'Publication date', control: published }),
    ],
    submitText: 'Add source',
    submit: () => {
      const workspace = deps.getWorkspace();
      if (!workspace) return NO_WORKSPACE;
      const fields = {
        title: title.value,
        publisher: publisher.value,
        url: url.value,
        published: published.value,
        text: text.value,
      };
      const id = nextSourceId(workspace.graph, fields);
      const result = runCommand(workspace, ADD_SOURCE, fields);
      if (!result.ok) return `Not added: ${result.message}.`;
      deps.notice(`Added the source “${title.value.trim()}”.`);
      if (text.value.trim()) queueMicrotask(() => deps.showSource(id));
      return null;
    },
  });
}

export function openAddEntity(deps: StoryDeps): void {
  const label = textInput('entity-label');
  const kind = select(
    'entity-kind',
    ENTITY_KINDS.map((k) => [k, k]),
    'person',
  );
  const aliases = textInput('entity-aliases', '', { placeholder: 'comma-separated' });
  const added = el('p', { className: 'muted', attrs: { role: 'status' } });
  openFormDialog({
    title: 'Add entity',
    intro: 'The form stays open for the next one; Escape closes it.',
    body: [
      ...labelled({ label: 'Label', control: label }),
      ...labelled({ label: 'Kind', control: kind }),
      ...labelled({ label: 'Aliases', control: aliases }),
      added,
    ],
    submitText: 'Add',
    keepOpen: true,
    submit: () => {
      const workspace = deps.getWorkspace();
      if (!workspace) return NO_WORKSPACE;
      const fields = { label: label.value, kind: kind.value, aliases: parseAliases(aliases.value) };
      const id = entityIdFor(workspace.graph, label.value);
      const result = runCommand(workspace, ADD_ENTITY, fields);
      if (!result.ok) return `Not added: ${result.message}.`;
      added.textContent = `Added ${label.value.trim()} (${kind.value}).`;
      deps.selectEntity(id);
      label.value = '';
      aliases.value = '';
      label.focus();
      return null;
    },
  });
}
