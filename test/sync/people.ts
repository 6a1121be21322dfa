// Test helpers: people working on one shared story, each with a Yjs document, a workspace and a
// replica, exchanging the document's updates only when the test says so (a network that can lag).
import { MultiGraph } from 'graphology';
import * as Y from 'yjs';
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../../src/graph/types';
import { createReplica, type Replica } from '../../src/sync/replica';
import { readLog, writeStoryStart } from '../../src/sync/story-doc';
import { bindStory, type StorySession } from '../../src/sync/story-session';
import type { WorkspaceBase } from '../../src/workspace/record';
import { graphFromBase } from '../../src/workspace/session';
import { createWorkspace, type Workspace } from '../../src/workspace/workspace';

export type Person = {
  name: string;
  doc: Y.Doc;
  workspace: Workspace;
  replica: Replica;
  session: StorySession;
};

export const node = (label: string): NodeAttributes => ({
  label,
  kind: 'person',
  aliases: [],
  x: 0,
  y: 0,
  size: 5,
  color: '#888',
});

export const edge = (kind = 'met'): EdgeAttributes => ({ kind, label: kind, evidence: [] });

export function startingBase(keys: readonly string[] = ['a', 'b', 'c']): WorkspaceBase {
  const graph: ParleyGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  graph.replaceAttributes({ title: 'A small story', schemaVersion: 1, sources: [] });
  for (const key of keys) graph.addNode(key, node(key.toUpperCase()));
  if (keys.length >= 2)
    graph.addUndirectedEdgeWithKey('e0', keys[0] as string, keys[1] as string, edge());
  const exported = graph.export();
  return { format: 1, id: 'ws-test', graph: exported as unknown as WorkspaceBase['graph'] };
}

/** A person who opens the story from its document (the graph it started from, then the log);
 * `readOnly`: from a read-only link. */
export function join(name: string, doc: Y.Doc, base: WorkspaceBase, readOnly = false): Person {
  const workspace = createWorkspace(graphFromBase(base));
  const replica = createReplica(graphFromBase(base));
  const author = { id: `id-${name}`, name };
  const session = bindStory({ doc, workspace, replica, author, readOnly });
  return { name, doc, workspace, replica, session };
}

/** A story shared by its first person, and the others who join it, all in step. */
export function story(names: readonly string[], base = startingBase()): Person[] {
  const first = new Y.Doc();
  writeStoryStart(first, base, 'A small story');
  return names.map((name, i) => {
    const doc = i === 0 ? first : new Y.Doc();
    if (i > 0) Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
    return join(name, doc, base);
  });
}

/** Sends what `from` has that `to` lacks. */
export function send(from: Person, to: Person) {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)));
}

export function syncAll(people: readonly Person[]) {
  for (const a of people) for (const b of people) if (a !== b) send(a, b);
}

/** The graph as plain, ordered data: the same for two copies that show the same story. */
export function canonical(copy: Person | Replica) {
  const { graph, order } = 'workspace' in copy ? copy.workspace : copy;
  const nodes = graph
    .nodes()
    .sort()
    .map((key) => [key, order.nodeRank(key), graph.getNodeAttributes(key)]);
  const edges = graph
    .edges()
    .sort()
    .map((key) => [key, order.edgeRank(key), graph.extremities(key), graph.getEdgeAttributes(key)]);
  return { attributes: graph.getAttributes(), nodes, edges };
}

export const logIds = (person: Person) => readLog(person.doc).entries.map((e) => e.command.id);

/** A fresh copy replaying the log from the start: what anyone opening the story now would see. */
export function replayed(person: Person, base: WorkspaceBase) {
  const replica = createReplica(graphFromBase(base));
  replica.sync(readLog(person.doc).entries);
  return replica;
}
