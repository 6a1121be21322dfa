// How well each relation is sourced: the number of distinct sources (articles) whose evidence
// backs it, and where sources disagree (the same two ends and date reported with a different
// kind or tone by different articles). Pure; reads the graph only.
import type { Evidence } from '../data/schema';
import type { EdgeAttributes, ParleyGraph } from './types';

/**
 * The number of distinct sources among a relation's evidence (0 when it has none, as relations
 * imported from other tools may). Allocation-free for the short lists evidence has, so the edge
 * reducer can call it on every render.
 */
export function sourceCount(evidence: readonly Evidence[] | undefined): number {
  if (!evidence || evidence.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < evidence.length; i += 1) {
    const source = evidence[i]?.source;
    let seen = false;
    for (let j = 0; j < i; j += 1) {
      if (evidence[j]?.source === source) {
        seen = true;
        break;
      }
    }
    if (!seen) count += 1;
  }
  return count;
}

/** The distinct source ids of a relation's evidence, in the order they are first cited. */
export function sourcesOf(evidence: readonly Evidence[] | undefined): string[] {
  return [...new Set((evidence ?? []).map((e) => e.source))];
}

/** Per relation id, its number of distinct sources. */
export function corroborationCounts(graph: ParleyGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachEdge((edge, attributes) => counts.set(edge, sourceCount(attributes.evidence)));
  return counts;
}

/** What a person reads: "reported by 3 articles", "1 source only", "no source recorded". */
export function corroborationText(count: number): string {
  if (count <= 0) return 'no source recorded';
  if (count === 1) return '1 source only';
  return `reported by ${count} articles`;
}

/** One account of an interaction: a relation, with what it says and who says it. */
export type Account = {
  edge: string;
  kind: string;
  label: string;
  tone: EdgeAttributes['tone'] | null;
  sources: string[];
};

export type Disagreement = {
  /** The relation asked about. */
  account: Account;
  /** Relations on the same two ends and date that say something else, from other sources. */
  others: Account[];
  /** What differs: the kind, the tone, or both. */
  differs: Array<'kind' | 'tone'>;
};

function accountOf(graph: ParleyGraph, edge: string): Account {
  const a = graph.getEdgeAttributes(edge);
  return {
    edge,
    kind: a.kind,
    label: a.label,
    tone: a.tone ?? null,
    sources: sourcesOf(a.evidence),
  };
}

/**
 * Two relations disagree when they join the same two entities (either direction), carry the
 * same date, say something different (another kind or another tone), and no source backs both:
 * each account comes from its own articles. One article reporting a criticism and a statement on
 * the same day is two things said, not a disagreement. Undated relations never disagree, since
 * nothing says they are the same interaction.
 */
export function disagreementsOf(graph: ParleyGraph, edge: string): Disagreement | null {
  if (!graph.hasEdge(edge)) return null;
  const mine = accountOf(graph, edge);
  const date = graph.getEdgeAttribute(edge, 'date');
  if (typeof date !== 'string' || mine.sources.length === 0) return null;
  const [a, b] = graph.extremities(edge);
  const differs = new Set<'kind' | 'tone'>();
  const others: Account[] = [];
  graph.forEachEdge(a, (other, attributes, source, target) => {
    if (other === edge || attributes.date !== date) return;
    const sameEnds = (source === a && target === b) || (source === b && target === a);
    if (!sameEnds) return;
    const kindDiffers = attributes.kind !== mine.kind;
    const toneDiffers = (attributes.tone ?? null) !== mine.tone;
    if (!kindDiffers && !toneDiffers) return;
    const theirs = accountOf(graph, other);
    if (theirs.sources.length === 0 || theirs.sources.some((s) => mine.sources.includes(s))) return;
    if (kindDiffers) differs.add('kind');
    if (toneDiffers) differs.add('tone');
    others.push(theirs);
  });
  if (others.length === 0) return null;
  others.sort((x, y) => (x.edge < y.edge ? -1 : x.edge > y.edge ? 1 : 0));
  return {
    account: mine,
    others,
    differs: (['kind', 'tone'] as const).filter((d) => differs.has(d)),
  };
}

/** Every relation that has a disagreeing account, by id. */
export function allDisagreements(graph: ParleyGraph): Map<string, Disagreement> {
  const found = new Map<string, Disagreement>();
  graph.forEachEdge((edge) => {
    const d = disagreementsOf(graph, edge);
    if (d) found.set(edge, d);
  });
  return found;
}
