// Verbs the tagger reads as nouns: a past participle after "has" and an adverb ("has long
// accused") and an -ing word after a preposition ("After meeting Iceland's minister") are read as
// the verbs they are, with their verb's lemma.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { tagParagraph } from '../../src/ingest/extract/nlp';
import { EMPTY, findRelation } from './fixture-reading';

const tokenOf = (text: string, value: string) =>
  tagParagraph(text)[0]?.tokens.find((t) => t.value === value);

describe('verbs the tagger reads as nouns', () => {
  it('reads "has long accused" and "After meeting" as verbs', () => {
    expect(tokenOf('Iceland has long accused Malta of spying.', 'accused')).toMatchObject({
      pos: 'VERB',
      lemma: 'accuse',
    });
    expect(tokenOf("After meeting Iceland's minister, Malta spoke.", 'meeting')).toMatchObject({
      pos: 'VERB',
      lemma: 'meet',
    });
  });

  it('leaves a noun a noun: "Before the meeting"', () => {
    expect(tokenOf('Before the meeting, Malta spoke.', 'meeting')?.pos).toBe('NOUN');
  });

  it('so "Iceland has long accused Malta" is criticism', () => {
    const draft = ingestArticle('Row\n\nIceland has long accused Malta of spying.', EMPTY, {});
    expect(findRelation(draft, 'criticism', 'iceland', 'malta')).toBeDefined();
  });
});
