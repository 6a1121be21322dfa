// The one who announces an accord between two sides speaks of each of them ("Trump announced a
// ceasefire between Latvia and Estonia"), and the accord is the sides' own; talks suspended or
// walked out of are turned down, not held; agreeing to another side's demand is an accord with it.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readLead } from './fixture-reading';

const read = (text: string) => readLead('Truce', text);

describe('accords announced, talks broken off, demands agreed to', () => {
  it('reads the announcer speaking of both sides of the accord', () => {
    const draft = read('Trump announced a ceasefire between Latvia and Estonia on Saturday.');
    expect(kindsBetween(draft, 'donald-trump', 'latvia')).toEqual(['statement']);
    expect(kindsBetween(draft, 'donald-trump', 'estonia')).toEqual(['statement']);
    expect(kindsBetween(draft, 'latvia', 'estonia')).toEqual(['agreement']);
  });

  it('reads talks suspended or walked out of as turned down', () => {
    expect(
      kindsBetween(read('Latvia suspended talks with Estonia on Monday.'), 'latvia', 'estonia'),
    ).toEqual(['rejection']);
    expect(
      kindsBetween(read('Estonia walked out of the talks with Latvia.'), 'estonia', 'latvia'),
    ).toEqual(['rejection']);
    expect(
      kindsBetween(read('Latvia held talks with Estonia on Monday.'), 'latvia', 'estonia'),
    ).toEqual(['talks']);
  });

  it("reads agreeing to another side's demand as an accord with it", () => {
    const draft = read("Estonia agreed to Latvia's demand for a prisoner swap.");
    expect(kindsBetween(draft, 'estonia', 'latvia')).toEqual(['agreement']);
  });
});

describe('an offer to mediate', () => {
  it('is said to both sides, and is no mediation carried on', () => {
    const draft = read('Iran offered to mediate between Latvia and Estonia on Monday.');
    expect(kindsBetween(draft, 'iran', 'latvia')).toEqual(['statement']);
    expect(kindsBetween(draft, 'iran', 'estonia')).toEqual(['statement']);
  });
});
