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
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
