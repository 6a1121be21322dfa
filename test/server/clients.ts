// Test helpers: a Hocuspocus client in Node (the `ws` WebSocket), and a wait for a condition
// that fails with a clear message instead of hanging.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export type TestClient = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Why the server refused the connection, once it has. */
  refused: () => string | null;
  close(): void;
};

export function connect(
  wsUrl: string,
  story: string,
  token: string,
  doc = new Y.Doc(),
): TestClient {
  let refusedWith: string | null = null;
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: story,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => {
      refusedWith = reason;
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    refused: () => refusedWith,
    close() {
      provider.destroy();
      // a socket still opening throws when closed; there is nothing left to close then
      try {
        socket.destroy();
      } catch {}
    },
  };
}

export async function waitFor(what: string, check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function createStory(httpUrl: string, title = 'A test story') {
  const response = await fetch(`${httpUrl}/api/stories`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`creating a story answered ${response.status}`);
  return (await response.json()) as { id: string; editToken: string; readToken: string };
}
