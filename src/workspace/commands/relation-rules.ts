// The checks shared by the commands that write relations by hand: the kind is in the vocabulary,
// the date is a real ISO prefix, the tone fits the kind, the label fits the schema, and every
// quote is in its source's kept text (a source without kept text cannot be checked: allowed).
import { IsoDateSchema, MAX_LABEL_LENGTH, MAX_QUOTE_LENGTH, type Tone } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import type { Articles } from '../review';
import { foldQuote, quoteInText } from './evidence';
import { allowedTones, isRelationKind } from './relation-defaults';

export type RelationShape = {
  kind?: string;
  date?: string | null;
  tone?: Tone | null;
  label?: string;
};

export function shapeProblem({ kind, date, tone, label }: RelationShape): string | null {
  if (kind !== undefined && !isRelationKind(kind))
    return `Kind: “${kind}” is not a relation kind Parley knows`;
  if (date && !IsoDateSchema.safeParse(date).success)
    return `Date: “${date}” is not a real date (write YYYY, YYYY-MM or YYYY-MM-DD)`;
  if (kind !== undefined && tone && !allowedTones(kind).includes(tone))
    return `Tone: a ${kind} cannot be ${tone.replace('-', ' ')}`;
  if (label !== undefined) {
    if (!label.trim()) return 'Label: a relation needs a label';
    if (label.length > MAX_LABEL_LENGTH)
      return `Label: longer than ${MAX_LABEL_LENGTH} characters (it has ${label.length})`;
  }
  return null;
}

export type Quote = { source: string; quote: string };

/** Why a quote cannot be evidence here, or null. */
export function quoteProblem(graph: ParleyGraph, articles: Articles, { source, quote }: Quote) {
  const words = foldQuote(quote);
  if (!words) return 'Evidence: a quote is needed';
  if (words.length > MAX_QUOTE_LENGTH)
    return `Evidence: the quote is longer than ${MAX_QUOTE_LENGTH} characters (it has ${words.length}); shorten it`;
  const known = (graph.getAttribute('sources') ?? []).find((s) => s.id === source);
  if (!known) return `Source: there is no source “${source}” in this story`;
  const article = articles[source];
  if (article && !quoteInText(article.sentences.join(' '), quote))
    return `Evidence: the quote is not in “${known.title}” as kept (whitespace and quote marks aside)`;
  return null;
}

/** True when the quote's source has no kept text, so it could not be checked. */
export function quoteUnchecked(articles: Articles, source: string): boolean {
  return !Object.hasOwn(articles, source);
}

/** The quote as stored: whitespace collapsed. */
export function storedQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}
