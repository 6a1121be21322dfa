// "Peru, Chile and Bolivia issued a joint statement. The joint statement called for a truce in
// Ecuador": "the statement" that opens a sentence stands for its authors told before; a demand
// for something "in" a country is a demand on that country; and a call for "an end to the
// fighting" tells no fighting.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

describe('what a joint statement called for', () => {
  const draft = readLead(
    'A statement',
    'Peru, Chile and Bolivia issued a joint statement on Sunday on the conflict.\n\nThe joint statement called for a three-month truce in Ecuador.\n\nThe statement also rejected any role for the Shining Path in Ecuador.',
  );

  it('reads the statement’s demand as each author’s, on the country it is for', () => {
    for (const author of ['peru', 'chile', 'bolivia'])
      expect(findRelation(draft, 'demand', author, 'ecuador')?.date).toBe('2025-03-02');
    // a demand made of Ecuador reads "Peru called on Ecuador", not "called for Ecuador"
    expect(findRelation(draft, 'demand', 'peru', 'ecuador')?.label).toBe('called on');
  });

  it('reads what the statement rejected as each author’s rejection', () => {
    const group = draft.entities.find((e) => e.entity.label === 'Shining Path')?.entity.id;
    expect(findRelation(draft, 'rejection', 'bolivia', group ?? 'none')).toBeDefined();
  });

  it('leaves "the statement" of one side, with no joint statement before, to nobody', () => {
    const one = readLead(
      'A statement',
      'Peru met Chile on Sunday.\n\nThe statement called for a truce in Ecuador.',
    );
    expect(kindsBetween(one, 'chile', 'ecuador')).not.toContain('demand');
  });

  it('reads no demand on a country named in another clause', () => {
    const other = readLead('Vote', 'Peru called for new elections after a vote in Ecuador failed.');
    expect(kindsBetween(other, 'peru', 'ecuador')).not.toContain('demand');
  });

  it('reads no fighting in a call for an end to it', () => {
    const end = readLead('Truce call', 'Peru called for an end to the fighting in Ecuador.');
    expect(kindsBetween(end, 'peru', 'ecuador')).not.toContain('military-action');
    expect(findRelation(end, 'demand', 'peru', 'ecuador')).toBeDefined();
  });
});
