// The URL and the app state kept in step: every selection goes through the hash, so
// Back and Forward walk through what the person selected and a link can be shared; the filters
// are written into it without adding a history step; Escape clears the selection. What the hash
// does to the state is the router's (state/router.ts); this module only listens and writes, and it
// is the only one that writes the page's URL.
import type { AppState, Selection } from '../state/app-state';
import { routeOutcome } from '../state/router';
import type { Store } from '../state/store';
import { formatHash, parseHash } from '../state/url';

export type UrlSyncDeps = {
  store: Store<AppState>;
  /** Whether the graph holds the entity or relation a link names. */
  exists(selection: NonNullable<Selection>): boolean;
  /** Moves the camera to what a followed link selected. */
  showSelection(selection: NonNullable<Selection>): void;
  /** Moves keyboard focus to the Details panel's heading. */
  focusPanel(): void;
};

export type UrlSync = {
  navigate(selection: Selection, options?: { focusPanel?: boolean }): void;
  /** Applies the hash as it is now (at start, or after the graph was opened). */
  applyHash(): void;
  /** Takes the selection out of the URL without a history step (what it named is gone). */
  forgetSelection(): void;
  dispose(): void;
};

export function mountUrlSync(deps: UrlSyncDeps): UrlSync {
  const { store } = deps;
  let focusPanelAfterNavigation = false;

  function applyHash() {
    const { producer, cameraTo } = routeOutcome(parseHash(window.location.hash), deps.exists);
    store.update(producer);
    if (cameraTo) deps.showSelection(cameraTo);
    if (focusPanelAfterNavigation) deps.focusPanel();
    focusPanelAfterNavigation = false;
  }

  function navigate(selection: Selection, options: { focusPanel?: boolean } = {}) {
    focusPanelAfterNavigation = options.focusPanel ?? false;
    const hash = formatHash(selection, store.get().filters);
    if (window.location.hash === hash) applyHash();
    else window.location.hash = hash;
  }

  const replaceHash = (selection: Selection) =>
    window.history.replaceState(
      window.history.state,
      '',
      formatHash(selection, store.get().filters),
    );

  const unsubscribe = store.subscribe((state, previous) => {
    // filters are kept in the URL, without adding a history step for each click
    if (state.filters !== previous.filters) replaceHash(state.selection);
  });
  const onHashChange = () => applyHash();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if ((event.target as HTMLElement | null)?.closest('input, select, textarea, dialog')) return;
    if (store.get().selection !== null) navigate(null);
  };
  window.addEventListener('hashchange', onHashChange);
  document.addEventListener('keydown', onKeyDown);
  return {
    navigate,
    applyHash,
    forgetSelection: () => replaceHash(null),
    dispose() {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
      document.removeEventListener('keydown', onKeyDown);
    },
  };
}

/**
 * A history step to an empty address, taken as another workspace opens: Back returns to what was
 * selected in the one before, and the new workspace starts with nothing selected and no filters.
 */
export function pushEmptyHash(): void {
  window.history.pushState(null, '', formatHash(null));
}

/**
 * Replaces the address with the page's own path and an empty hash, leaving no history step: a
 * story link's token is kept out of the address bar and the browser's history once it is read.
 */
export function replaceWithEmptyHash(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${formatHash(null)}`);
}
