// What the People here region says for each person: their name and the entity they have selected,
// by its label (an entity no longer in the graph is not named). Pure, tested without a page.
import type { Peer } from '../../sync/connection';

export const NO_ONE_ELSE = 'No one else has this story open.';

/** One line per other person, in a stable order; this page's own person is left out. */
export function peopleLines(
  peers: readonly Peer[],
  labelOf: (key: string) => string | null,
): string[] {
  return peers
    .filter((peer) => !peer.self)
    .map((peer) => {
      const name = peer.name.trim() || 'Someone';
      const label = peer.selected ? labelOf(peer.selected) : null;
      return label ? `${name}, looking at ${label}` : name;
    });
}
