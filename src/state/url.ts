// The URL hash holds the selection and the filters: #/entity/<id>?hide=topic&from=2025-05
// (so a link opens the same view). Parsing is pure and total: any string gives a route or a reason it is not one.
import type { Selection } from './app-state';
import { type Filters, filtersFromParams, filtersToParams } from './filters';

export type HashRoute =
  | { ok: true; selection: Selection; filters: Filters; problems: string[] }
  | { ok: false; reason: string };

export const MAX_HASH_LENGTH = 4000;

export function parseHash(hash: string): HashRoute {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.length > MAX_HASH_LENGTH)
    return {
      ok: false,
      reason: `The link is too long to read: ${raw.length} characters, where Parley reads at most ${MAX_HASH_LENGTH}.`,
    };
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const { filters, problems } = filtersFromParams(
    new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1)),
  );
  if (path === '' || path === '/') return { ok: true, selection: null, filters, problems };
  const match = /^\/(entity|relation)\/([^/]+)$/.exec(path);
  if (!match)
    return { ok: false, reason: `The link “${path.slice(0, 80)}” is not a Parley address.` };
  const [, type, encoded] = match as unknown as [string, 'entity' | 'relation', string];
  let id: string;
  try {
    id = decodeURIComponent(encoded);
  } catch {
    return { ok: false, reason: 'The link holds a malformed id.' };
  }
  return { ok: true, selection: { type, id }, filters, problems };
}

export function formatHash(selection: Selection, filters?: Filters): string {
  const path = selection ? `/${selection.type}/${encodeURIComponent(selection.id)}` : '/';
  const query = filters ? filtersToParams(filters).toString() : '';
  return `#${path}${query ? `?${query}` : ''}`;
}
