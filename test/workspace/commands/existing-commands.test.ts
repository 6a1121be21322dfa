import { describe, expect, it } from 'vitest';
import { ACCEPT } from '../../../src/workspace/commands/accept';
import { ACCEPT_ALL, type AcceptAllReport } from '../../../src/workspace/commands/accept-all';
import { inverse, runCommand } from '../../../src/workspace/commands/command';
import { EDIT } from '../../../src/workspace/commands/edit';
import { MERGE } from '../../../src/workspace/commands/merge';
import { REJECT } from '../../../src/workspace/commands/reject';
import { REMOVE_RELATION } from '../../../src/workspace/commands/remove-relation';
import { invertOps } from '../../../src/workspace/ops';
import type { Workspace } from '../../../src/workspace/workspace';
import { curatedWorkspace, exported, reviewingWorkspace } from './fixtures';

/** Done, undone, redone, undone: the export after each is what it was. */
function roundTrip(ws: Workspace, act: (ws: Workspace) => { ok: boolean }) {
  const before = exported(ws);
  const reviewBefore = JSON.stringify(ws.review());
  const result = act(ws);
  expect(result.ok).toBe(true);
  const after = exported(ws);
  const reviewAfter = JSON.stringify(ws.review());
  expect(after === before && reviewAfter === reviewBefore).toBe(false);
  ws.undo();
  expect(exported(ws)).toBe(before);
  expect(JSON.stringify(ws.review())).toBe(reviewBefore);
  ws.redo();
  expect(exported(ws)).toBe(after);
  expect(JSON.stringify(ws.review())).toBe(reviewAfter);
  ws.undo();
  expect(exported(ws)).toBe(before);
}

describe('the commands people had before, in their one shape', () => {
  const cases: Array<[string, () => Workspace, (ws: Workspace) => { ok: boolean }]> = [
    [
      'edit',
      curatedWorkspace,
      (ws) =>
        runCommand(ws, EDIT, {
          id: 'xinhua',
          edit: { label: 'Xinhua News Agency', aliases: ['Xinhua'], description: 'A news agency.' },
        }),
    ],
    [
      'merge',
      curatedWorkspace,
      (ws) => runCommand(ws, MERGE, { from: 'china', into: 'united-states' }),
    ],
    [
      'remove relation',
      curatedWorkspace,
      (ws) => runCommand(ws, REMOVE_RELATION, { edge: ws.graph.edges('he-lifeng')[0] as string }),
    ],
    [
      'accept a relation (and the new entity it needs)',
      reviewingWorkspace,
      (ws) => runCommand(ws, ACCEPT, { ref: { type: 'relation', index: 0 } }),
    ],
    [
      'reject a proposed entity (and the relations that need it)',
      reviewingWorkspace,
      (ws) => runCommand(ws, REJECT, { ref: { type: 'entity', index: 0 } }),
    ],
    ['accept all remaining', reviewingWorkspace, (ws) => runCommand(ws, ACCEPT_ALL, {})],
  ];
  for (const [name, open, act] of cases)
    it(`${name}: done, undone and redone, the export is identical`, () => roundTrip(open(), act));

  it('records a name and a History line, and its inverse is its ops inverted', () => {
    const ws = curatedWorkspace();
    const result = runCommand(ws, MERGE, { from: 'china', into: 'united-states' });
    if (!result.ok || !result.command) throw new Error('the merge was refused');
    expect(result.command.name).toBe('merge');
    expect(result.command.label).toBe('Merge China into United States');
    expect(inverse(result.command)).toEqual(invertOps(result.command.ops));
  });

  it('gives the same ops for the same command on the same graph (what a sync relies on)', () => {
    const ops = () => {
      const ws = curatedWorkspace();
      const result = runCommand(ws, MERGE, { from: 'us-treasury', into: 'us-state-department' });
      return result.ok ? result.command?.ops : null;
    };
    expect(ops()).toEqual(ops());
  });

  it('refuses, with a message and nothing changed', () => {
    const ws = curatedWorkspace();
    const before = exported(ws);
    const refusals = [
      runCommand(ws, MERGE, { from: 'china', into: 'china' }),
      runCommand(ws, MERGE, { from: 'no-such-entity', into: 'china' }),
      runCommand(ws, EDIT, {
        id: 'xinhua',
        edit: { label: 'China', aliases: [], description: '' },
      }),
      runCommand(ws, REMOVE_RELATION, { edge: 'no-such-relation' }),
      runCommand(ws, ACCEPT, { ref: { type: 'relation', index: 0 } }),
    ];
    expect(refusals.map((r) => (r.ok ? 'done' : r.message))).toEqual([
      'an entity cannot be merged into itself',
      'there is no entity “no-such-entity” in this graph any more',
      'the label “China” is already used by China',
      'there is no relation “no-such-relation” any more',
      'the review was closed',
    ]);
    expect(exported(ws)).toBe(before);
    expect(ws.history().commands).toHaveLength(0);
  });

  it('says what Accept all added', () => {
    const ws = reviewingWorkspace();
    const report: AcceptAllReport = { added: 0, problems: [] };
    expect(runCommand(ws, ACCEPT_ALL, { report }).ok).toBe(true);
    expect(report).toEqual({ added: 3, problems: [] });
    expect(runCommand(ws, ACCEPT_ALL, {})).toEqual({
      ok: false,
      message: 'no proposal is waiting',
    });
  });
});
