// What the Details panel lists: relationships grouped by kind (interactions first), each with
// its counterpart, date and evidence named by source; events list their other participants.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { formatDate, relationDetails, relationshipsOf } from '../../src/graph/relationships';
import { miniDataset } from '../fixtures/mini-dataset';

const dataset = miniDataset();
dataset.entities.push({ id: 'cy', label: 'Cy Ode', kind: 'person', aliases: [] });
dataset.relations.push({
  id: 'r5',
  source: 'cy',
  target: 'summit',
  kind: 'participant',
  label: 'took part in',
  directed: true,
  evidence: [{ source: 'a2', quote: 'Cy attended too.' }],
});
const graph = buildGraph(dataset, { layout: false });

describe('relationshipsOf', () => {
  it('groups by kind, interactions before structure, with counts that add up', () => {
    const groups = relationshipsOf(graph, 'ana');
    expect(groups.map((g) => g.kind)).toEqual(['call', 'criticism', 'represents']);
    expect(groups.flatMap((g) => g.relationships)).toHaveLength(graph.degree('ana'));
  });

  it('names the counterpart from either end of the relation', () => {
    const [call] = relationshipsOf(graph, 'bo');
    expect(call?.kind).toBe('call');
    expect(call?.relationships[0]?.counterpart).toEqual({
      id: 'ana',
      label: 'Ana Ruiz',
      kind: 'person',
    });
  });

  it('lists the other participants of an event one click away', () => {
    const participant = relationshipsOf(graph, 'bo').find((g) => g.kind === 'participant');
    expect(participant?.relationships[0]?.counterpart.id).toBe('summit');
    expect(participant?.relationships[0]?.alsoWith.map((r) => r.id)).toEqual(['cy']);
  });

  it('gives an event its participants', () => {
    const [participants] = relationshipsOf(graph, 'summit');
    expect(participants?.relationships.map((r) => r.counterpart.label)).toEqual([
      'Bo Li',
      'Cy Ode',
    ]);
  });
});

describe('relationDetails', () => {
  it('carries the date, its precision, the tone and each quote with its source named', () => {
    const view = relationDetails(graph, 'r2');
    expect(view).toMatchObject({
      date: '2025-05',
      dateApproximate: true,
      tone: 'verbal-conflict',
      directed: true,
      evidence: [
        { quote: 'Ana criticised Bo.', sourceId: 'a2', sourceName: 'Article two (Example News)' },
      ],
    });
  });
});

describe('formatDate', () => {
  it('shows each precision as written, and says when it is approximate', () => {
    expect(formatDate('2025-05-22')).toBe('22 May 2025');
    expect(formatDate('2025-10')).toBe('October 2025');
    expect(formatDate('2025')).toBe('2025');
    expect(formatDate('2025-05', true)).toBe('about May 2025');
  });
});
