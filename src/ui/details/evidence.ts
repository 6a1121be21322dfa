// The quotes behind a relation (each with its source, and Show in article for an article read
// into the workspace) and the line under a relation: its date, its tone and how well it is
// corroborated.
import { toneName } from '../../data/schema';
import { type EvidenceDetails, formatDate, type RelationDetails } from '../../graph/relationships';
import { showNotice } from '../../state/app-state';
import { editBlock } from '../../state/shared-view';
import { REMOVE_EVIDENCE } from '../../workspace/commands';
import { showArticle } from '../article-viewer';
import { corroborationNote } from '../corroboration-note';
import { el } from '../dom';
import type { DetailsContext } from './types';

/** The quotes; in a relation's own details (`edge`), each but a last one can be removed. */
export function evidenceList(
  ctx: DetailsContext,
  evidence: EvidenceDetails[],
  edge?: string,
): HTMLElement[] {
  return evidence.map((e, index) =>
    el('blockquote', { className: 'evidence' }, [
      el('p', { text: `“${e.quote}”` }),
      el('footer', {}, [
        '— ',
        el('cite', { text: e.sourceName, attrs: { title: e.sourceId } }),
        showInArticleButton(ctx, e),
        // a relation keeps its last quote
        edge !== undefined && evidence.length > 1 ? removeEvidenceButton(ctx, edge, index) : null,
      ]),
    ]),
  );
}

/** For an article read into this workspace: the quote can be shown in its place. */
function showInArticleButton(ctx: DetailsContext, e: EvidenceDetails): HTMLElement | null {
  const article = ctx.articleOf(e.sourceId);
  if (!article) return null;
  return el('button', {
    className: 'text-button show-in-article',
    text: 'Show in article',
    attrs: { type: 'button', 'aria-label': `Show in article: ${e.sourceName}` },
    on: {
      click: (event) =>
        showArticle(
          article,
          e.quote,
          event.currentTarget as HTMLElement,
          editBlock(ctx.store.get()) === null
            ? ctx.authoring.selectionActions(e.sourceId)
            : undefined,
        ),
    },
  });
}

function removeEvidenceButton(ctx: DetailsContext, edge: string, index: number): HTMLElement {
  return el('button', {
    className: 'text-button',
    text: 'Remove evidence',
    attrs: { type: 'button', 'data-tool': `remove-evidence-${index}` },
    on: {
      click: () => {
        const result = ctx.run(REMOVE_EVIDENCE, { id: edge, index });
        if (!result.ok) ctx.store.update(showNotice(`Not removed: ${result.message}.`));
      },
    },
  });
}

/** The line under a relation: its date (or undated), its tone and its corroboration. */
export function relationMeta(ctx: DetailsContext, relation: RelationDetails): HTMLElement {
  return el('p', { className: 'meta' }, [
    relation.date
      ? el('time', {
          text: formatDate(relation.date, relation.dateApproximate),
          attrs: {
            datetime: relation.date,
            title: relation.dateApproximate ? 'approximate date' : undefined,
          },
        })
      : el('span', { className: 'muted', text: 'undated' }),
    relation.tone
      ? el('span', {
          className: `tone tone-${relation.tone}`,
          text: toneName(relation.tone),
        })
      : null,
    corroborationNote(ctx.graph, relation.edge),
  ]);
}
