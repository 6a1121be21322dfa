// "X spoke to Y", Y a person named (with their title or not), is a call between them, as "spoke
// with Y" is; a medium or a crowd spoken to ("spoke to Fox News", "spoke to reporters") is none.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readLead } from './fixture-reading';

const read = (text: string) => readLead('Talks', text);

describe('spoke to someone', () => {
  it('is a call with the person named after "to"', () => {
    const draft = read(
      'Latvian Prime Minister Evika Silina spoke to US Vice President JD Vance on Friday.',
    );
    expect(kindsBetween(draft, 'evika-silina', 'jd-vance')).toEqual(['call']);
    expect(
      kindsBetween(read('Trump spoke to Putin for two hours.'), 'donald-trump', 'vladimir-putin'),
    ).toEqual(['call']);
  });

  it('is no call with a medium or a crowd', () => {
    const draft = read('Trump spoke to Fox News, and later spoke to reporters.');
    expect(draft.relations.filter((r) => r.relation.kind === 'call')).toEqual([]);
  });
});

describe('spoke to, or with, several', () => {
  it('is a call with each one named, past an adverb', () => {
    const draft = read('Rubio spoke separately with Evika Silina and Kristen Michal.');
    expect(kindsBetween(draft, 'marco-rubio', 'evika-silina')).toEqual(['call']);
    expect(kindsBetween(draft, 'marco-rubio', 'kristen-michal')).toEqual(['call']);
    const to = read('Rubio also spoke to Evika Silina and Kristen Michal on Saturday.');
    expect(kindsBetween(to, 'marco-rubio', 'kristen-michal')).toEqual(['call']);
  });
});

describe('spoke to counterparts', () => {
  it('is a call with each country whose counterpart is named', () => {
    const one = read(
      'Latvian Foreign Minister Baiba Braze spoke to her Estonian counterpart on Friday.',
    );
    expect(kindsBetween(one, 'baiba-braze', 'estonia')).toEqual(['call']);
    const two = read(
      'Latvian Foreign Minister Baiba Braze spoke to her counterparts in Finland and Sweden.',
    );
    expect(kindsBetween(two, 'baiba-braze', 'finland')).toEqual(['call']);
    expect(kindsBetween(two, 'baiba-braze', 'sweden')).toEqual(['call']);
  });

  it('is no call with her own staff', () => {
    const draft = read('Latvian Foreign Minister Baiba Braze spoke to her staff on Friday.');
    expect(draft.relations.filter((r) => r.relation.kind === 'call')).toEqual([]);
  });

  it('reads a leader spoken to by phone, the line named after them', () => {
    const draft = read(
      'Latvian Foreign Minister Baiba Braze spoke to Tsahkna by phone on Friday, after Estonian Foreign Minister Margus Tsahkna arrived in Riga.',
    );
    expect(kindsBetween(draft, 'baiba-braze', 'margus-tsahkna')).toContain('call');
  });
});
