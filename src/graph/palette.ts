// One palette for entity kinds, shared by the graph, the legend and the exports.
// Each colour reaches at least 4.5:1 contrast on white, so it also serves as text colour (WCAG AA).
import type { EntityKind } from '../data/schema';

export const UNKNOWN_KIND = 'unknown';

export const KIND_COLORS: Readonly<Record<EntityKind | typeof UNKNOWN_KIND, string>> = {
  person: '#1f5fa8',
  organization: '#a4461a',
  country: '#2a6f2e',
  place: '#6a4c93',
  event: '#b0174f',
  topic: '#4e5d6c',
  unknown: '#666666',
};

export function colorForKind(kind: string): string {
  // Own keys only: an imported kind such as "constructor" must not reach Object.prototype.
  return Object.hasOwn(KIND_COLORS, kind)
    ? (KIND_COLORS as Record<string, string>)[kind]!
    : KIND_COLORS.unknown;
}
