// The Details panel with nothing selected (or a selection not in this graph): where to start,
// the most connected entities.
import { el } from '../dom';
import { detailsHeader } from './header';
import type { DetailsContext } from './types';

export function nothingSelectedContent(ctx: DetailsContext, notFound: boolean): HTMLElement[] {
  return [
    detailsHeader({ title: 'Nothing selected' }),
    el('p', {
      text: notFound
        ? 'That item is not in this graph.'
        : 'Click a node or an edge, press / to search, or start with one of the most connected:',
    }),
    el(
      'ul',
      { className: 'starting-points' },
      ctx.startingPoints().map((ref) => el('li', {}, [ctx.entityButton(ref)])),
    ),
  ];
}
