// "Peru vowed to respond to Chilean aggression by all means", "Peru said it would respond to
// Chile's aggression with force": a response in kind to another's force is a threat aimed at
// that side; a response to a letter is none.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

describe('a response promised to aggression', () => {
  it('is a threat at the side whose force it answers', () => {
    const vowed = readLead('Threat', 'Peru vowed to respond to Chilean aggression by all means.');
    expect(findRelation(vowed, 'threat', 'peru', 'chile')).toBeDefined();
    const would = readLead(
      'Threat',
      "Peru said it would respond to Chile's aggression with force.",
    );
    expect(findRelation(would, 'threat', 'peru', 'chile')).toBeDefined();
  });

  it('is no threat when what is answered is no force', () => {
    const letter = readLead(
      'Reply',
      'Peru said it would respond to the letter from Chile next week.',
    );
    expect(kindsBetween(letter, 'peru', 'chile')).not.toContain('threat');
  });
});
