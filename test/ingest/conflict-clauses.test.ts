// The clause reader on the kinds a conflict or a diplomatic story needs: who a criticism, a
// rejection, a demand or a threat falls on (the verb's own object, its owner or its country's
// adjective), and the forms a deed is told in. Short invented articles, read into an empty graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, kindsBetween } from './fixture-reading';

const PUBLISHED = '2025-05-10';
const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: PUBLISHED,
  });

describe('what is said falls on the object of the verb', () => {
  const draft = ingestFile('j-verbal-objects.txt');

  it('reads "condemned A\'s strikes on B" as criticism of A, not of B', () => {
    expect(kindsBetween(draft, 'portugal', 'estonia')).toContain('criticism');
    expect(kindsBetween(draft, 'portugal', 'latvia')).not.toContain('criticism');
  });

  it('reads "rejected the Finnish offer" as a rejection of Finland', () => {
    expect(kindsBetween(draft, 'norway', 'finland')).toContain('rejection');
  });

  it('reads "held B responsible" as criticism of B', () => {
    expect(kindsBetween(draft, 'sweden', 'denmark')).toContain('criticism');
  });
});

describe('threats and refusals aimed at another', () => {
  const draft = ingestFile('j-threats.txt');

  it('reads a warning aimed at another, or holding out force, as a threat', () => {
    expect(kindsBetween(draft, 'norway', 'finland')).toContain('threat');
    expect(kindsBetween(draft, 'estonia', 'latvia')).toContain('threat');
  });

  it('reads the target inside the infinitive a threat or a refusal opens', () => {
    expect(kindsBetween(draft, 'sweden', 'denmark')).toContain('threat');
    expect(kindsBetween(draft, 'portugal', 'spain')).toContain('rejection');
  });

  it('reads a warning about the world as no threat', () => {
    expect(draft.relations.some((p) => p.relation.source === 'iceland')).toBe(false);
  });
});

describe('a use of force told by a noun, a passive or an adjunct', () => {
  const draft = ingestFile('j-deed-forms.txt');
  const force = (a: string, b: string) => kindsBetween(draft, a, b).includes('military-action');

  it('reads "the strikes on B by A" as A striking B', () => {
    expect(force('estonia', 'latvia')).toBe(true);
    expect(force('latvia', 'estonia')).toBe(false);
  });

  it('reads "B came under A-ian shelling" as A striking B', () => {
    expect(force('sweden', 'finland')).toBe(true);
  });

  it('reads "opened fire on" and "responded with artillery fire on" as force', () => {
    expect(force('denmark', 'norway')).toBe(true);
    expect(force('portugal', 'spain')).toBe(true);
  });

  it('reads a participle after a comma ("…, striking six sites in B") as the subject’s deed', () => {
    expect(force('iceland', 'malta')).toBe(true);
  });

  it('reads "fresh sanctions" as imposed, and "plans further strikes" as no deed yet', () => {
    expect(kindsBetween(draft, 'germany', 'austria')).toContain('sanction');
    expect(force('poland', 'czech-republic')).toBe(false);
    expect(force('poland', 'slovakia')).toBe(true);
  });
});

describe('accords, their brokers, and aid', () => {
  const draft = ingestFile('j-accords-aid.txt');

  it('reads the broker of "the truce" as mediating between the article’s two sides', () => {
    expect(kindsBetween(draft, 'norway', 'latvia')).toContain('mediation');
    expect(kindsBetween(draft, 'norway', 'estonia')).toContain('mediation');
  });

  it('reads "acted as a mediator between A and B" as mediation with both', () => {
    expect(kindsBetween(draft, 'sweden', 'finland')).toContain('mediation');
    expect(kindsBetween(draft, 'sweden', 'denmark')).toContain('mediation');
  });

  it('reads "agreed to a ceasefire with B" and "reached an understanding" as agreements', () => {
    expect(kindsBetween(draft, 'portugal', 'spain')).toContain('agreement');
    expect(kindsBetween(draft, 'austria', 'hungary')).toContain('agreement');
    expect(kindsBetween(draft, 'iceland', 'malta')).not.toContain('agreement');
  });

  it('reads "provided B with weapons" as aid', () => {
    expect(kindsBetween(draft, 'germany', 'poland')).toContain('aid');
  });
});

describe('each other, both countries, and an accord undone', () => {
  const draft = ingestFile('j-reciprocal.txt');

  it('reads "both sides accused each other" as criticism both ways', () => {
    const accusations = draft.relations
      .map((p) => p.relation)
      .filter((r) => r.kind === 'criticism')
      .map((r) => `${r.source}>${r.target}`);
    expect(accusations).toEqual(expect.arrayContaining(['latvia>estonia', 'estonia>latvia']));
  });

  it('reads "spoke with the leaders of both countries" as a call with each side', () => {
    expect(kindsBetween(draft, 'norway', 'latvia')).toContain('call');
    expect(kindsBetween(draft, 'norway', 'estonia')).toContain('call');
  });

  it('reads a suspended treaty as a sanction, not an agreement', () => {
    expect(kindsBetween(draft, 'portugal', 'spain')).toContain('sanction');
    expect(kindsBetween(draft, 'portugal', 'spain')).not.toContain('agreement');
  });
});

describe('parties joined by "and the"', () => {
  const draft = ingestFile('j-joined-subjects.txt');

  it('reads "A and the B agreed" and "A and the B held talks" as between A and B', () => {
    expect(kindsBetween(draft, 'latvia', 'european-union')).toContain('agreement');
    expect(kindsBetween(draft, 'norway', 'united-states')).toContain('talks');
  });

  it('reads "sanctions on A and the B" as falling on both', () => {
    expect(kindsBetween(draft, 'sweden', 'finland')).toContain('sanction');
    expect(kindsBetween(draft, 'sweden', 'united-kingdom')).toContain('sanction');
  });
});

describe('mediators of the main event, and a body as one of its sides', () => {
  const draft = ingestFile('j-mediators.txt');

  it('reads "the two sides" as the country and the armed group of the lead', () => {
    expect(kindsBetween(draft, 'latvia', 'red-dawn-front')).toContain('planned-meeting');
  });

  it('reads "Norwegian and Swedish mediators" as mediating between the two sides', () => {
    for (const mediator of ['norway', 'sweden', 'egypt', 'qatar']) {
      expect(kindsBetween(draft, mediator, 'latvia')).toContain('mediation');
      expect(kindsBetween(draft, mediator, 'red-dawn-front')).toContain('mediation');
    }
  });

  it('reads no talks between the mediators themselves, and an offer to mediate as no mediation', () => {
    expect(kindsBetween(draft, 'egypt', 'qatar')).toEqual([]);
    expect(draft.relations.some((p) => p.relation.source === 'finland')).toBe(false);
  });
});

describe('the two sides by other names', () => {
  const draft = ingestFile('j-two-neighbours.txt');

  it('reads "the two nuclear-armed neighbours" as the two sides', () => {
    expect(kindsBetween(draft, 'latvia', 'estonia')).toContain('agreement');
  });

  it('reads "both delegations" as the two sides', () => {
    expect(kindsBetween(draft, 'norway', 'latvia')).toContain('demand');
    expect(kindsBetween(draft, 'norway', 'estonia')).toContain('demand');
  });
});

describe('vows, recalls and downings, and what is only sought', () => {
  const draft = ingestFile('j-vows-recalls.txt');

  it('reads a recalled envoy as a sanction and a vow of revenge as a threat', () => {
    expect(kindsBetween(draft, 'latvia', 'estonia')).toContain('sanction');
    expect(kindsBetween(draft, 'finland', 'sweden')).toContain('threat');
  });

  it('reads "downed a drone" and "launched a counteroffensive" as force', () => {
    // the side whose drone was downed attacked the side that downed it
    expect(kindsBetween(draft, 'denmark', 'norway')).toContain('military-action');
    expect(kindsBetween(draft, 'portugal', 'spain')).toContain('military-action');
  });

  it('reads talks sought, and an agreement held talks are to reach, as not yet held', () => {
    expect(kindsBetween(draft, 'iceland', 'malta')).toEqual(['planned-meeting']);
    expect(kindsBetween(draft, 'austria', 'hungary')).toContain('talks');
    expect(kindsBetween(draft, 'austria', 'hungary')).not.toContain('agreement');
  });

  it('reads "called for B to withdraw" as a demand on B', () => {
    expect(kindsBetween(draft, 'poland', 'czech-republic')).toContain('demand');
  });
});

describe('"came under fire" as shots or as words', () => {
  const draft = ingestFile('j-under-fire.txt');

  it('reads troops under fire near a border as force used on their country', () => {
    expect(kindsBetween(draft, 'sweden', 'finland')).toContain('military-action');
  });

  it('reads a minister under fire over a budget as criticism, not force', () => {
    expect(kindsBetween(draft, 'norway', 'ida-holm')).toEqual(['criticism']);
  });
});

describe('what one side says another must do', () => {
  const draft = ingestFile('j-orders.txt');

  it('reads "said B must …" and "told B to …" as demands on B', () => {
    expect(kindsBetween(draft, 'estonia', 'latvia')).toContain('demand');
    expect(kindsBetween(draft, 'finland', 'sweden')).toContain('demand');
  });

  it('reads "said B would …" as a statement still', () => {
    expect(kindsBetween(draft, 'norway', 'denmark')).toEqual(['statement']);
  });
});

describe('one side accepting the accord of the main event', () => {
  const draft = ingestFile('j-side-accepts.txt');

  it('reads "Latvia\'s cabinet approved the ceasefire" as an agreement between the two sides', () => {
    expect(kindsBetween(draft, 'latvia', 'estonia')).toContain('agreement');
  });

  it('reads no agreement for one who is no side, approving or welcoming it', () => {
    expect(
      draft.relations.some(
        (p) => ['finland', 'sweden'].includes(p.relation.source) && p.relation.kind !== 'statement',
      ),
    ).toBe(false);
    // welcoming it is a statement towards each side (deal-welcomes.test.ts)
    expect(kindsBetween(draft, 'sweden', 'latvia')).toEqual(['statement']);
    expect(draft.relations.some((p) => p.relation.source === 'finland')).toBe(false);
  });
});

describe('fighting between two sides', () => {
  const draft = ingestFile('j-clashes.txt');
  const both = (a: string, b: string) =>
    kindsBetween(draft, a, b).includes('military-action') &&
    kindsBetween(draft, b, a).includes('military-action');

  it('reads "A and B clashed" as force both ways', () => {
    expect(both('latvia', 'estonia')).toBe(true);
  });

  it('reads "the fighting between A and B" and "the clashes between A-ian and B-ian forces" so', () => {
    expect(both('finland', 'sweden')).toBe(true);
    expect(both('denmark', 'norway')).toBe(true);
  });
});

describe('an accord only put forward', () => {
  const draft = ingestFile('j-proposed-truce.txt');

  it('reads "a proposal for a truce with B" as no agreement, and "signed a truce" as one', () => {
    expect(kindsBetween(draft, 'norway', 'estonia')).not.toContain('agreement');
    expect(kindsBetween(draft, 'finland', 'sweden')).toContain('agreement');
  });
});
