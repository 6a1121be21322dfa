// Opening a parsed dataset: validation, then its graph. Whether a relation id is used twice is
// left to the build, which refuses an edge key it already has: half a million ids go into one
// hash table, not two. When the build refuses one, the problems come from a full validation, so
// they are the same, in the same order, as `validateDataset` lists them (as they are when the
// validation finds another problem: its list is then whole).
import type { Dataset } from '../data/schema';
import { type Problem, validateDataset } from '../data/validate';
import { type BuildOptions, buildGraph } from './build-graph';
import type { ParleyGraph } from './types';

export type OpenResult =
  | { ok: true; dataset: Dataset; graph: ParleyGraph }
  | { ok: false; problems: Problem[] };

/** The problems a full validation finds, or null when it finds none. */
function problemsOf(value: unknown): Problem[] | null {
  const full = validateDataset(value);
  return full.ok ? null : full.problems;
}

/** `validateDataset` then `buildGraph`, with the same problems and graph as the two in turn. */
export function openDataset(value: unknown, options: BuildOptions = {}): OpenResult {
  const validated = validateDataset(value, { relationIdsRepeat: false });
  if (!validated.ok) return validated; // its list is whole
  try {
    return { ok: true, dataset: validated.dataset, graph: buildGraph(validated.dataset, options) };
  } catch (error) {
    const problems = problemsOf(value);
    if (problems) return { ok: false, problems };
    throw error;
  }
}
