// The proposals panel says what a proposal rests on when the sentence does not state it.
import { describe, expect, it } from 'vitest';
import { ruleBasis } from '../../src/ui/proposal-rows';

describe('what a proposal rests on', () => {
  it('says general knowledge for a known tie', () => {
    expect(ruleBasis('known:post')).toContain('from general knowledge');
  });

  it("says an inference for the countries' meeting read from their people's", () => {
    expect(ruleBasis('ties:sides-of-dealing')).toContain("inferred from the people's countries");
  });

  it('says an inference for a head of state placed by the article’s country', () => {
    expect(ruleBasis('title:home-country')).toContain('the country the article is about');
  });

  it('says nothing for a rule that reads what the sentence says', () => {
    expect(ruleBasis('pattern:meeting')).toBe('');
    expect(ruleBasis('title:represents')).toBe('');
  });
});
