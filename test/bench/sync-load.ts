// A bounded load bench for the sync server (loopback only, stops by itself): a 10k-entity story,
// 20 clients each making 200 edits at once. Prints the first-sync time of the 10k story, the time
// until every client holds every edit, and the server's memory (resident set of its process).
// Two of the clients are full sessions (workspace + replica) whose graphs must come out equal.
//   npx tsx test/bench/sync-load.ts [--clients 20 --edits 200 --entities 10000 --port 4470]
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { buildGraph } from '../../src/graph/build-graph';
import { createReplica } from '../../src/sync/replica';
import { type LogEntry, logOf, readStoryStart, writeStoryStart } from '../../src/sync/story-doc';
import { bindStory } from '../../src/sync/story-session';
import type { GraphOp } from '../../src/workspace/ops';
import type { WorkspaceBase } from '../../src/workspace/record';
import { graphFromBase } from '../../src/workspace/session';
import { createWorkspace } from '../../src/workspace/workspace';
import { connect, createStory, type TestClient, waitFor } from '../server/clients';
import { makeBenchDataset } from './datasets';
import { median } from './stats';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    edits: { type: 'string', default: '200' },
    entities: { type: 'string', default: '10000' },
    port: { type: 'string', default: '4470' },
    'time-limit': { type: 'string', default: '300' },
  },
});
const CLIENTS = Number(values.clients);
const EDITS = Number(values.edits);
const ENTITIES = Number(values.entities);
const PORT = Number(values.port);

const now = () => performance.now();
const t0 = now();
const progress = (what: string) => console.error(`[${((now() - t0) / 1000).toFixed(1)} s] ${what}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

async function startServer(dataDir: string): Promise<ChildProcess> {
  const args = [
    '--import',
    'tsx',
    'src/server/serve.ts',
    '--port',
    String(PORT),
    '--data',
    dataDir,
    '--dist',
    '/nonexistent',
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (data: Buffer) => {
      if (data.toString().includes('sync server at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
  return child;
}

function labelEdit(base: WorkspaceBase, client: number, n: number): GraphOp {
  const nodes = base.graph.nodes;
  const node = nodes[(client * 7919 + n * 104729) % nodes.length] as (typeof nodes)[number];
  const keys = Object.keys(node.attributes);
  return {
    op: 'setNode',
    key: node.key,
    names: ['description'],
    before: {},
    after: { description: `edit ${n} by client ${client}` },
    keysBefore: keys.filter((k) => k !== 'description'),
    keysAfter: [...keys.filter((k) => k !== 'description'), 'description'],
  };
}

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-sync-bench-'));
  const server = await startServer(dataDir);
  const timer = setTimeout(() => {
    console.error(`sync-load: stopped after ${values['time-limit']} s without converging`);
    server.kill('SIGKILL');
    process.exit(1);
  }, Number(values['time-limit']) * 1000);
  const pid = server.pid ?? 0;
  const url = `http://127.0.0.1:${PORT}`;
  const wsUrl = url.replace('http', 'ws');
  const clients: TestClient[] = [];
  try {
    const rssIdle = await rssOf(pid);
    const graph = buildGraph(makeBenchDataset(ENTITIES).dataset);
    const base = { format: 1, id: 'ws-bench', graph: graph.export() } as unknown as WorkspaceBase;
    const story = await createStory(url, 'Bench story');
    const sharer = connect(wsUrl, story.id, story.editToken);
    clients.push(sharer);
    await waitFor('the sharer synced', () => sharer.provider.isSynced, 30_000);
    progress('sharer connected; uploading the story');
    const shareStart = now();
    writeStoryStart(sharer.doc, base, 'Bench story');
    await waitFor('the story uploaded', () => sharer.provider.unsyncedChanges === 0, 60_000);
    const shareMs = now() - shareStart;
    const storyBytes = Y.encodeStateAsUpdate(sharer.doc).byteLength;

    progress('story uploaded');
    // first sync of the 10k story, three times: until the provider is synced, then until a
    // workspace is open on it (its start read and checked, the graph built); and where that time
    // goes: the server's answer arriving (authenticated to the story's one big message), Yjs
    // applying it (that message to synced), reading the start (JSON.parse and the schema check),
    // building the graphs (a page builds two: its workspace's and its replica's)
    const firstSync: number[] = [];
    const openMs: number[] = [];
    const phases = {
      answer: [] as number[],
      apply: [] as number[],
      read: [] as number[],
      build: [] as number[],
    };
    for (let i = 0; i < 3; i++) {
      const start = now();
      const reader = connect(wsUrl, story.id, story.readToken);
      let authenticated = start;
      let arrived = start;
      let synced = start;
      let biggest = 0;
      reader.provider.on('authenticated', () => {
        authenticated = now();
      });
      reader.provider.on('message', ({ event }: { event: MessageEvent }) => {
        const size = (event.data as ArrayBuffer).byteLength;
        if (size > biggest) [biggest, arrived] = [size, now()];
      });
      reader.provider.on('synced', () => {
        synced = now();
      });
      await waitFor('a reader synced', () => reader.provider.isSynced, 120_000);
      firstSync.push(synced - start);
      phases.answer.push(arrived - authenticated);
      phases.apply.push(synced - arrived);
      const readStart = now();
      const read = readStoryStart(reader.doc);
      if (!read?.ok) throw new Error('the story start did not arrive whole');
      phases.read.push(now() - readStart);
      const buildStart = now();
      createWorkspace(graphFromBase(read.base));
      createReplica(graphFromBase(read.base));
      phases.build.push(now() - buildStart);
      openMs.push(now() - start);
      reader.close();
    }
    progress('first syncs measured; connecting the editors');
    // the editors: two full sessions, the rest plain documents appending command records
    const editors: TestClient[] = [];
    for (let i = 0; i < CLIENTS; i++) editors.push(connect(wsUrl, story.id, story.editToken));
    clients.push(...editors);
    await waitFor('every editor synced', () => editors.every((c) => c.provider.isSynced), 300_000);
    progress('editors synced; opening two full sessions');
    const sessions = editors.slice(0, 2).map((client, i) => {
      const workspace = createWorkspace(graphFromBase(base));
      const replica = createReplica(graphFromBase(base));
      return {
        workspace,
        replica,
        session: bindStory({
          doc: client.doc,
          workspace,
          replica,
          author: { id: `full-${i}`, name: `full ${i}` },
        }),
      };
    });
    const rssLoaded = await rssOf(pid);
    const editStart = now();
    let n = 0;
    await Promise.all(
      editors.map(async (client, c) => {
        for (let e = 0; e < EDITS; e++) {
          const entry: LogEntry = {
            command: {
              id: `c${c}-e${e}`,
              name: 'edit',
              label: `Edit ${e}`,
              at: new Date().toISOString(),
              ops: [labelEdit(base, c, e)],
            },
            author: { id: `client-${c}`, name: `client ${c}` },
          };
          logOf(client.doc).push([entry]);
          n += 1;
          if (e % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 1));
        }
      }),
    );
    progress('edits sent; waiting for every client');
    const sentMs = now() - editStart;
    const total = CLIENTS * EDITS;
    await waitFor(
      'every client holding every edit',
      () => editors.every((c) => logOf(c.doc).length === total),
      240_000,
    );
    const convergeMs = now() - editStart;
    const rssPeak = await rssOf(pid);
    const first = JSON.stringify(
      logOf(editors[0]?.doc ?? new Y.Doc())
        .toJSON()
        .map((e: LogEntry) => e.command.id),
    );
    const sameOrder = editors.every(
      (c) =>
        JSON.stringify(
          logOf(c.doc)
            .toJSON()
            .map((e: LogEntry) => e.command.id),
        ) === first,
    );
    const [a, b] = sessions;
    const sameGraph =
      !!a &&
      !!b &&
      JSON.stringify(a.workspace.graph.export()) === JSON.stringify(b.workspace.graph.export()) &&
      a.workspace.history().commands.length === total;
    console.log(
      `Sync load bench: ${CLIENTS} clients × ${EDITS} edits on a ${ENTITIES.toLocaleString('en-US')}-entity story (loopback, ${n} edits sent)`,
    );
    console.log(`| figure | value |\n| --- | --- |`);
    console.log(`| story state (Yjs update) | ${mib(storyBytes)} |`);
    console.log(`| sharing it (upload until the server acknowledged) | ${secs(shareMs)} |`);
    console.log(`| first sync of the story, median of 3 | ${secs(median(firstSync))} |`);
    console.log(
      `| first sync and a workspace opened on it, median of 3 | ${secs(median(openMs))} |`,
    );
    console.log(
      `| of which: the server's answer arriving / Yjs applying it / reading the start / building the two graphs | ${secs(median(phases.answer))} / ${secs(median(phases.apply))} / ${secs(median(phases.read))} / ${secs(median(phases.build))} |`,
    );
    console.log(`| all ${total} edits sent | ${secs(sentMs)} |`);
    console.log(`| every client holds every edit (from the first edit) | ${secs(convergeMs)} |`);
    console.log(`| same log order at every client | ${sameOrder ? 'yes' : 'NO'} |`);
    console.log(
      `| two full sessions: same graph, all ${total} commands applied | ${sameGraph ? 'yes' : 'NO'} |`,
    );
    console.log(
      `| server memory (RSS): idle / story loaded, ${CLIENTS} clients / after the edits | ${mib(rssIdle)} / ${mib(rssLoaded)} / ${mib(rssPeak)} |`,
    );
    if (!sameOrder || !sameGraph) process.exitCode = 1;
  } finally {
    for (const client of clients) client.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
    clearTimeout(timer);
  }
}

main()
  .then(() => process.exit())
  .catch((error: unknown) => {
    console.error(`sync-load: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
