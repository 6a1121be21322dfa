// An official titled without a country ("Prime Minister Mark Carney", "economic minister Ryo
// Aki") in a story between two countries, who calls, meets, holds talks or agrees with someone
// acting for one of the two, acts for the other: a side's counterpart is the other side. Only in
// a story of two sides, only for people with a title that no fact has placed, and only when all
// their counterparts whose side is known act for the same one. Pure.
import type { RelationKind } from '../../data/relation-kinds';

/** Kinds in which two people deal with each other across the table. */
const ACROSS_THE_TABLE: ReadonlySet<RelationKind> = new Set([
  'call',
  'meeting',
  'talks',
  'agreement',
  'planned-meeting',
]);

type Relation = { source: string; target: string; kind: RelationKind };
type Proposed = { relation: Relation; sentence: number };

export type CounterpartSide = {
  person: string;
  country: string;
  title: string;
  /** The sentence that tells the dealing with the counterpart. */
  sentence: number;
};

type Lookup = {
  /** The country someone acts for, as the article's titles or the graph say. */
  countryOf(id: string): string | undefined;
  /** A person's title, when the article gives one; undefined for anything not a person. */
  titleOf(id: string): string | undefined;
};

/** Each person's counterparts: whom they call, meet, hold talks or agree with, directly (an
 * event's participants are not counted: an event gathers the people of several sentences, from
 * both sides or one). */
function counterparts(proposals: readonly Proposed[]): Map<string, Array<[string, number]>> {
  const dealt = new Map<string, Array<[string, number]>>();
  const add = (a: string, b: string, sentence: number) => {
    if (a === b) return;
    dealt.set(a, [...(dealt.get(a) ?? []), [b, sentence]]);
  };
  for (const { relation: r, sentence } of proposals) {
    if (!ACROSS_THE_TABLE.has(r.kind)) continue;
    add(r.source, r.target, sentence);
    add(r.target, r.source, sentence);
  }
  return dealt;
}

/** The side each unplaced official stands for, by the side their counterparts stand for. */
export function counterpartSides(
  proposals: readonly Proposed[],
  sides: readonly [string, string] | null,
  lookup: Lookup,
): CounterpartSide[] {
  if (!sides) return [];
  const out: CounterpartSide[] = [];
  for (const [person, list] of counterparts(proposals)) {
    const title = lookup.titleOf(person);
    if (!title || lookup.countryOf(person) !== undefined || sides.includes(person)) continue;
    // the sides of the counterparts whose side is known (an unplaced one tells nothing)
    const theirs = new Set(list.flatMap(([other]) => lookup.countryOf(other) ?? []));
    const [side] = theirs;
    if (theirs.size !== 1 || side === undefined || !sides.includes(side)) continue;
    const country = side === sides[0] ? sides[1] : sides[0];
    out.push({ person, country, title, sentence: (list[0] as [string, number])[1] });
  }
  return out;
}
