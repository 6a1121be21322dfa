// What the Details panel says of a relation's sourcing: "reported by 3 articles" or "1 source
// only", and, where other articles tell the same interaction (same two ends and date) as
// another kind or tone, the accounts side by side. Phrasing content only (spans), so it sits
// inside the panel's meta line. The wording comes from graph/corroboration.

import { toneName } from '../data/schema';
import {
  type Account,
  corroborationText,
  disagreementsOf,
  sourceCount,
} from '../graph/corroboration';
import { sourceName } from '../graph/relationships';
import type { ParleyGraph } from '../graph/types';
import { el } from './dom';

/** "call, verbal cooperation — Reuters article": one account as a person reads it. */
export function accountText(graph: ParleyGraph, account: Account): string {
  const sources = new Map(graph.getAttribute('sources').map((s) => [s.id, s]));
  const who = account.sources.map((id) => sourceName(sources.get(id), id)).join('; ');
  const tone = account.tone ? `, ${toneName(account.tone)}` : ', no tone';
  return `${account.kind}${tone} (${account.label}) — ${who}`;
}

/** The note for one relation; null when the edge is not in the graph. */
export function corroborationNote(graph: ParleyGraph, edge: string): HTMLElement | null {
  if (!graph.hasEdge(edge)) return null;
  const count = sourceCount(graph.getEdgeAttribute(edge, 'evidence'));
  const note = el('span', { className: 'corroboration-info' }, [
    el('span', {
      className: `corroboration-note${count <= 1 ? ' single' : ''}`,
      text: corroborationText(count),
    }),
  ]);
  const disagreement = disagreementsOf(graph, edge);
  if (disagreement) {
    note.append(
      el('span', {
        className: 'disagreement',
        text: `Accounts differ on the ${disagreement.differs.join(' and ')}:`,
      }),
      el(
        'span',
        { className: 'accounts', attrs: { role: 'list', 'aria-label': 'Differing accounts' } },
        [disagreement.account, ...disagreement.others].map((account) =>
          el('span', {
            className: 'account',
            text: `${account.edge === edge ? 'This account: ' : ''}${accountText(graph, account)}`,
            attrs: { role: 'listitem' },
          }),
        ),
      ),
    );
  }
  return note;
}
