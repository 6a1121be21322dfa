// Days a photo caption pins for deeds the article's text tells without one: "Smoke billows after
// the Israeli strike on Qatar's capital, Doha, on September 9." under a story that says only
// "in September". A caption's own proposals are never kept (its people may be the ones in the
// picture, its credit an agency's); its sentences are read only for the day they give a deed
// the text proposed with no day or with its month alone, between the same two sides.
import type { Draft } from '../draft';

/** A caption's sentences without the credit after its last full stop, or null when it has none. */
export function captionSentences(caption: string): string | null {
  const m = /^(.*[.!?]["”’]?)(\s+[^.!?]*)?$/su.exec(caption.trim());
  return m?.[1] ?? null;
}

type Relation = Draft['relations'][number]['relation'];

const sameEnds = (a: Relation, b: Relation) =>
  (a.source === b.source && a.target === b.target) ||
  (!a.directed && a.source === b.target && a.target === b.source);

/** The text's relations, each dated by a caption's relation of the same kind between the same
 * two where the text gave no day: none, or a month the caption's day falls in. */
export function withCaptionDays(draft: Draft, captions: readonly Draft[]): Draft {
  const told = captions.flatMap((c) => c.relations.map((p) => p.relation));
  const dayOf = (r: Relation) =>
    told.find(
      (c) =>
        c.kind === r.kind &&
        sameEnds(r, c) &&
        c.date?.length === 10 &&
        (r.date === undefined || (r.date.length === 7 && c.date.startsWith(r.date))),
    );
  return {
    ...draft,
    relations: draft.relations.map((p) => {
      const day = dayOf(p.relation);
      if (!day?.date) return p;
      const { dateApproximate: _, ...relation } = p.relation;
      return {
        ...p,
        relation: {
          ...relation,
          date: day.date,
          ...(day.dateApproximate ? { dateApproximate: true } : {}),
        },
      };
    }),
  };
}
