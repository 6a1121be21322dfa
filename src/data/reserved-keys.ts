// Keys that must never name an entity, node or edge: the names of Object.prototype's own
// properties (`__proto__`, `constructor`, `toString`, `valueOf`…) and `prototype`. graphology keeps
// adjacency in plain objects, so a node called "toString" finds Object.prototype.toString instead
// of its edges and the graph breaks; elsewhere such keys could reach a prototype.
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

export const isReservedKey = (key: string): boolean => RESERVED_KEYS.has(key);
