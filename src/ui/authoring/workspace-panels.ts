// Two small panels in Tools → Workspace: the story's `Sources` (each with kept text can be read,
// and quoted from, in the article viewer) and `Reader statistics` (per rule of the article reader,
// how many of its proposals were accepted as they were, corrected, or rejected). Built once;
// `update` writes them anew from the workspace.
import { readerStatistics } from '../../workspace/commands';
import type { Workspace } from '../../workspace/workspace';
import { el, replaceChildren } from '../dom';

export type WorkspacePanels = { update(workspace: Workspace | null): void; dispose(): void };

export function mountWorkspacePanels(
  root: HTMLElement,
  showSource: (id: string) => void,
): WorkspacePanels {
  const sourcesList = el('ul', { className: 'source-list' });
  const statsBody = el('div', { className: 'reader-stats' });
  const sources = el('section', { attrs: { 'aria-labelledby': 'sources-title' } }, [
    el('h3', { id: 'sources-title', text: 'Sources' }),
    sourcesList,
  ]);
  const stats = el('section', { attrs: { 'aria-labelledby': 'reader-stats-title' } }, [
    el('h3', { id: 'reader-stats-title', text: 'Reader statistics' }),
    statsBody,
  ]);
  root.append(sources, stats);

  function updateSources(workspace: Workspace) {
    const articles = workspace.articles();
    const items = (workspace.graph.getAttribute('sources') ?? []).map((s) =>
      el('li', {}, [
        Object.hasOwn(articles, s.id)
          ? el('button', {
              className: 'link-button',
              text: s.title,
              attrs: { type: 'button', 'aria-label': `Read ${s.title}` },
              on: { click: () => showSource(s.id) },
            })
          : el('span', { text: s.title }),
        el('span', {
          className: 'muted',
          text: [s.publisher, s.published].filter(Boolean).join(', ') || '',
        }),
      ]),
    );
    replaceChildren(
      sourcesList,
      items.length ? items : [el('li', { className: 'muted', text: 'No sources yet.' })],
    );
  }

  function updateStats(workspace: Workspace) {
    const records = readerStatistics(workspace.history());
    if (records.length === 0) {
      replaceChildren(statsBody, [
        el('p', { className: 'muted', text: 'No proposals decided yet in this workspace.' }),
      ]);
      return;
    }
    const cell = (text: string | number, tag: 'td' | 'th' = 'td') =>
      el(tag, { text: String(text), ...(tag === 'th' ? { attrs: { scope: 'col' } } : {}) });
    replaceChildren(statsBody, [
      el('table', { className: 'stats-table' }, [
        el('caption', { text: 'Proposals decided, per reader rule' }),
        el('thead', {}, [
          el(
            'tr',
            {},
            ['Rule', 'Accepted', 'Corrected', 'Rejected'].map((t) => cell(t, 'th')),
          ),
        ]),
        el(
          'tbody',
          {},
          records.map((r) =>
            el('tr', {}, [
              el('th', { text: r.rule, attrs: { scope: 'row' } }),
              cell(r.accepted),
              cell(r.corrected),
              cell(r.rejected),
            ]),
          ),
        ),
      ]),
    ]);
  }

  return {
    update(workspace) {
      if (!workspace) return;
      updateSources(workspace);
      updateStats(workspace);
    },
    dispose() {
      sources.remove();
      stats.remove();
    },
  };
}
