import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import { exportJsonText } from '../../src/io/export-json';
import { editEntity } from '../../src/workspace/commands/edit';
import { parseAliases } from '../../src/workspace/commands/entity-rules';
import { mergeEntities } from '../../src/workspace/commands/merge';
import { removeRelation } from '../../src/workspace/commands/remove-relation';
import { inWorkspaceOrder } from '../../src/workspace/order';
import { createWorkspace, type Workspace } from '../../src/workspace/workspace';

function curatedWorkspace(): Workspace {
  const dataset = DatasetSchema.parse(
    JSON.parse(readFileSync('graph-data/us-china-trade-talks.json', 'utf8')),
  );
  return createWorkspace(buildGraph(dataset));
}

/** What Export JSON writes, in workspace order. */
const exported = (ws: Workspace) => exportJsonText(inWorkspaceOrder(ws.graph, ws.order));

/** Some relation between two entities that are not the hubs, for the removal test. */
function someRelation(ws: Workspace): string {
  const edge = ws.graph.edges('he-lifeng')[0];
  if (!edge) throw new Error('He Lifeng has no relations in the curated dataset');
  return edge;
}

describe('workspace commands on the curated dataset: done, then undone, the export is identical', () => {
  const cases: Array<[string, (ws: Workspace) => void]> = [
    [
      'merge Scott Bessent into He Lifeng (two hubs with a relation between them)',
      (ws) => ws.run('merge', 'Merge', (tx) => mergeEntities(tx, 'scott-bessent', 'he-lifeng')),
    ],
    [
      'merge China into the United States (the two biggest hubs)',
      (ws) => ws.run('merge', 'Merge', (tx) => mergeEntities(tx, 'china', 'united-states')),
    ],
    [
      'merge an institution that people hold roles at (US Treasury into the State Department)',
      (ws) =>
        ws.run('merge', 'Merge', (tx) => mergeEntities(tx, 'us-treasury', 'us-state-department')),
    ],
    [
      'edit a label, the aliases and the description',
      (ws) =>
        ws.run('edit', 'Edit', (tx) =>
          editEntity(tx, 'xinhua', {
            label: 'Xinhua News Agency',
            aliases: ['Xinhua', 'New China News Agency'],
            description: 'China’s state news agency.',
          }),
        ),
    ],
    [
      'remove a relation',
      (ws) => ws.run('remove-relation', 'Remove', (tx) => removeRelation(tx, someRelation(ws))),
    ],
  ];

  for (const [name, act] of cases) {
    it(name, () => {
      const ws = curatedWorkspace();
      const before = exported(ws);
      act(ws);
      const after = exported(ws);
      expect(after).not.toBe(before);
      ws.undo();
      expect(exported(ws)).toBe(before);
      ws.redo();
      expect(exported(ws)).toBe(after);
      ws.undo();
      expect(exported(ws)).toBe(before);
    });
  }
});

describe('merging entities', () => {
  it('keeps the target’s id and label, adds the other’s label and aliases, re-points its relations', () => {
    const ws = curatedWorkspace();
    const { graph } = ws;
    const landau = graph.getNodeAttributes('christopher-landau');
    const maEdges = graph.edges('ma-zhaoxu').length;
    const landauEdges = graph.edges('christopher-landau');
    const between = graph.edges('ma-zhaoxu', 'christopher-landau').length;
    const result = ws.run('merge', 'Merge', (tx) =>
      mergeEntities(tx, 'christopher-landau', 'ma-zhaoxu'),
    );
    expect(result.ok).toBe(true);
    expect(graph.hasNode('christopher-landau')).toBe(false);
    const ma = graph.getNodeAttributes('ma-zhaoxu');
    expect(ma.label).toBe('Ma Zhaoxu');
    expect(ma.aliases).toContain(landau.label);
    for (const alias of landau.aliases) expect(ma.aliases).toContain(alias);
    // every relation of Landau's now belongs to Ma (united ones counted once)
    for (const edge of landauEdges) {
      if (graph.hasEdge(edge)) expect(graph.extremities(edge)).toContain('ma-zhaoxu');
    }
    expect(graph.edges('ma-zhaoxu').length).toBeGreaterThanOrEqual(maEdges);
    expect(graph.edges('ma-zhaoxu').length).toBeLessThanOrEqual(
      maEdges + landauEdges.length - between,
    );
  });

  it('unites relations that become the same by joining their evidence', () => {
    const graph = buildGraph({
      schemaVersion: 1,
      title: 't',
      sources: [
        { id: 's1', title: 'one', publisher: null, published: null, url: null },
        { id: 's2', title: 'two', publisher: null, published: null, url: null },
      ],
      entities: [
        { id: 'xinhua', label: 'Xinhua', kind: 'organization', aliases: [] },
        { id: 'xinhua-agency', label: 'Xinhua news agency', kind: 'organization', aliases: [] },
        { id: 'he', label: 'He Lifeng', kind: 'person', aliases: [] },
      ],
      relations: [
        {
          id: 'r1',
          source: 'he',
          target: 'xinhua',
          kind: 'statement',
          label: 'told',
          directed: true,
          date: '2025-05-12',
          evidence: [{ source: 's1', quote: 'He told Xinhua.' }],
        },
        {
          id: 'r2',
          source: 'he',
          target: 'xinhua-agency',
          kind: 'statement',
          label: 'told',
          directed: true,
          date: '2025-05-12',
          evidence: [{ source: 's2', quote: 'He told Xinhua news agency.' }],
        },
        {
          id: 'r3',
          source: 'he',
          target: 'xinhua-agency',
          kind: 'statement',
          label: 'told',
          directed: true,
          date: '2025-05-13',
          evidence: [{ source: 's2', quote: 'A day later, he told it again.' }],
        },
      ],
    });
    const ws = createWorkspace(graph);
    const before = exported(ws);
    ws.run('merge', 'Merge', (tx) => mergeEntities(tx, 'xinhua-agency', 'xinhua'));
    expect(graph.hasEdge('r2')).toBe(false);
    expect(graph.getEdgeAttribute('r1', 'evidence')).toEqual([
      { source: 's1', quote: 'He told Xinhua.' },
      { source: 's2', quote: 'He told Xinhua news agency.' },
    ]);
    // a different date is a different relation: re-pointed, not united
    expect(graph.extremities('r3')).toEqual(['he', 'xinhua']);
    expect(graph.getNodeAttribute('xinhua', 'aliases')).toEqual(['Xinhua news agency']);
    ws.undo();
    expect(exported(ws)).toBe(before);
  });

  it('refuses a merge into itself or into an entity that is gone, changing nothing', () => {
    const ws = curatedWorkspace();
    const before = exported(ws);
    const self = ws.run('merge', 'Merge', (tx) => mergeEntities(tx, 'xinhua', 'xinhua'));
    expect(self).toEqual({ ok: false, message: 'an entity cannot be merged into itself' });
    const gone = ws.run('merge', 'Merge', (tx) => mergeEntities(tx, 'xinhua', 'no-such-entity'));
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.message).toMatch(/no-such-entity/);
    expect(exported(ws)).toBe(before);
    expect(ws.canUndo()).toBe(false);
  });
});

describe('editing an entity', () => {
  const edit = (ws: Workspace, label: string, aliases: string[] = [], description = '') =>
    ws.run('edit', 'Edit', (tx) => editEntity(tx, 'xinhua', { label, aliases, description }));

  it('refuses what the dataset rules refuse: empty, too long, a label another entity has', () => {
    const ws = curatedWorkspace();
    expect(edit(ws, '   ')).toMatchObject({ ok: false, message: /label: must not be empty/ });
    expect(edit(ws, 'x'.repeat(201))).toMatchObject({ ok: false, message: /200 characters/ });
    expect(edit(ws, 'reuters')).toMatchObject({ ok: false, message: /already used by Reuters/ });
    expect(edit(ws, 'Xinhua', ['Scott Bessent'])).toMatchObject({
      ok: false,
      message: /alias “Scott Bessent” is the label of Scott Bessent/,
    });
    expect(ws.canUndo()).toBe(false);
  });

  it('removes the description when the box is emptied, and undo puts it back', () => {
    const ws = curatedWorkspace();
    const id = ws.graph.findNode((_n, a) => a.description !== undefined);
    if (!id) throw new Error('no entity with a description');
    const { label, aliases, description } = ws.graph.getNodeAttributes(id);
    ws.run('edit', 'Edit', (tx) => editEntity(tx, id, { label, aliases, description: '' }));
    expect(ws.graph.getNodeAttribute(id, 'description')).toBeUndefined();
    ws.undo();
    expect(ws.graph.getNodeAttribute(id, 'description')).toBe(description);
  });

  it('reads aliases one a line or separated by commas, without blanks or repeats', () => {
    expect(parseAliases('USTR,  Trade Representative\n\nustr; USTR office')).toEqual([
      'USTR',
      'Trade Representative',
      'USTR office',
    ]);
  });
});

describe('history', () => {
  it('drops the undone commands when a new one is done, and does nothing past either end', () => {
    const ws = curatedWorkspace();
    const label = (text: string) => (tx: Parameters<Parameters<Workspace['run']>[2]>[0]) =>
      editEntity(tx, 'xinhua', { label: text, aliases: [], description: '' });
    ws.run('edit', 'first', label('Xinhua 1'));
    ws.run('edit', 'second', label('Xinhua 2'));
    expect(ws.undo()?.label).toBe('second');
    ws.run('edit', 'third', label('Xinhua 3'));
    expect(ws.history().commands.map((c) => c.label)).toEqual(['first', 'third']);
    expect(ws.redo()).toBeNull();
    expect(ws.undo()?.label).toBe('third');
    expect(ws.undo()?.label).toBe('first');
    expect(ws.undo()).toBeNull();
    expect(ws.graph.getNodeAttribute('xinhua', 'label')).toBe('Xinhua');
  });

  it('a command that changes nothing is not recorded', () => {
    const ws = curatedWorkspace();
    const { label, aliases, description = '' } = ws.graph.getNodeAttributes('xinhua');
    const result = ws.run('edit', 'Edit', (tx) =>
      editEntity(tx, 'xinhua', { label, aliases, description }),
    );
    expect(result).toEqual({ ok: true, command: null });
    expect(ws.canUndo()).toBe(false);
  });

  it('a stored history replays onto the graph it started from: the same graph as live', () => {
    const ws = curatedWorkspace();
    ws.run('merge', 'Merge', (tx) => mergeEntities(tx, 'christopher-landau', 'ma-zhaoxu'));
    ws.run('remove-relation', 'Remove', (tx) => removeRelation(tx, someRelation(ws)));
    ws.run('edit', 'Edit', (tx) =>
      editEntity(tx, 'xinhua', { label: 'Xinhua News Agency', aliases: [], description: '' }),
    );
    ws.undo();
    const stored = JSON.parse(JSON.stringify(ws.history()));
    const fresh = curatedWorkspace();
    const replayed = createWorkspace(fresh.graph, { history: stored });
    expect(exported(replayed)).toBe(exported(ws));
    expect(replayed.canRedo()).toBe(true);
    replayed.redo();
    ws.redo();
    expect(exported(replayed)).toBe(exported(ws));
  });

  it('adopts another copy’s history: takes back what they do not share, applies the rest', () => {
    const a = curatedWorkspace();
    const b = curatedWorkspace();
    const shared = a.run('edit', 'shared', (tx) =>
      editEntity(tx, 'xinhua', { label: 'Xinhua A', aliases: [], description: '' }),
    );
    b.adopt(JSON.parse(JSON.stringify(a.history())), null);
    expect(exported(b)).toBe(exported(a));
    // each goes on its own way; b then adopts a's
    a.run('merge', 'a merges', (tx) => mergeEntities(tx, 'christopher-landau', 'ma-zhaoxu'));
    b.run('remove-relation', 'b removes', (tx) => removeRelation(tx, someRelation(b)));
    b.adopt(JSON.parse(JSON.stringify(a.history())), null);
    expect(exported(b)).toBe(exported(a));
    expect(b.history().commands.map((c) => c.label)).toEqual(['shared', 'a merges']);
    expect(shared.ok).toBe(true);
    // an undo in a, adopted by b
    a.undo();
    b.adopt(JSON.parse(JSON.stringify(a.history())), null);
    expect(exported(b)).toBe(exported(a));
    expect(b.canRedo()).toBe(true);
  });
});
