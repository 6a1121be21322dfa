// The sync server: Hocuspocus (the Yjs collaboration server) with Parley's story store, access
// tokens and limits, a small HTTP API to start and stop sharing a story, and the built explorer
// served beside it. Several instances share their stories through Redis (Hocuspocus's own
// scale-out) when `redis` is given.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { type Extension, Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { z } from 'zod';
import { malformedChange } from './check-message';
import { SYNC_LIMITS, type SyncLimits, storySizeProblem } from './limits';
import { serveStatic } from './static-files';
import { createFileStore, STORY_FORMAT, type StoryStore } from './story-store';
import { hashTokens, newStoryId, newStoryTokens, type Role, roleOf, STORY_ID } from './tokens';

export type SyncServerOptions = {
  port: number;
  /** Loopback unless told otherwise. */
  host?: string;
  dataDir: string;
  /** The built explorer to serve at `/`; none when absent. */
  distDir?: string;
  redis?: { host: string; port: number };
  limits?: SyncLimits;
  /** Milliseconds a change waits before the story is written to the store (Hocuspocus's debounce). */
  storeDelayMs?: number;
};

export type SyncServer = {
  readonly url: string;
  readonly port: number;
  readonly store: StoryStore;
  close(): Promise<void>;
};

/** Why a connection or a message was refused: the reason travels to the client. */
export class Refusal extends Error {
  readonly reason: string;
  readonly code = 4403;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

type Context = { role: Role };

const CreateBody = z.object({ title: z.string().max(500).default('Shared story') });

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function bearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : '';
}

/** The story API: POST /api/stories starts sharing, DELETE /api/stories/<id> stops it. */
async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  store: StoryStore,
  limits: SyncLimits,
  stopped: (id: string) => void,
) {
  const path = (request.url ?? '').split('?')[0] ?? '';
  if (path === '/api/stories' && request.method === 'POST') {
    const text = await readBody(request, limits.maxRequestBytes);
    if (text === null)
      return sendJson(response, 413, {
        error: `the request is over ${limits.maxRequestBytes} bytes`,
      });
    let json: unknown = {};
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      return sendJson(response, 400, { error: 'the request body is not JSON' });
    }
    const body = CreateBody.safeParse(json);
    if (!body.success)
      return sendJson(response, 400, {
        error: 'the story title is not text of up to 500 characters',
      });
    if ((await store.count()) >= limits.maxStories)
      return sendJson(response, 507, {
        error: `this server keeps at most ${limits.maxStories} stories`,
      });
    const id = newStoryId();
    const tokens = newStoryTokens();
    await store.writeMeta({
      format: STORY_FORMAT,
      id,
      title: body.data.title,
      createdAt: new Date().toISOString(),
      tokens: hashTokens(tokens),
    });
    return sendJson(response, 201, { id, editToken: tokens.edit, readToken: tokens.read });
  }
  const match = /^\/api\/stories\/([^/]+)$/.exec(path);
  if (match && request.method === 'DELETE') {
    const id = match[1] ?? '';
    const meta = await store.readMeta(id);
    if (!meta) return sendJson(response, 404, { error: 'there is no such story' });
    if (roleOf(meta.tokens, bearer(request)) !== 'edit')
      return sendJson(response, 403, { error: 'only an edit link can stop sharing' });
    await store.remove(id);
    stopped(id);
    response.writeHead(204);
    return response.end();
  }
  sendJson(response, 404, { error: `no API at ${request.method} ${path}` });
}

function accessExtension(store: StoryStore, limits: SyncLimits): Extension {
  const sizes = new Map<string, number>();
  return {
    extensionName: 'parley-access',
    async onAuthenticate({ documentName, token, connectionConfig }) {
      if (!STORY_ID.test(documentName))
        throw new Refusal(`"${documentName.slice(0, 60)}" is not a story id`);
      const meta = await store.readMeta(documentName);
      if (!meta)
        throw new Refusal('there is no such story (it was never shared, or sharing stopped)');
      const role = roleOf(meta.tokens, token);
      if (!role) throw new Refusal('the link is wrong or no longer valid');
      connectionConfig.readOnly = role === 'read';
      return { role } satisfies Context;
    },
    async afterLoadDocument({ documentName, document }) {
      sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
    },
    async beforeHandleMessage({ documentName, update, connection }) {
      if (connection.readOnly) return;
      const problem = storySizeProblem(sizes.get(documentName) ?? 0, update.byteLength, limits);
      if (problem) throw new Refusal(`Refused: ${problem}`);
      const malformed = malformedChange(update);
      if (malformed) throw new Refusal(`Refused: ${malformed}`);
    },
    async onChange({ documentName, update }) {
      sizes.set(documentName, (sizes.get(documentName) ?? 0) + update.byteLength);
    },
    async afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
    },
  };
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const limits = options.limits ?? SYNC_LIMITS;
  const store = await createFileStore(options.dataDir);
  const extensions: Extension[] = [
    accessExtension(store, limits),
    new Database({
      fetch: async ({ documentName }) => store.readState(documentName),
      // a story whose sharing stopped is not written back by a late save
      store: async ({ documentName, state }) => {
        if (await store.readMeta(documentName)) await store.writeState(documentName, state);
      },
    }),
  ];
  if (options.redis)
    extensions.push(new Redis({ host: options.redis.host, port: options.redis.port }));
  let server: Server | null = null;
  const httpExtension: Extension = {
    extensionName: 'parley-http',
    async onRequest({ request, response }) {
      if ((request.url ?? '').startsWith('/api/')) {
        await handleApi(request, response, store, limits, (id) =>
          server?.hocuspocus.closeConnections(id),
        );
      } else if (!(options.distDir && (await serveStatic(options.distDir, request, response)))) {
        sendJson(response, 404, { error: 'not found' });
      }
      // the response is written: no later hook, nor Hocuspocus's own answer
      throw null;
    },
  };
  extensions.push(httpExtension);
  server = new Server({
    port: options.port,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: options.storeDelayMs ?? 2000,
    maxDebounce: 10_000,
    websocketOptions: { maxPayload: limits.maxMessageBytes },
    extensions,
  });
  // upgraded sockets outlive the HTTP server's close: kept here so a stop ends them too
  const sockets = new Set<import('node:net').Socket>();
  server.httpServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await server.listen();
  const port = server.address.port;
  const running = server;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    store,
    async close() {
      await running.destroy();
      for (const socket of sockets) socket.destroy();
    },
  };
}
