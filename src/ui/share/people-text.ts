// What the People here region says for each person: their name and the entity they have selected,
// by its label (an entity no longer in the graph is not named); and how the History names who made
// a change. Pure, tested without a page.
import type { Peer } from '../../sync/connection';
import type { Author } from '../../sync/story-doc';

export const NO_ONE_ELSE = 'No one else has this story open.';

/** One line per other person, in a stable order; this page's own person is left out. */
export function peopleLines(
  peers: readonly Peer[],
  labelOf: (key: string) => string | null,
): string[] {
  return peers
    .filter((peer) => !peer.self)
    .map((peer) => {
      const name = shownName(peer.name);
      const label = peer.selected ? labelOf(peer.selected) : null;
      return label ? `${name}, looking at ${label}` : name;
    });
}

const shownName = (name: string) => name.trim() || 'Someone';

/**
 * Who made each change, by command id, as the History says it: "you" for this person; for the
 * others the latest name each gave (with a later change, or now in People here), since a name is
 * often typed only after the first changes were made; "Someone" for who gave none.
 */
export function historyAuthors(
  made: ReadonlyArray<readonly [commandId: string, author: Author]>,
  peers: readonly Pick<Peer, 'authorId' | 'name'>[],
  selfId: string,
): Map<string, string> {
  const latest = new Map<string, string>();
  for (const [, author] of made) if (author.name.trim()) latest.set(author.id, author.name);
  for (const peer of peers)
    if (peer.authorId && peer.name.trim()) latest.set(peer.authorId, peer.name);
  return new Map(
    made.map(([id, author]) => [
      id,
      author.id === selfId ? 'you' : shownName(latest.get(author.id) ?? ''),
    ]),
  );
}
