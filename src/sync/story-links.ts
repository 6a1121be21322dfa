// The links a shared story is opened by: the page's address with the story id in the query and
// the token in the fragment (a fragment is never sent to a server, so the token stays out of
// logs). Read back with checks, since a link is typed or pasted by a person.
import { z } from 'zod';

export type StoryLink = { id: string; token: string };

const LinkSchema = z.object({
  id: z.string().regex(/^s-[A-Za-z0-9_-]{22}$/),
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

export function storyLink(pageUrl: string, link: StoryLink): string {
  const url = new URL(pageUrl);
  url.search = `?story=${encodeURIComponent(link.id)}`;
  url.hash = `#key=${encodeURIComponent(link.token)}`;
  return url.toString();
}

/** The story a page address opens, or null when it names none (or names one wrongly). */
export function readStoryLink(pageUrl: string): StoryLink | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  const id = url.searchParams.get('story');
  const token = new URLSearchParams(url.hash.slice(1)).get('key');
  const parsed = LinkSchema.safeParse({ id, token });
  return parsed.success ? parsed.data : null;
}

/** The sync server's WebSocket address for a page served by it (http → ws, https → wss). */
export function socketUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = '/';
  url.search = '';
  url.hash = '';
  return url.toString();
}
