// The router: what a URL hash does to the app state, as a pure function. The hash carries the
// selection and the filters (state/url.ts); an unknown link or an item not in the graph leaves a
// notice and the selection as it was. The caller moves the camera to what `cameraTo` names.
import { type AppState, type Selection, select, setFocus, showNotice } from './app-state';
import type { Producer } from './store';
import type { HashRoute } from './url';

export type RouteOutcome = {
  producer: Producer<AppState>;
  /** What the camera should move to: the selection the route made, if any. */
  cameraTo: Selection;
};

export function routeOutcome(
  route: HashRoute,
  exists: (selection: NonNullable<Selection>) => boolean,
): RouteOutcome {
  if (!route.ok) return { producer: showNotice(route.reason), cameraTo: null };
  const { selection, filters, problems } = route;
  return {
    producer: (state) => {
      let next: AppState = filters === state.filters ? state : { ...state, filters };
      if (problems.length > 0)
        next = showNotice(`Some filters in the link were ignored: ${problems.join('; ')}`)(next);
      if (selection !== null && !exists(selection))
        return showNotice(`No ${selection.type} “${selection.id}” in this graph.`)(next);
      next = select(selection)(next);
      // the neighbourhood focus follows the person from entity to entity
      if (selection?.type === 'entity' && next.focus)
        next = setFocus({ center: selection.id, hops: next.focus.hops })(next);
      return next;
    },
    cameraTo: selection !== null && exists(selection) ? selection : null,
  };
}
