// What the session needs before anything opens, gathered at once: the browser's workspace storage
// (or why there is none), the channel the tabs talk over with this tab's name, and the curated text.
import { errorMessage } from '../data/errors';
import type { AppState } from '../state/app-state';
import type { Store } from '../state/store';
import type { Channel } from '../workspace/persistence';
import { openWorkspaceStorage, type WorkspaceStorage } from '../workspace/storage';
import { type CuratedText, fetchCurated } from './curated';

const CHANNEL_NAME = 'parley-workspaces';

export type SessionResources = {
  storage: WorkspaceStorage | null;
  /** Why there is no storage, when there is none. */
  storageProblem: string | null;
  channel: Channel | null;
  /** This tab's name in the messages on the channel. */
  tab: string;
  curated: CuratedText | null;
};

export async function openSessionResources(store: Store<AppState>): Promise<SessionResources> {
  const tab = `tab-${Math.random().toString(36).slice(2, 10)}`;
  const channel: Channel | null =
    typeof BroadcastChannel === 'undefined'
      ? null
      : (new BroadcastChannel(CHANNEL_NAME) as unknown as Channel);
  const [opened, curated] = await Promise.all([
    openWorkspaceStorage().then(
      (storage) => ({ storage, storageProblem: null }),
      (error: unknown) => ({ storage: null, storageProblem: errorMessage(error) }),
    ),
    fetchCurated(store),
  ]);
  return { ...opened, channel, tab, curated };
}
