// A shared story's connection to the sync server: the Hocuspocus provider on the story's Yjs
// document, the status line's facts as the provider reports them, and awareness (who else has the
// story open, and the entity each has selected). The provider reconnects by itself; changes made
// while offline stay in the document and are sent when it is back.
import { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { Author } from './story-doc';
import { type ConnectionFacts, INITIAL_FACTS, type SyncStatus, syncStatus } from './sync-status';

/** Someone with the story open, as awareness tells it (`authorId`: the id their changes carry). */
export type Peer = {
  clientId: number;
  name: string;
  selected: string | null;
  authorId: string | null;
  self: boolean;
};

export type StoryConnection = {
  status(): SyncStatus;
  facts(): ConnectionFacts;
  people(): Peer[];
  /** Tells the others which entity this person has selected (null: none). */
  select(entity: string | null): void;
  /** Tells the others this person's name (shown in People here). */
  rename(name: string): void;
  subscribe(listener: () => void): () => void;
  dispose(): void;
};

export type ConnectionOptions = {
  socketUrl: string;
  storyId: string;
  token: string;
  doc: Y.Doc;
  author: Author;
  /** A WebSocket class where the platform has none (Node before 22). */
  WebSocketPolyfill?: unknown;
};

const PeerStateSchema = (state: unknown): Omit<Peer, 'clientId' | 'self'> | null => {
  if (typeof state !== 'object' || state === null) return null;
  const { name, selected, author } = state as Record<string, unknown>;
  if (typeof name !== 'string' || name.length > 100) return null;
  return {
    name,
    selected: typeof selected === 'string' && selected.length <= 200 ? selected : null,
    authorId: typeof author === 'string' && author.length <= 100 ? author : null,
  };
};

export function connectStory(options: ConnectionOptions): StoryConnection {
  let facts: ConnectionFacts = { ...INITIAL_FACTS };
  const listeners = new Set<() => void>();
  const update = (change: Partial<ConnectionFacts>) => {
    facts = { ...facts, ...change };
    for (const listener of [...listeners]) listener();
  };
  const provider = new HocuspocusProvider({
    url: options.socketUrl,
    name: options.storyId,
    token: options.token,
    document: options.doc,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    onStatus: ({ status }) => update({ connected: status === 'connected' }),
    onAuthenticated: ({ scope }) => update({ scope, refused: null }),
    onAuthenticationFailed: ({ reason }) => update({ refused: reason }),
    onUnsyncedChanges: ({ number }) => update({ unsent: number }),
    onClose: ({ event }) => {
      if (typeof event.reason === 'string' && event.reason.startsWith('Refused:'))
        update({ refused: event.reason.slice('Refused: '.length) });
    },
    onAwarenessChange: () => update({}),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  provider.awareness?.setLocalState({
    name: options.author.name,
    selected: null,
    author: options.author.id,
  });

  return {
    status: () => syncStatus(facts),
    facts: () => facts,
    people() {
      const awareness = provider.awareness;
      if (!awareness) return [];
      const peers: Peer[] = [];
      for (const [clientId, state] of awareness.getStates()) {
        const peer = PeerStateSchema(state);
        if (peer) peers.push({ clientId, ...peer, self: clientId === awareness.clientID });
      }
      return peers.sort((a, b) => a.clientId - b.clientId);
    },
    select(entity) {
      provider.awareness?.setLocalStateField('selected', entity);
    },
    rename(name) {
      provider.awareness?.setLocalStateField('name', name.slice(0, 100));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      provider.destroy();
    },
  };
}
