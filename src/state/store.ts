// A tiny store: get, set through named producers, subscribe. No DOM, no sigma.
export type Producer<S> = (state: S) => S;
export type Listener<S> = (state: S, previous: S) => void;

export type Store<S> = {
  get(): S;
  update(producer: Producer<S>): void;
  subscribe(listener: Listener<S>): () => void;
};

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(producer) {
      const previous = state;
      const next = producer(previous);
      if (next === previous) return;
      state = next;
      // One listener that throws (a broken panel) must not keep the others stale: all run, then
      // the first error is rethrown for the caller (and the page's error handler) to see.
      const errors: unknown[] = [];
      for (const listener of [...listeners]) {
        try {
          listener(state, previous);
        } catch (error) {
          errors.push(error);
        }
      }
      if (errors.length > 0) throw errors[0];
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
