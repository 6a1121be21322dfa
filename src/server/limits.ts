// The limits the sync server keeps, in one table: the size of one message from a client and of a
// whole story (a story holds the dataset it started from, so it may be as large as an import), and
// how many stories one server keeps. Each refusal names the limit and the value.
import { IMPORT_LIMITS } from '../io/limits';

export const SYNC_LIMITS = {
  /** Bytes in one WebSocket message (the first one carries the whole starting dataset). */
  maxMessageBytes: IMPORT_LIMITS.maxBytes + 4 * 1024 * 1024,
  /** Bytes in a story's stored state: its starting dataset and every change since. */
  maxStoryBytes: 2 * IMPORT_LIMITS.maxBytes,
  /** Bytes in the body of an HTTP request to the story API. */
  maxRequestBytes: 4 * 1024,
  /** Stories one server keeps. */
  maxStories: 10_000,
} as const;

export type SyncLimits = { [K in keyof typeof SYNC_LIMITS]: number };

const mib = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} KiB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Why a change cannot be taken into a story, or null when it fits. */
export function storySizeProblem(
  storyBytes: number,
  updateBytes: number,
  limits: SyncLimits = SYNC_LIMITS,
): string | null {
  if (updateBytes > limits.maxMessageBytes)
    return `a change of ${mib(updateBytes)} is over the ${mib(limits.maxMessageBytes)} limit for one message`;
  if (storyBytes + updateBytes > limits.maxStoryBytes)
    return `the story would grow to ${mib(storyBytes + updateBytes)}, over its ${mib(limits.maxStoryBytes)} limit`;
  return null;
}
