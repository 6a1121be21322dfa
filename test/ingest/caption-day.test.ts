// A photo caption's day dates the deed the text tells with its month alone ("the Peruvian strike
// on Chile on May 6" under "Peru's strike on Chile in May"); the caption itself proposes nothing
// (its credit is no actor).
import { describe, expect, it } from 'vitest';
import { captionSentences } from '../../src/ingest/extract/caption-days';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('caption-day.txt', '2025-05-20');

describe('a caption’s day', () => {
  it('dates the deed the text told with its month alone', () => {
    expect(findRelation(draft, 'military-action', 'peru', 'chile')?.date).toBe('2025-05-06');
  });

  it('adds no one from the caption or its credit', () => {
    expect(draft.entities.map((e) => e.entity.label).sort()).toEqual(['Chile', 'Peru']);
  });
});

describe('captionSentences', () => {
  it('keeps the caption’s sentences and drops a credit after the last full stop', () => {
    expect(captionSentences('Crews wait in port. Jo Roe/Agency')).toBe('Crews wait in port.');
    expect(captionSentences('Crews wait in port.')).toBe('Crews wait in port.');
  });

  it('is null for words with no sentence', () => {
    expect(captionSentences('Jo Roe/Agency')).toBeNull();
  });
});
