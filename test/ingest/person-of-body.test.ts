// "Kari Lund of the Harbour Institute", "Jon Berg of Nordic Research Centre": an analyst or an
// official named with the body they work for after "of" is a person of that body, whether the
// article writes "the" between them or runs the two names together.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readFixture } from './fixture-reading';

const name = 'person-of-body.txt';
const draft = readFixture(name, '2025-05-14');
const kindOf = (label: string) => draft.entities.find((p) => p.entity.label === label)?.entity.kind;

describe('a person of a body', () => {
  it('is a person, the body a body, and the person is of it', () => {
    for (const [person, body] of [
      ['Kari Lund', 'Harbour Institute for Policy Studies'],
      ['Jon Berg', 'Nordic Research Centre'],
      ['Ana Vell', 'Maltese Centre for Strategic Studies'],
    ] as const) {
      expect(kindOf(person), person).toBe('person');
      expect(kindOf(body), body).toBe('organization');
    }
    expect(kindsBetween(draft, 'kari-lund', 'harbour-institute-for-policy-studies')).toEqual([
      'affiliation',
    ]);
    expect(kindsBetween(draft, 'jon-berg', 'nordic-research-centre')).toEqual(['affiliation']);
    expect(kindsBetween(draft, 'ana-vell', 'maltese-centre-for-strategic-studies')).toEqual([
      'affiliation',
    ]);
  });

  it('speaks for themselves, not as the body run into their name', () => {
    expect(kindsBetween(draft, 'ana-vell', 'iceland')).toEqual(['statement']);
    expect(draft.entities.some((p) => p.entity.label.includes(' of '))).toBe(false);
  });
});
