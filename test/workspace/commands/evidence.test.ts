import { describe, expect, it } from 'vitest';
import {
  quoteFromSelection,
  quoteInText,
  splitSentences,
} from '../../../src/workspace/commands/evidence';

describe('a selection in an article, as a quote', () => {
  it('collapses whitespace and keeps whole words', () => {
    expect(quoteFromSelection('  Vesk spoke\n by phone  ')).toBe('Vesk spoke by phone');
  });
  it('drops a word cut at either end of the selection', () => {
    // "Ona Ve|sk spoke by ph|one": the text around says where the words were cut
    expect(quoteFromSelection('sk spoke by ph', 'Ona Ve', 'one with')).toBe('spoke by');
    expect(quoteFromSelection('Vesk spoke', 'Ona ', ' by')).toBe('Vesk spoke');
  });
  it('is cut to at most the limit, at a word boundary', () => {
    const long = 'alpha beta gamma delta';
    expect(quoteFromSelection(long, '', '', 12)).toBe('alpha beta');
    expect(quoteFromSelection('x'.repeat(500), '', '', 400)).toBe('');
    expect(quoteFromSelection('word '.repeat(200)).length).toBeLessThanOrEqual(400);
  });
  it('is empty when nothing but a cut word was selected', () => {
    expect(quoteFromSelection('es', 'V', 'k')).toBe('');
  });
});

describe('a quote in its text', () => {
  it('is found whatever the whitespace and quote marks', () => {
    const text = 'He said the “talks were frank.”\nThen he left.';
    expect(quoteInText(text, 'said the "talks  were frank."')).toBe(true);
    expect(quoteInText(text, 'talks were frank. Then he')).toBe(true);
    expect(quoteInText(text, 'talks were warm')).toBe(false);
    expect(quoteInText(text, '  ')).toBe(false);
  });
  it('splits kept text into sentences as written', () => {
    expect(splitSentences('A met B. “Fine,” said C.\n\nD left! Then E. e.g. stays.')).toEqual([
      'A met B.',
      '“Fine,” said C.',
      'D left!',
      'Then E. e.g. stays.',
    ]);
  });
});
