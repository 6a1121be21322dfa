// Where the sync server keeps its stories: one folder, two files a story (what it is, with its
// tokens' hashes, as JSON; its Yjs state as binary). Plain files written whole to a temporary name
// and renamed into place, so a crash mid-write leaves the previous version, never half a file.
// Pure JavaScript: no native module to build on install (see the README's server section).
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { STORY_ID, type StoryTokens } from './tokens';

export const STORY_FORMAT = 1;

const StoryMetaSchema = z.object({
  format: z.literal(STORY_FORMAT),
  id: z.string().regex(STORY_ID),
  title: z.string().max(500),
  createdAt: z.string(),
  /** SHA-256 hashes of the edit and read-only tokens. */
  tokens: z.object({ edit: z.string().min(1), read: z.string().min(1) }),
});

export type StoryMeta = z.infer<typeof StoryMetaSchema> & { tokens: StoryTokens };

export type StoryStore = {
  readMeta(id: string): Promise<StoryMeta | null>;
  writeMeta(meta: StoryMeta): Promise<void>;
  readState(id: string): Promise<Uint8Array | null>;
  writeState(id: string, state: Uint8Array): Promise<void>;
  /** Forgets a story: its tokens stop working and its state is gone. */
  remove(id: string): Promise<void>;
  count(): Promise<number>;
};

let writes = 0;
async function writeWhole(path: string, data: string | Uint8Array) {
  writes += 1;
  const temporary = `${path}.${process.pid}-${writes}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

async function readIfThere(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function createFileStore(dir: string): Promise<StoryStore> {
  await mkdir(dir, { recursive: true });
  const path = (id: string, ext: string) => {
    if (!STORY_ID.test(id)) throw new Error(`StoryStore: "${id.slice(0, 40)}" is not a story id`);
    return join(dir, `${id}.${ext}`);
  };
  return {
    async readMeta(id) {
      if (!STORY_ID.test(id)) return null;
      const raw = await readIfThere(path(id, 'json'));
      if (!raw) return null;
      let json: unknown;
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new Error(`StoryStore: ${id}.json is not JSON`);
      }
      const parsed = StoryMetaSchema.safeParse(json);
      if (!parsed.success) throw new Error(`StoryStore: ${id}.json cannot be read`);
      return parsed.data;
    },
    writeMeta: (meta) => writeWhole(path(meta.id, 'json'), JSON.stringify(meta)),
    async readState(id) {
      const raw = await readIfThere(path(id, 'ystate'));
      return raw ? new Uint8Array(raw) : null;
    },
    writeState: (id, state) => writeWhole(path(id, 'ystate'), state),
    async remove(id) {
      await rm(path(id, 'json'), { force: true });
      await rm(path(id, 'ystate'), { force: true });
    },
    async count() {
      return (await readdir(dir)).filter((name) => name.endsWith('.json')).length;
    },
  };
}
