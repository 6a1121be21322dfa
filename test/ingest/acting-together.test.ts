// Sides that do one deed together toward another cooperate in it ("Latvia, Lithuania and Estonia
// recalled their ambassadors from Finland"); sides that each act on a different side, or that meet
// one another, are not said to act together.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readLead } from './fixture-reading';

const read = (text: string) => readLead('Envoys', text);

describe('a deed done together', () => {
  it('makes its doers cooperate', () => {
    const draft = read('Latvia, Lithuania and Estonia recalled their ambassadors from Finland.');
    expect(kindsBetween(draft, 'latvia', 'lithuania')).toContain('cooperation');
    expect(kindsBetween(draft, 'lithuania', 'estonia')).toContain('cooperation');
    expect(kindsBetween(draft, 'latvia', 'finland')).toContain('sanction');
  });

  it('joins no one who acts alone', () => {
    const draft = read(
      'Latvia recalled its ambassador from Finland, and Sweden criticised Norway.',
    );
    expect(kindsBetween(draft, 'latvia', 'sweden')).toEqual([]);
  });

  it('adds nothing to those who meet', () => {
    const draft = read('Latvia, Lithuania and Estonia met in Riga on Monday.');
    expect(kindsBetween(draft, 'latvia', 'lithuania')).not.toContain('cooperation');
  });
});
