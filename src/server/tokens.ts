// Story ids and access tokens: unguessable (crypto random, base64url), and compared in constant
// time, so neither a link nor the server's timing gives one away. A story has two tokens: one
// that may edit, one that may only read. The store keeps only their SHA-256 hashes, so a copy of
// the data folder opens no story.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type Role = 'edit' | 'read';

export type StoryTokens = { edit: string; read: string };

/** 128 bits for an id, 256 bits for a token. */
export const newStoryId = (): string => `s-${randomBytes(16).toString('base64url')}`;
export const newToken = (): string => randomBytes(32).toString('base64url');

export function newStoryTokens(): StoryTokens {
  return { edit: newToken(), read: newToken() };
}

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

/** The hashes the store keeps for a story's tokens. */
export function hashTokens(tokens: StoryTokens): StoryTokens {
  return { edit: hashToken(tokens.edit), read: hashToken(tokens.read) };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** What a token lets its holder do on a story (given its tokens' hashes), or null. */
export function roleOf(hashes: StoryTokens, token: string): Role | null {
  const hash = hashToken(token);
  if (sameText(hashes.edit, hash)) return 'edit';
  if (sameText(hashes.read, hash)) return 'read';
  return null;
}

/** A story id as `newStoryId` makes them: anything else is refused before the store is asked. */
export const STORY_ID = /^s-[A-Za-z0-9_-]{22}$/;
