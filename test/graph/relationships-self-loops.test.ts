// A relation of an entity with itself, as imported graphs have them: the Details panel's data
// lists it once, with the entity itself as counterpart and marked `withItself`, beside the
// entity's other relations; an event's self-loop never lists the event as its own co-participant.
import { describe, expect, it } from 'vitest';
import { relationshipsOf } from '../../src/graph/relationships';
import { importText } from '../../src/io/import-file';

function imported(edges: object[]) {
  const result = importText(
    'loops.json',
    JSON.stringify({
      nodes: [
        { key: 'ana', attributes: { label: 'Ana', kind: 'person' } },
        { key: 'bo', attributes: { label: 'Bo', kind: 'person' } },
        { key: 'talks', attributes: { label: 'Talks', kind: 'event' } },
      ],
      edges,
    }),
    { layout: false },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.graph;
}

describe('relationshipsOf with self-loops', () => {
  it('lists a directed and an undirected self-loop once each, with the entity itself', () => {
    const graph = imported([
      { key: 'loop-d', source: 'ana', target: 'ana', attributes: { kind: 'statement' } },
      {
        key: 'loop-u',
        source: 'ana',
        target: 'ana',
        undirected: true,
        attributes: { kind: 'statement' },
      },
      { key: 'ab', source: 'ana', target: 'bo', attributes: { kind: 'call' } },
    ]);
    const items = relationshipsOf(graph, 'ana').flatMap((g) => g.relationships);
    expect(items.map((i) => [i.edge, i.counterpart.id, i.withItself])).toEqual([
      ['ab', 'bo', false],
      ['loop-d', 'ana', true],
      ['loop-u', 'ana', true],
    ]);
    expect(relationshipsOf(graph, 'bo').flatMap((g) => g.relationships)).toHaveLength(1);
  });

  it('never lists an event as a co-participant of itself', () => {
    const graph = imported([
      { key: 'p1', source: 'ana', target: 'talks', attributes: { kind: 'participant' } },
      { key: 'p2', source: 'bo', target: 'talks', attributes: { kind: 'participant' } },
      { key: 'loop', source: 'talks', target: 'talks', attributes: { kind: 'participant' } },
    ]);
    const [participant] = relationshipsOf(graph, 'ana');
    expect(participant?.relationships.map((r) => r.alsoWith.map((a) => a.id))).toEqual([['bo']]);
    const ofEvent = relationshipsOf(graph, 'talks').flatMap((g) => g.relationships);
    expect(ofEvent.find((r) => r.withItself)?.alsoWith).toEqual([]);
  });
});
