// The curated dataset the page opens on: fetched and checked, or the load status says why not;
// each workspace made from it gets a graph of its own, built from the text.
import datasetUrl from '../../graph-data/us-china-trade-talks.json?url';
import { errorMessage } from '../data/errors';
import { formatProblems, parseDatasetText } from '../data/validate';
import { buildGraph } from '../graph/build-graph';
import type { ParleyGraph } from '../graph/types';
import { type AppState, setStatus } from '../state/app-state';
import type { Store } from '../state/store';

export const CURATED_DATASET_ID = 'us-china-trade-talks';

export type CuratedText = { text: string };

/** The curated dataset's text, checked, or null with the load status saying why. */
export async function fetchCurated(store: Store<AppState>): Promise<CuratedText | null> {
  const file = `${CURATED_DATASET_ID}.json`;
  let text: string;
  try {
    const response = await fetch(datasetUrl);
    if (!response.ok)
      throw new Error(`the server answered ${response.status} ${response.statusText}`);
    text = await response.text();
  } catch (error) {
    store.update(
      setStatus({
        state: 'error',
        title: 'The graph could not be loaded',
        details: [`${file}: ${errorMessage(error)}`],
      }),
    );
    return null;
  }
  const result = parseDatasetText(text);
  if (!result.ok) {
    store.update(
      setStatus({
        state: 'error',
        title: `${file} is not a valid dataset`,
        details: formatProblems(file, result.problems),
      }),
    );
    return null;
  }
  return { text };
}

/** A fresh graph from the checked text (the one built at start may be in use by a workspace). */
export function curatedGraph(curated: CuratedText): ParleyGraph | null {
  const result = parseDatasetText(curated.text);
  return result.ok ? buildGraph(result.dataset) : null;
}
