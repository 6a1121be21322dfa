// What a relation form shows when its kind changes, as data: the label, tone and direction follow
// the kind while they are its defaults, and what the person set stays. A tone the person chose
// stays unless the new kind cannot carry it ("none" every kind can). No DOM here.
import type { Tone } from '../../data/schema';
import { allowedTones, defaultDirected, defaultLabel, defaultTone } from '../../workspace/commands';

/** The controls of a relation form that follow its kind; `toneChosen` is set once the person
 * picks a tone themselves. */
export type RelationShape = {
  kind: string;
  label: string;
  tone: Tone | null;
  toneChosen: boolean;
  directed: boolean;
};

/** A new form's shape for this kind: everything its default. */
export function shapeOfKind(kind: string): RelationShape {
  return {
    kind,
    label: defaultLabel(kind),
    tone: defaultTone(kind) ?? null,
    toneChosen: false,
    directed: defaultDirected(kind),
  };
}

/** An existing relation's shape: a tone other than its kind's usual one counts as chosen. */
export function shapeOfRelation(
  kind: string,
  fields: { label: string; tone: Tone | null; directed: boolean },
): RelationShape {
  return { kind, ...fields, toneChosen: fields.tone !== (defaultTone(kind) ?? null) };
}

/** The tones offered for a kind: the ones it may carry are enabled, in the vocabulary's order. */
export function toneAllowed(kind: string, tone: Tone | null): boolean {
  return tone === null || allowedTones(kind).includes(tone);
}

/** The shape after the person picks another kind. */
export function withKind(shape: RelationShape, kind: string): RelationShape {
  const label = shape.label.trim();
  const keepTone = shape.toneChosen && toneAllowed(kind, shape.tone);
  return {
    kind,
    label: label === defaultLabel(shape.kind) || !label ? defaultLabel(kind) : shape.label,
    tone: keepTone ? shape.tone : (defaultTone(kind) ?? null),
    toneChosen: keepTone,
    directed:
      shape.directed === defaultDirected(shape.kind) ? defaultDirected(kind) : shape.directed,
  };
}

/** The shape after the person picks a tone. */
export function withTone(shape: RelationShape, tone: Tone | null): RelationShape {
  return { ...shape, tone, toneChosen: true };
}
