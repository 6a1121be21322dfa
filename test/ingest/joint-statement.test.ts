// "Peru, Chile and Bolivia issued a joint statement", "In a joint statement, Peru and Chile
// said", "a statement issued on Sunday by Peru, Chile and Bolivia": words put out together are
// cooperation between each two of those who put them out, on the day they did.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

const cooperate = (text: string, a: string, b: string) =>
  findRelation(readLead('A statement', text), 'cooperation', a, b);

describe('a joint statement', () => {
  it('joins those who issued it, named before it', () => {
    const text = 'Peru, Chile and Bolivia issued a joint statement on Sunday on the border.';
    expect(cooperate(text, 'peru', 'chile')?.date).toBe('2025-03-02');
    expect(cooperate(text, 'peru', 'bolivia')).toBeDefined();
    expect(cooperate(text, 'chile', 'bolivia')).toBeDefined();
  });

  it('joins those named after "issued by", and after a phrase that opens the sentence', () => {
    const issued =
      'A statement issued on Sunday by Peru, Chile and Bolivia called the talks historic.';
    expect(cooperate(issued, 'chile', 'bolivia')?.date).toBe('2025-03-02');
    const opened = 'In a joint declaration on Sunday, Peru and Chile said the border was calm.';
    expect(cooperate(opened, 'peru', 'chile')).toBeDefined();
    expect(cooperate('Peru issued a joint communique with Chile.', 'peru', 'chile')).toBeDefined();
  });

  it('reads no cooperation from a statement of one side, or one only planned', () => {
    const one = readLead(
      'A statement',
      'Peru said in a statement on Sunday that Chile had attacked.',
    );
    expect(kindsBetween(one, 'peru', 'chile')).not.toContain('cooperation');
    expect(
      cooperate('Peru and Chile will issue a joint statement on Friday.', 'peru', 'chile'),
    ).toBeUndefined();
  });
});
