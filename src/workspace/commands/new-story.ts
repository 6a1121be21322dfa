// New story: an empty graph with a title, for a workspace started from nothing. An empty
// dataset is a valid one, so Save dataset works from the first moment.
import { MAX_TITLE_LENGTH, SCHEMA_VERSION } from '../../data/schema';
import { createEmptyGraph } from '../../graph/build-graph';
import type { ParleyGraph } from '../../graph/types';

export function storyTitleProblem(title: string): string | null {
  if (!title.trim()) return 'Story title: a story needs a title';
  if (title.trim().length > MAX_TITLE_LENGTH)
    return `Story title: longer than ${MAX_TITLE_LENGTH} characters (it has ${title.trim().length})`;
  return null;
}

export type NewStory = { ok: true; graph: ParleyGraph } | { ok: false; message: string };

export function newStoryGraph(title: string): NewStory {
  const problem = storyTitleProblem(title);
  if (problem) return { ok: false, message: problem };
  const graph = createEmptyGraph({
    title: title.trim().replace(/\s+/g, ' '),
    schemaVersion: SCHEMA_VERSION,
    sources: [],
  });
  return { ok: true, graph };
}
