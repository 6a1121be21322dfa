// Big exports are written in parts: each exporter yields its text as chunks of a few hundred
// kilobytes, which the browser turns into a Blob and the command line writes to a stream, so no
// 300 MB string has to be built; the string functions are the join of the same chunks.

/** A chunk is yielded once it holds at least this many characters (256 K: 256 KB–1 MB in UTF-8). */
export const CHUNK_CHARS = 1 << 18;

/** The whole text of an export written in chunks. */
export function joinChunks(chunks: Iterable<string>): string {
  return Array.from(chunks).join('');
}
