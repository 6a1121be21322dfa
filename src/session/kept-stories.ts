// What this browser keeps about sharing, in localStorage: its author (a stable id and the name
// the others see) and the story each shared workspace belongs to, with the token it holds. Read
// through zod; what cannot be read is as if nothing were kept.
import { z } from 'zod';
import type { Author } from '../sync/story-doc';

const AUTHOR_KEY = 'parley-author';
const STORIES_KEY = 'parley-shared-stories';

/** The story a workspace of this browser is shared as, and the token this browser holds. */
const KeptStorySchema = z.object({
  storyId: z.string().min(1).max(200),
  token: z.string().min(1).max(200),
  /** Null when this browser opened a read-only link. */
  editToken: z.string().min(1).max(200).nullable(),
  links: z.object({ edit: z.string().max(2000).nullable(), read: z.string().max(2000).nullable() }),
});
export type KeptStory = z.infer<typeof KeptStorySchema>;
const KeptStoriesSchema = z.record(z.string(), KeptStorySchema);
const AuthorSchema = z.object({ id: z.string().min(1).max(100), name: z.string().max(100) });

function readJson(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or refused: sharing still works for this page, it is not remembered
  }
}

/** This browser's author: a stable id and the name the others see. */
export function loadAuthor(): Author {
  const read = AuthorSchema.safeParse(readJson(AUTHOR_KEY));
  if (read.success) return read.data;
  const author = { id: crypto.randomUUID(), name: '' };
  writeJson(AUTHOR_KEY, author);
  return author;
}

export function keptStories(): Record<string, KeptStory> {
  const read = KeptStoriesSchema.safeParse(readJson(STORIES_KEY));
  return read.success ? read.data : {};
}

export function keepStory(workspaceId: string, story: KeptStory | null) {
  const all = keptStories();
  if (story) all[workspaceId] = story;
  else delete all[workspaceId];
  writeJson(STORIES_KEY, all);
}

/** Keeps the author's name (given in Share…) for the next visit. */
export function saveAuthor(author: Author) {
  writeJson(AUTHOR_KEY, author);
}
