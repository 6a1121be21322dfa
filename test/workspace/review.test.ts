import { describe, expect, it } from 'vitest';
import { type Review, sentenceOfQuote, withReviewArticle } from '../../src/workspace/review';
import { miniDraft } from '../ingest/draft-fixture';

describe('evidence in context', () => {
  const sentences = [
    'Envoys met in Geneva on Monday.',
    'Ana Ruiz called   Bo Li, and the two agreed to meet again.',
    'The weather was mild.',
  ];

  it('finds the sentence a quote comes from, whitespace and quote marks aside', () => {
    expect(
      sentenceOfQuote(sentences, 'Ana Ruiz called Bo Li, and the two agreed to meet again.'),
    ).toBe(1);
    expect(sentenceOfQuote(sentences, '“The weather was mild.”')).toBe(2);
  });

  it('finds a quote cut to its clause by its start, and says -1 for a quote not in the text', () => {
    expect(sentenceOfQuote(sentences, 'Ana Ruiz called Bo Li')).toBe(1);
    expect(sentenceOfQuote(sentences, 'Nobody said this.')).toBe(-1);
  });

  it('keeps the text of an article once its review opens, and never replaces it', () => {
    const draft = miniDraft();
    const review: Review = { id: 'r1', fileName: 'a3.txt', draft, positions: {} };
    const articles = withReviewArticle({}, review);
    expect(articles[draft.source.id]).toEqual({
      fileName: 'a3.txt',
      title: draft.source.title,
      sentences: draft.sentences,
    });
    expect(withReviewArticle(articles, { ...review, fileName: 'again.txt' })).toBe(articles);
    expect(withReviewArticle(articles, null)).toBe(articles);
  });
});
