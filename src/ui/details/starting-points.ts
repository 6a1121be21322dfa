// The Details panel with nothing selected (or a selection not in this graph): where to start,
// the most connected entities; in a story with none yet, the controls that add the first.
import { editBlock } from '../../state/shared-view';
import { el } from '../dom';
import { detailsHeader } from './header';
import type { DetailsContext } from './types';

/** What to do in a story with no entities: the controls that add one, where this person can, or
 * the proposals of an article being reviewed. */
export function emptyStoryHint(readOnly: boolean, reviewing: boolean): string {
  if (readOnly)
    return 'No entities yet. This story was opened from a read-only link, so they are added by the people who can edit it.';
  if (reviewing)
    return 'No entities yet. The proposals under review are drawn dashed on the graph: Accept adds one to the story.';
  return 'No entities yet. Add entity writes one by hand; Add article… reads them from an article.';
}

export function nothingSelectedContent(ctx: DetailsContext, notFound: boolean): HTMLElement[] {
  const starts = ctx.startingPoints();
  const hint = notFound
    ? 'That item is not in this graph.'
    : starts.length === 0
      ? emptyStoryHint(editBlock(ctx.store.get()) !== null, ctx.store.get().review !== null)
      : 'Click a node or an edge, press / to search, or start with one of the most connected:';
  return [
    detailsHeader({ title: 'Nothing selected' }),
    el('p', { text: hint }),
    starts.length > 0 &&
      el(
        'ul',
        { className: 'starting-points' },
        starts.map((ref) => el('li', {}, [ctx.entityButton(ref)])),
      ),
  ].filter((part): part is HTMLElement => part !== false);
}
