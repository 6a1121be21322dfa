// What a relation written by hand starts with: a label that reads as a sentence between its ends
// ("Ann met Bo", "Ann is a member of Bo"), the tone its kind usually carries, and whether the
// kind is directed. All are only defaults: the person edits them in the form.
import { RELATION_KIND_TONES, RELATION_KINDS } from '../../data/relation-kinds';
import type { Tone } from '../../data/schema';

const LABELS: Readonly<Record<string, string>> = {
  call: 'held a call with',
  meeting: 'met',
  talks: 'held talks with',
  'planned-meeting': 'plans to meet',
  agreement: 'reached an agreement with',
  cooperation: 'works with',
  mediation: 'mediated with',
  aid: 'gave aid to',
  statement: 'made a statement about',
  demand: 'demanded of',
  criticism: 'criticised',
  rejection: 'rejected',
  threat: 'threatened',
  protest: 'protested against',
  sanction: 'imposed sanctions on',
  tariff: 'imposed tariffs on',
  'tariff-cut': 'cut tariffs on',
  'tariff-threat': 'threatened tariffs on',
  'export-control': 'imposed export controls on',
  'military-action': 'took military action against',
  participant: 'took part in',
  affiliation: 'is affiliated with',
  represents: 'represents',
  'member-of': 'is a member of',
  'reported-by': 'was reported by',
  about: 'is about',
  'located-in': 'took place in',
};

/** Kinds whose two ends play the same part, so the relation is undirected by default. */
const SYMMETRIC = new Set([
  'call',
  'meeting',
  'talks',
  'planned-meeting',
  'agreement',
  'cooperation',
]);

/** The relation kinds of the vocabulary, in its order. */
export function relationKinds(): string[] {
  return Object.keys(RELATION_KINDS);
}

export function isRelationKind(kind: string): boolean {
  return Object.hasOwn(RELATION_KINDS, kind);
}

/** The label written for a new relation of this kind. */
export function defaultLabel(kind: string): string {
  return LABELS[kind] ?? kind.replace(/-/g, ' ');
}

/** The tone a relation of this kind carries unless said otherwise (none for structural kinds). */
export function defaultTone(kind: string): Tone | undefined {
  const tones = (RELATION_KIND_TONES as Readonly<Record<string, readonly Tone[]>>)[kind];
  return tones?.[0];
}

/** The tones a relation of this kind may carry. */
export function allowedTones(kind: string): readonly Tone[] {
  return (RELATION_KIND_TONES as Readonly<Record<string, readonly Tone[]>>)[kind] ?? [];
}

export function defaultDirected(kind: string): boolean {
  return !SYMMETRIC.has(kind);
}
