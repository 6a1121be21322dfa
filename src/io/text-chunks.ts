// Big exports are written in parts: each exporter yields its text as chunks of a few hundred
// kilobytes, which the browser turns into a Blob and the command line writes to a stream, so no
// 300 MB string has to be built; the string functions are the join of the same chunks.

/**
 * A chunk is full once it holds at least this many characters (32 K: 32–128 KB in UTF-8). Kept
 * under V8's 128 KB limit for ordinary heap objects (a two-byte string of 32 K characters is 64 KB):
 * a bigger string goes to the large-object space, and allocating it there costs more than all
 * the joining; GEXF and JSON exports took about 1.6 times as long with 256 K chunks.
 */
export const CHUNK_CHARS = 1 << 15;

/**
 * Collects small strings into one chunk. A chunk is joined once, into a flat string: a rope of
 * `+=` would keep every small string alive until the end, which costs more in garbage collection
 * than the writing itself.
 */
export class ChunkBuilder {
  private parts: string[] = [];
  private length = 0;

  push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  get full(): boolean {
    return this.length >= CHUNK_CHARS;
  }

  /** The chunk so far, emptying the builder. */
  take(): string {
    const chunk = this.parts.join('');
    this.parts = [];
    this.length = 0;
    return chunk;
  }
}

/**
 * The whole text of an export written in chunks. Concatenated, not joined: V8 keeps the result as
 * a rope of the chunks (as `JSON.stringify` leaves its own result) and copies it into one flat
 * string only where a reader needs one.
 */
export function joinChunks(chunks: Iterable<string>): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}
