// What the status line says about a shared story's connection, from the facts the provider
// reports: whether the socket is open, what the server let this link do, whether changes are
// waiting to be sent, and why the server refused, if it did. Pure, so it is tested without a page.
export type ConnectionFacts = {
  connected: boolean;
  /** What the server granted once the link was checked; null until then. */
  scope: 'read-write' | 'readonly' | null;
  /** Changes made here that the server has not acknowledged yet. */
  unsent: number;
  /** Why the server refused the link or a change; null when it did not. */
  refused: string | null;
};

export type SyncStatus =
  | { kind: 'connecting'; text: string }
  | { kind: 'connected'; text: string }
  | { kind: 'offline'; text: string }
  | { kind: 'read-only'; text: string }
  | { kind: 'refused'; text: string };

export const STATUS_TEXT = {
  connecting: 'Connecting…',
  connected: 'Connected',
  offline: 'Offline: your changes are kept and will be sent',
  readOnly: 'Read only',
} as const;

export function syncStatus(facts: ConnectionFacts): SyncStatus {
  if (facts.refused) return { kind: 'refused', text: `Not shared: ${facts.refused}` };
  if (facts.scope === 'readonly') return { kind: 'read-only', text: STATUS_TEXT.readOnly };
  if (!facts.connected) return { kind: 'offline', text: STATUS_TEXT.offline };
  if (facts.scope === null) return { kind: 'connecting', text: STATUS_TEXT.connecting };
  return { kind: 'connected', text: STATUS_TEXT.connected };
}

export const INITIAL_FACTS: ConnectionFacts = {
  connected: false,
  scope: null,
  unsent: 0,
  refused: null,
};
