// "Qatari Emir Sheikh Tamim bin Hamad Al Thani": a known person's short form ("Sheikh Tamim")
// whose full name runs on past a particle is one mention of one person (the rest was a new
// person, "Hamad Al Thani"), and the object a call is made to.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a known name written in full past a particle', () => {
  const draft = readFixture('full-name-past-particle.txt', '2025-03-04');
  const people = draft.entities.filter((e) => e.entity.kind === 'person');

  it('is one person', () => {
    expect(people.map((e) => e.entity.label).sort()).toEqual([
      'Donald Trump',
      'Tamim bin Hamad Al Thani',
    ]);
  });

  it('is the one called, on the day told', () => {
    const emir = people.find((e) => e.entity.label === 'Tamim bin Hamad Al Thani')?.entity.id;
    expect(findRelation(draft, 'call', 'donald-trump', emir ?? '')?.date).toBe('2025-03-03');
  });
});
