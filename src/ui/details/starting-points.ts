// The Details panel with nothing selected (or a selection not in this graph): where to start,
// the most connected entities; in a story with none yet, the controls that add the first.
import { el } from '../dom';
import { detailsHeader } from './header';
import type { DetailsContext } from './types';

export function nothingSelectedContent(ctx: DetailsContext, notFound: boolean): HTMLElement[] {
  const starts = ctx.startingPoints();
  const hint = notFound
    ? 'That item is not in this graph.'
    : starts.length === 0
      ? 'No entities yet. Add entity writes one by hand; Add article… reads them from an article.'
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
