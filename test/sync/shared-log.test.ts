// Several people on one story: any interleaving of their changes converges to the same graph
// everywhere, nothing is dropped (a change that no longer applies is kept aside for its author),
// and each person's Undo takes back only their own changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createReplica } from '../../src/sync/replica';
import { readLog } from '../../src/sync/story-doc';
import { bindStory } from '../../src/sync/story-session';
import { graphFromBase } from '../../src/workspace/session';
import { createWorkspace } from '../../src/workspace/workspace';
import {
  canonical,
  edge,
  join,
  logIds,
  node,
  type Person,
  replayed,
  send,
  startingBase,
  story,
  syncAll,
} from './people';

const KEYS = ['a', 'b', 'c', 'd'] as const;

type Action =
  | { kind: 'add' | 'drop'; key: string }
  | { kind: 'label'; key: string; text: string }
  | { kind: 'link'; key: string; other: string }
  | { kind: 'unlink'; key: string }
  | { kind: 'undo' | 'redo' };

const key = fc.constantFrom(...KEYS);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constantFrom('add' as const, 'drop' as const), key }),
  fc.record({ kind: fc.constant('label' as const), key, text: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('link' as const), key, other: key }),
  fc.record({ kind: fc.constant('unlink' as const), key }),
  fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }),
);

/** One step of the schedule: someone acts, or the network carries one person's changes to another. */
type Step = { who: 0 | 1 | 2; action: Action } | { from: 0 | 1 | 2; to: 0 | 1 | 2 };
const who = fc.constantFrom(0 as const, 1 as const, 2 as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ who, action }) },
  { weight: 1, arbitrary: fc.record({ from: who, to: who }) },
);

let edgeCount = 0;
/** Does the action in the person's workspace, as the explorer's commands do; returns the command id. */
function act(person: Person, a: Action): string | null {
  const { workspace, session } = person;
  const graph = workspace.graph;
  if (!('key' in a)) {
    const result = a.kind === 'redo' ? session.redo() : session.undo();
    return result?.ok && result.command ? result.command.id : null;
  }
  const key = a.key;
  const result = workspace.run('edit', `${a.kind} ${key}`, (tx) => {
    if (a.kind === 'add' && !graph.hasNode(a.key)) tx.addNode(a.key, node(a.key));
    if (a.kind === 'label' && graph.hasNode(a.key)) tx.setNode(a.key, { label: a.text });
    if (a.kind === 'drop' && graph.hasNode(a.key)) {
      for (const e of graph.edges(a.key)) tx.dropEdge(e);
      tx.dropNode(a.key);
    }
    if (a.kind === 'link' && graph.hasNode(a.key) && graph.hasNode(a.other)) {
      edgeCount += 1;
      tx.addEdge(`e-${person.name}-${edgeCount}`, a.key, a.other, false, edge());
    }
    if (a.kind === 'unlink' && graph.hasNode(a.key)) {
      const first = graph.edges(a.key)[0];
      if (first) tx.dropEdge(first);
    }
    return { ok: true };
  });
  return result.ok && result.command ? result.command.id : null;
}

describe('a shared story converges', () => {
  it('for any interleaving of three people’s changes and deliveries, every copy shows the same graph, and nothing is lost', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const base = startingBase();
        const people = story(['ann', 'ben', 'cy'], base);
        const done: string[] = [];
        for (const s of steps) {
          if ('who' in s) {
            const id = act(people[s.who] as Person, s.action);
            if (id) done.push(id);
          } else if (s.from !== s.to) send(people[s.from] as Person, people[s.to] as Person);
        }
        syncAll(people);
        const [ann, ben, cy] = people as [Person, Person, Person];
        expect(logIds(ben)).toEqual(logIds(ann));
        expect(logIds(cy)).toEqual(logIds(ann));
        const expected = canonical(ann);
        expect(canonical(ben)).toEqual(expected);
        expect(canonical(cy)).toEqual(expected);
        expect(canonical(ann.replica)).toEqual(expected);
        expect(canonical(replayed(ann, base))).toEqual(expected);
        // every change anyone did is in the log, applied or kept aside for its author
        for (const id of done) expect(logIds(ann)).toContain(id);
        const applied = ann.replica.applied().length;
        expect(applied + ann.replica.setAside().length).toBe(readLog(ann.doc).entries.length);
        for (const person of people)
          for (const aside of person.session.setAside())
            expect(aside.entry.author.name).toBe(person.name);
        // the workspace history is the applied log, in the same order everywhere
        expect(ann.workspace.history().commands.map((c) => c.id)).toEqual(
          ben.workspace.history().commands.map((c) => c.id),
        );
      }),
      {
        numRuns: Number(process.env.RUNS ?? 120),
        seed: process.env.SEED ? Number(process.env.SEED) : undefined,
      },
    );
  }, 60_000);
});

describe('changes made at the same moment', () => {
  it('converges when an entity is edited, related and deleted at once by three people (found by the property)', () => {
    for (let run = 0; run < 10; run++) {
      const people = story(['ann', 'ben', 'cy']);
      const [ann, ben, cy] = people as [Person, Person, Person];
      act(ann, { kind: 'label', key: 'c', text: ' o' });
      act(ben, { kind: 'link', key: 'c', other: 'a' });
      act(cy, { kind: 'drop', key: 'c' });
      send(cy, ann);
      send(ben, cy);
      syncAll(people);
      expect(canonical(ben)).toEqual(canonical(ann));
      expect(canonical(cy)).toEqual(canonical(ann));
    }
  });

  it('keeps both edits to different entities', () => {
    const [ann, ben] = story(['ann', 'ben']) as [Person, Person];
    act(ann, { kind: 'label', key: 'a', text: 'Ann’s A' });
    act(ben, { kind: 'label', key: 'b', text: 'Ben’s B' });
    syncAll([ann, ben]);
    for (const person of [ann, ben]) {
      expect(person.workspace.graph.getNodeAttribute('a', 'label')).toBe('Ann’s A');
      expect(person.workspace.graph.getNodeAttribute('b', 'label')).toBe('Ben’s B');
    }
  });

  it('an edit that comes after a concurrent delete is kept aside for its author, with the reason', () => {
    // whichever order Yjs picks, one of the two orders must set the edit aside; try both
    let seenAside = false;
    for (let run = 0; run < 20 && !seenAside; run++) {
      const [carl, dee] = story(['carl', 'dee']) as [Person, Person];
      act(carl, { kind: 'drop', key: 'c' });
      act(dee, { kind: 'label', key: 'c', text: 'Dee’s C' });
      syncAll([carl, dee]);
      expect(canonical(carl)).toEqual(canonical(dee));
      const aside = dee.session.setAside();
      if (aside.length > 0) {
        seenAside = true;
        expect(aside[0]?.entry.command.label).toBe('label c');
        expect(aside[0]?.reason).toMatch(/c/);
        expect(carl.session.setAside()).toEqual([]);
        expect(carl.workspace.graph.hasNode('c')).toBe(false);
      }
    }
    expect(seenAside).toBe(true);
  });
});

describe('per-person undo', () => {
  it('takes back only my own change, not the other person’s later one', () => {
    const [ann, ben] = story(['ann', 'ben']) as [Person, Person];
    act(ann, { kind: 'label', key: 'a', text: 'Ann’s A' });
    syncAll([ann, ben]);
    act(ben, { kind: 'label', key: 'b', text: 'Ben’s B' });
    syncAll([ann, ben]);
    expect(ann.session.undoable()?.label).toBe('label a');
    ann.session.undo();
    syncAll([ann, ben]);
    for (const person of [ann, ben]) {
      expect(person.workspace.graph.getNodeAttribute('a', 'label')).toBe('A');
      expect(person.workspace.graph.getNodeAttribute('b', 'label')).toBe('Ben’s B');
    }
    expect(ann.session.undoable()).toBeNull();
    expect(ben.session.undoable()?.label).toBe('label b');
    ann.session.redo();
    syncAll([ann, ben]);
    expect(ben.workspace.graph.getNodeAttribute('a', 'label')).toBe('Ann’s A');
  });

  it('leaves a value someone else set since as they set it', () => {
    const [ann, ben] = story(['ann', 'ben']) as [Person, Person];
    act(ann, { kind: 'label', key: 'a', text: 'Ann’s A' });
    syncAll([ann, ben]);
    act(ben, { kind: 'label', key: 'a', text: 'Ben’s A' });
    syncAll([ann, ben]);
    ann.session.undo();
    syncAll([ann, ben]);
    expect(ben.workspace.graph.getNodeAttribute('a', 'label')).toBe('Ben’s A');
    expect(ann.session.undoable()).toBeNull();
  });

  it('refuses, with a reason, to take back an entity someone has related since', () => {
    const [ann, ben] = story(['ann', 'ben']) as [Person, Person];
    act(ann, { kind: 'add', key: 'd' });
    syncAll([ann, ben]);
    act(ben, { kind: 'link', key: 'd', other: 'a' });
    syncAll([ann, ben]);
    const result = ann.session.undo();
    expect(result).toMatchObject({ ok: false });
    if (result && !result.ok) expect(result.message).toMatch(/"add d" cannot be taken back/);
    expect(ann.workspace.graph.hasNode('d')).toBe(true);
  });

  it('the workspace’s own Undo button acts on this person’s change only', async () => {
    const [ann, ben] = story(['ann', 'ben']) as [Person, Person];
    act(ann, { kind: 'label', key: 'a', text: 'Ann’s A' });
    syncAll([ann, ben]);
    act(ben, { kind: 'label', key: 'b', text: 'Ben’s B' });
    syncAll([ann, ben]);
    ann.workspace.undo(); // would take back Ben's change, the last in the history
    await Promise.resolve();
    syncAll([ann, ben]);
    expect(ben.workspace.graph.getNodeAttribute('b', 'label')).toBe('Ben’s B');
    expect(ben.workspace.graph.getNodeAttribute('a', 'label')).toBe('A');
    expect(ann.session.authorOf(ben.workspace.history().commands[1]?.id ?? '')?.name).toBe('ben');
  });
});

describe('changes made offline, or before sharing', () => {
  it('sends a workspace’s own commands the log lacks when the session resumes', () => {
    const base = startingBase();
    const [ann, ben] = story(['ann', 'ben'], base) as [Person, Person];
    act(ann, { kind: 'label', key: 'a', text: 'seen by all' });
    syncAll([ann, ben]);
    // Ben edits offline; his tab closes; his saved workspace has the edit, the server does not
    act(ben, { kind: 'label', key: 'b', text: 'made offline' });
    const saved = ben.workspace.history();
    const restored = createWorkspace(graphFromBase(base), { history: saved });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(ann.doc)); // what the server has
    bindStory({
      doc,
      workspace: restored,
      replica: createReplica(graphFromBase(base)),
      author: { id: 'id-ben', name: 'ben' },
      resume: true,
    });
    Y.applyUpdate(ann.doc, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(ann.doc)));
    expect(ann.workspace.graph.getNodeAttribute('b', 'label')).toBe('made offline');
    expect(ann.workspace.graph.getNodeAttribute('a', 'label')).toBe('seen by all');
    expect(readLog(ann.doc).entries).toHaveLength(2);
  });
});

describe('two tabs of one browser on a shared story', () => {
  it('a tab whose history is overwritten by the other tab’s saved one gets its change back from the log', async () => {
    const [tabOne, tabTwo] = story(['same-person', 'same-person-too']) as [Person, Person];
    act(tabOne, { kind: 'label', key: 'a', text: 'made in tab one' });
    act(tabTwo, { kind: 'label', key: 'b', text: 'made in tab two' });
    // tab sync adopts tab two's stored history in tab one: tab one's change is taken back there
    tabOne.workspace.adopt(tabTwo.workspace.history(), null);
    expect(tabOne.workspace.graph.getNodeAttribute('a', 'label')).toBe('A');
    await Promise.resolve();
    expect(tabOne.workspace.graph.getNodeAttribute('a', 'label')).toBe('made in tab one');
    syncAll([tabOne, tabTwo]);
    for (const tab of [tabOne, tabTwo]) {
      expect(tab.workspace.graph.getNodeAttribute('a', 'label')).toBe('made in tab one');
      expect(tab.workspace.graph.getNodeAttribute('b', 'label')).toBe('made in tab two');
    }
  });
});

describe('a read-only link', () => {
  it('takes a change made here back at once, sends nothing and offers no Undo', async () => {
    const base = startingBase();
    const [ann] = story(['ann'], base) as [Person];
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(ann.doc));
    const rita = join('rita', doc, base, true);
    const { workspace, session } = rita;
    expect(session.readOnly).toBe(true);
    act(rita, { kind: 'label', key: 'a', text: 'sneaked in' });
    await Promise.resolve();
    expect(workspace.graph.getNodeAttribute('a', 'label')).toBe('A');
    expect(workspace.history().commands).toEqual([]);
    expect(readLog(doc).entries).toEqual([]);
    expect(session.refused().map((command) => command.label)).toEqual(['label a']);
    // the others' changes still arrive, and none of them is this person's to undo
    act(ann, { kind: 'label', key: 'b', text: 'Ann’s B' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(ann.doc, Y.encodeStateVector(doc)));
    expect(workspace.graph.getNodeAttribute('b', 'label')).toBe('Ann’s B');
    expect(session.undoable()).toBeNull();
    expect(session.undo()).toBeNull();
    workspace.undo(); // the workspace's own Undo (Ctrl+Z) would take back Ann's change
    await Promise.resolve();
    expect(workspace.graph.getNodeAttribute('b', 'label')).toBe('Ann’s B');
    expect(readLog(doc).entries).toHaveLength(1);
  });
});
