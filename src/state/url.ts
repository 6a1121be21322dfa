// The selection lives in the URL hash: #/entity/<id> or #/relation/<id> (DESIGN §4).
// Parsing is pure and total: any string gives a route or a reason it is not one.
import type { Selection } from './app-state';

export type HashRoute = { ok: true; selection: Selection } | { ok: false; reason: string };

const MAX_HASH_LENGTH = 1000;

export function parseHash(hash: string): HashRoute {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '' || raw === '/') return { ok: true, selection: null };
  if (raw.length > MAX_HASH_LENGTH) return { ok: false, reason: 'The link is too long to read.' };
  const match = /^\/(entity|relation)\/([^/]+)$/.exec(raw);
  if (!match)
    return { ok: false, reason: `The link “${raw.slice(0, 80)}” is not a Parley address.` };
  const [, type, encoded] = match as unknown as [string, 'entity' | 'relation', string];
  let id: string;
  try {
    id = decodeURIComponent(encoded);
  } catch {
    return { ok: false, reason: 'The link holds a malformed id.' };
  }
  return { ok: true, selection: { type, id } };
}

export function formatHash(selection: Selection): string {
  return selection ? `#/${selection.type}/${encodeURIComponent(selection.id)}` : '#/';
}
