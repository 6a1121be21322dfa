// Whom a person or a body stands with. A post, a title or a name ("Norwegian Foreign Minister Jo
// Roe", "Malta's defence ministry", "the Icelandic army") is a standing tie: an `affiliation`, as
// DESIGN §2 has it (Bessent → United States). `represents` is kept for acting on a country's or a
// body's behalf in a named act: leading its delegation, signing on its behalf, "represented by".
import type { RelationKind } from '../../data/relation-kinds';
import type { Relation } from '../../data/schema';

/** The rules that read someone acting for a side in a named act. */
const ACTING_FOR_RULES: ReadonlySet<string> = new Set([
  'pattern:represented-by',
  'pattern:on-behalf-of',
  'event:delegation-side',
  'title:delegation-head',
]);

/** The kind a tie read by `rule` takes: a standing tie read as `represents` is an affiliation. */
export function tieKind(kind: RelationKind, rule: string): RelationKind {
  return kind === 'represents' && !ACTING_FOR_RULES.has(rule) ? 'affiliation' : kind;
}

/** A represents proposal's label for the affiliation it became: "represents (as Foreign
 * Minister)" → "is Foreign Minister of"; a bare "represents" → "is with". */
export function tieLabel(label: string): string {
  const titled = /^represents \(as (.+)\)$/.exec(label);
  if (titled) return `is ${titled[1]} of`;
  return label.startsWith('represents') ? 'is with' : label;
}

/** The proposals less a post's affiliation where the article has the same person acting for the
 * same side (a delegation led, a deal signed on its behalf): the act says more, and one tie is
 * proposed once. */
export function withoutPostsActedFor<P extends { relation: Relation }>(proposals: P[]): P[] {
  const acts = new Set(
    proposals
      .filter((p) => p.relation.kind === 'represents')
      .map((p) => `${p.relation.source}|${p.relation.target}`),
  );
  return proposals.filter(
    (p) =>
      p.relation.kind !== 'affiliation' || !acts.has(`${p.relation.source}|${p.relation.target}`),
  );
}
