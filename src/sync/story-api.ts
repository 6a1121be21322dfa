// The sync server's story API, from the page: start sharing a story (the server makes its id and
// its two tokens) and stop sharing it. Answers are checked; a refusal comes back with the
// server's reason.
import { z } from 'zod';

const CreatedSchema = z.object({
  id: z.string().min(1),
  editToken: z.string().min(1),
  readToken: z.string().min(1),
});
const ErrorSchema = z.object({ error: z.string() });

export type CreatedStory = z.infer<typeof CreatedSchema>;

/** The request sent; a network failure becomes a message that names the server. */
async function send(fetcher: typeof fetch, url: URL, init: RequestInit, what: string) {
  try {
    return await fetcher(url, init);
  } catch {
    throw new Error(`${what} failed: the sync server at ${url.origin} cannot be reached`);
  }
}

async function reason(response: Response): Promise<string> {
  const body = ErrorSchema.safeParse(await response.json().catch(() => null));
  if (body.success) return body.data.error;
  if (response.status === 404 || response.status === 405)
    return `no sync server answers here (${response.status}); start Parley with \`npm run serve\` to share stories`;
  return `the server answered ${response.status}`;
}

export async function createSharedStory(
  serverUrl: string,
  title: string,
  fetcher: typeof fetch = fetch,
): Promise<CreatedStory> {
  const url = new URL('/api/stories', serverUrl);
  const response = await send(
    fetcher,
    url,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: title.slice(0, 500) }),
    },
    'Sharing',
  );
  if (response.status !== 201) throw new Error(`Sharing failed: ${await reason(response)}`);
  const created = CreatedSchema.safeParse(await response.json());
  if (!created.success) throw new Error('Sharing failed: the server’s answer could not be read');
  return created.data;
}

export async function stopSharedStory(
  serverUrl: string,
  id: string,
  editToken: string,
  fetcher: typeof fetch = fetch,
): Promise<void> {
  const url = new URL(`/api/stories/${encodeURIComponent(id)}`, serverUrl);
  const init = { method: 'DELETE', headers: { Authorization: `Bearer ${editToken}` } };
  const response = await send(fetcher, url, init, 'Stop sharing');
  if (response.status !== 204) throw new Error(`Stop sharing failed: ${await reason(response)}`);
}
