// What the Details panel shows, as plain data: an entity's relationships grouped by kind, each
// with its counterpart, date and evidence, and a relation's own details. A relation of an entity
// with itself (a self-loop, which the graph does not draw) is listed once, marked `withItself`.
// Pure; no DOM.
import { RELATION_KINDS } from '../data/relation-kinds';
import type { Source, Tone } from '../data/schema';
import type { ParleyGraph } from './types';

export type EntityRef = { id: string; label: string; kind: string };
export type EvidenceDetails = { quote: string; sourceId: string; sourceName: string };

export type RelationDetails = {
  edge: string;
  kind: string;
  label: string;
  directed: boolean;
  source: EntityRef;
  target: EntityRef;
  date: string | null;
  dateApproximate: boolean;
  tone: Tone | null;
  evidence: EvidenceDetails[];
};

export type RelationshipDetails = RelationDetails & {
  /** The entity at the other end, seen from the selected one (itself, for a self-loop). */
  counterpart: EntityRef;
  /** A relation of the entity with itself (imported graphs have them; they are not drawn). */
  withItself: boolean;
  /** For a link to an event: the event's other participants, one click away. */
  alsoWith: EntityRef[];
};

export type RelationshipGroup = {
  kind: string;
  meaning: string;
  relationships: RelationshipDetails[];
};

const KIND_ORDER = Object.keys(RELATION_KINDS);
/** Month names as a date is written for a person ("22 May 2025"). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-05-22" → "22 May 2025", "2025-05" → "May 2025"; approximate dates say so. */
export function formatDate(date: string, approximate = false): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  const text = day
    ? `${Number(day)} ${monthName} ${year}`
    : monthName
      ? `${monthName} ${year}`
      : `${year}`;
  return approximate ? `about ${text}` : text;
}

/** The name a person reads for a source: its title, then its publisher, then its id. */
export function sourceName(source: Source | undefined, id: string): string {
  if (!source) return id;
  return source.publisher ? `${source.title} (${source.publisher})` : source.title;
}

export function entityRef(graph: ParleyGraph, id: string): EntityRef {
  const { label, kind } = graph.getNodeAttributes(id);
  return { id, label, kind };
}

export function relationDetails(graph: ParleyGraph, edge: string): RelationDetails {
  const attributes = graph.getEdgeAttributes(edge);
  const sources = new Map(graph.getAttribute('sources').map((s) => [s.id, s]));
  return {
    edge,
    kind: attributes.kind,
    label: attributes.label,
    directed: graph.isDirected(edge),
    source: entityRef(graph, graph.source(edge)),
    target: entityRef(graph, graph.target(edge)),
    date: attributes.date ?? null,
    dateApproximate: attributes.dateApproximate ?? false,
    tone: attributes.tone ?? null,
    evidence: attributes.evidence.map((e) => ({
      quote: e.quote,
      sourceId: e.source,
      sourceName: sourceName(sources.get(e.source), e.source),
    })),
  };
}

function compareRelationships(a: RelationshipDetails, b: RelationshipDetails): number {
  const byDate = (a.date ?? '9999').localeCompare(b.date ?? '9999');
  return byDate !== 0 ? byDate : a.counterpart.label.localeCompare(b.counterpart.label);
}

/** The other participants of an event, excluding the entity we came from. */
function coParticipants(graph: ParleyGraph, event: string, except: string): EntityRef[] {
  const seen = new Set<string>();
  graph.forEachEdge(event, (_edge, attributes, source, target) => {
    const other = source === event ? target : source;
    if (attributes.kind === 'participant' && other !== except && other !== event) seen.add(other);
  });
  return [...seen].map((id) => entityRef(graph, id)).sort((a, b) => a.label.localeCompare(b.label));
}

export function relationshipsOf(graph: ParleyGraph, node: string): RelationshipGroup[] {
  const groups = new Map<string, RelationshipDetails[]>();
  graph.forEachEdge(node, (edge) => {
    const view = relationDetails(graph, edge);
    const counterpart = view.source.id === node ? view.target : view.source;
    const withItself = view.source.id === view.target.id;
    const alsoWith =
      view.kind === 'participant' && counterpart.kind === 'event' && !withItself
        ? coParticipants(graph, counterpart.id, node)
        : [];
    const list = groups.get(view.kind) ?? [];
    list.push({ ...view, counterpart, withItself, alsoWith });
    groups.set(view.kind, list);
  });
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([kind, relationships]) => ({
      kind,
      // Own keys only: an imported kind such as "constructor" must not reach Object.prototype.
      meaning: Object.hasOwn(RELATION_KINDS, kind)
        ? (RELATION_KINDS as Record<string, string>)[kind]!
        : '',
      relationships: relationships.sort(compareRelationships),
    }));
}

function rank(kind: string): number {
  const index = KIND_ORDER.indexOf(kind);
  return index === -1 ? KIND_ORDER.length : index;
}
