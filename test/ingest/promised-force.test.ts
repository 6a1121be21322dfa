// "Malta said it would strike Iceland": force a side says it will use is a threat of force
// (CAMEO 138), and it falls where the force would, a country named by its adjective included;
// "could strike" is a guess, not a promise. And "airstrikes", a plural the tagger leaves
// unlemmatised, is force like "air strikes". Sanctions announced are imposed; sanctions a side
// says it will impose are a threat of them.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

const draft = readFixture('promised-force.txt', '2025-03-03');
const sentenceOf = (kind: string, a: string, b: string) => {
  const proposal = draft.relations.find(
    (p) => p.relation.kind === kind && p.relation.source === a && p.relation.target === b,
  );
  return proposal ? draft.sentences[proposal.sentence] : undefined;
};

describe('force promised', () => {
  it('is a threat by the side that promises it, on the side it would fall on', () => {
    expect(findRelation(draft, 'threat', 'malta', 'iceland')).toMatchObject({
      label: 'threatened',
    });
    expect(sentenceOf('threat', 'malta', 'iceland')).toContain('it would strike Iceland');
  });

  it('falls on a country named by its adjective', () => {
    expect(sentenceOf('threat', 'iceland', 'malta')).toContain('would retaliate');
  });

  it('is no deed: no strike is proposed from the promise', () => {
    expect(sentenceOf('military-action', 'malta', 'iceland')).not.toContain('would strike');
  });

  it('a strike that could come is neither a threat nor a deed', () => {
    const guessed = draft.relations.filter((p) => draft.sentences[p.sentence]?.includes('could'));
    expect(guessed.map((p) => p.relation.kind)).not.toContain('threat');
    expect(guessed.map((p) => p.relation.kind)).not.toContain('military-action');
  });
});

describe('sanctions said to come', () => {
  it('are imposed when announced', () => {
    expect(sentenceOf('sanction', 'norway', 'iceland')).toContain('announced it would');
  });

  it('are a threat when a side only says it will impose them', () => {
    expect(sentenceOf('threat', 'sweden', 'malta')).toContain('impose sanctions');
    expect(sentenceOf('sanction', 'sweden', 'malta')).toBeUndefined();
  });
});

describe('airstrikes, in one word', () => {
  it('are a strike on the country whose positions they hit', () => {
    expect(kindsBetween(draft, 'malta', 'iceland')).toContain('military-action');
    expect(sentenceOf('military-action', 'malta', 'iceland')).toContain('launched airstrikes');
  });
});
