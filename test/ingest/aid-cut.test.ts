// Aid cut is a sanction (CAMEO 16), not aid: "signed a decree on Friday to cut Maltese financial
// assistance to Iceland" (the decree, signed, does what its "to" clause says; the country owning
// the aid gives it, the one it went to is sanctioned), "halted funding to Iceland"; "its inability
// to finalise an accord" tells no accord; aid pledged is aid.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

const draft = readFixture('aid-cut.txt', '2025-02-08');

describe('aid cut', () => {
  it('by a signed decree is a sanction on the country it went to, dated', () => {
    expect(findRelation(draft, 'sanction', 'ana-vell', 'iceland')).toMatchObject({
      date: '2025-02-07',
      label: 'cut aid to',
    });
    expect(kindsBetween(draft, 'ana-vell', 'malta')).not.toContain('sanction');
    expect(kindsBetween(draft, 'ana-vell', 'iceland')).not.toContain('aid');
  });

  it('by a halt to funding is a sanction', () => {
    expect(findRelation(draft, 'sanction', 'norway', 'iceland')).toBeDefined();
  });

  it('leaves aid pledged as aid', () => {
    expect(findRelation(draft, 'aid', 'sweden', 'iceland')).toBeDefined();
  });
});

describe('a failure to agree', () => {
  it('is no agreement', () => {
    expect(kindsBetween(draft, 'iceland', 'malta')).not.toContain('agreement');
  });
});
