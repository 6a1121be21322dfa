// Who acts and who takes part: the actor behind an unnamed counterpart, a possessor, a
// participant joined to the subject, and the place of a meeting kept apart from its parties.
// Short invented articles, read into an empty graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, kindsBetween } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2025-05-10',
  });

describe('an unnamed counterpart stands for the country its adjective names', () => {
  const draft = ingestFile('m-unnamed-counterpart.txt');

  it('reads "met his Maltese counterpart" as a meeting with Malta', () => {
    expect(kindsBetween(draft, 'spain', 'malta')).toContain('meeting');
  });

  it('keeps a named counterpart as the person, not the country', () => {
    expect(kindsBetween(draft, 'jon-arason', 'kari-lunde')).toContain('call');
    expect(kindsBetween(draft, 'jon-arason', 'norway')).toEqual([]);
  });
});

describe('a group named before a title is a group, not a person', () => {
  const draft = ingestFile('m-group-leader.txt');
  const kindOf = (id: string) => draft.entities.find((e) => e.entity.id === id)?.entity.kind;

  it('reads "Red Dawn militia leader Omar Sato" as the group and its leader', () => {
    expect(kindOf('red-dawn')).toBe('organization');
    expect(kindOf('omar-sato')).toBe('person');
  });

  it('reads the group as the actor its spokesman speaks for', () => {
    expect(kindsBetween(draft, 'northern-shield', 'latvia')).toContain('military-action');
  });
});

describe('"its neighbour" is another side, "its border posts" the reporter\'s own', () => {
  const draft = ingestFile('m-its-neighbour.txt');
  const force = (a: string, b: string) => kindsBetween(draft, a, b).includes('military-action');

  it('does not read the condemner as the victim of "the attack on its neighbour"', () => {
    expect(kindsBetween(draft, 'norway', 'latvia')).toContain('criticism');
    expect(force('latvia', 'norway')).toBe(false);
  });

  it('reads the neighbour named after it as the victim', () => {
    expect(force('finland', 'estonia')).toBe(true);
    expect(force('finland', 'sweden')).toBe(false);
  });

  it('reads "accused the group of attacking its border posts" as the group striking the accuser', () => {
    expect(force('grey-wolf', 'denmark')).toBe(true);
  });
});

describe('the subject of a sentence reaches past a relative clause set off by commas', () => {
  const draft = ingestFile('m-relative-subject.txt');

  it('reads "Latvia, which has long said …, imposed sanctions on Estonia" as Latvia\'s sanction', () => {
    expect(kindsBetween(draft, 'latvia', 'estonia')).toContain('sanction');
  });

  it('reads "Norway, whose ships were seized …, launched strikes on Finland" as Norway\'s deed', () => {
    expect(kindsBetween(draft, 'norway', 'finland')).toContain('military-action');
  });
});

describe('a companion set off by commas acts with the subject', () => {
  const draft = ingestFile('m-companions.txt');

  it('reads "Latvia, joined by Estonia, imposed sanctions" as the sanctions of both', () => {
    expect(kindsBetween(draft, 'latvia', 'belarus')).toContain('sanction');
    expect(kindsBetween(draft, 'estonia', 'belarus')).toContain('sanction');
  });

  it('reads "accompanied by Denmark\'s prime minister, met" as Denmark meeting too', () => {
    expect(kindsBetween(draft, 'anna-berg', 'ukraine')).toContain('meeting');
    expect(kindsBetween(draft, 'denmark', 'ukraine')).toContain('meeting');
  });
});

describe('"as well as" adds one more to a list of participants', () => {
  const draft = ingestFile('m-as-well-as.txt');

  it('reads "officials from Malta and Iceland, as well as Norway, met" as a meeting of all three', () => {
    expect(kindsBetween(draft, 'malta', 'iceland')).toContain('meeting');
    expect(kindsBetween(draft, 'malta', 'norway')).toContain('meeting');
    expect(kindsBetween(draft, 'iceland', 'norway')).toContain('meeting');
  });

  it('reads "Spain and Portugal, as well as Italy, imposed sanctions" as the sanctions of all three', () => {
    for (const side of ['spain', 'portugal', 'italy'])
      expect(kindsBetween(draft, side, 'latvia')).toContain('sanction');
  });
});

describe('the subject after a phrase that opens the sentence', () => {
  const draft = ingestFile('m-opening-phrase.txt');

  it('reads "After meeting Estonia\'s prime minister, Latvia\'s president said" as Latvia meeting Estonia', () => {
    expect(kindsBetween(draft, 'latvia', 'estonia')).toContain('meeting');
  });

  it('reads "Before meeting Finland\'s foreign minister, Ana Vell spoke" as her meeting Finland', () => {
    expect(kindsBetween(draft, 'ana-vell', 'finland')).toContain('meeting');
  });
});

describe('an envoy summoned, told in the passive', () => {
  const draft = ingestFile('m-summoned-passive.txt');

  it('reads "Estonia\'s ambassador was summoned by Latvia\'s foreign ministry" as a protest to Estonia', () => {
    expect(kindsBetween(draft, 'latvian-ministry-of-foreign-affairs', 'estonia')).toContain(
      'protest',
    );
    expect(kindsBetween(draft, 'estonia', 'latvian-ministry-of-foreign-affairs')).toEqual([]);
  });
});

describe('two ministers named together act together', () => {
  const draft = ingestFile('m-paired-ministers.txt');

  it('reads "Spain\'s foreign minister and Malta\'s foreign minister signed" as an accord of both', () => {
    expect(kindsBetween(draft, 'spain', 'malta')).toContain('agreement');
  });

  it('reads "Jon Arason and his Maltese counterpart signed" as an accord with Malta', () => {
    expect(kindsBetween(draft, 'jon-arason', 'malta')).toContain('agreement');
  });

  it('reads "the two ministers condemned Latvia" as the criticism of both', () => {
    expect(kindsBetween(draft, 'portugal', 'latvia')).toContain('criticism');
    expect(kindsBetween(draft, 'italy', 'latvia')).toContain('criticism');
  });
});

describe('a deed answered falls on the side that answers it', () => {
  const draft = ingestFile('m-response.txt');

  it('reads "Responding to Malta\'s strikes, Iceland shelled…" as Malta striking Iceland too', () => {
    expect(kindsBetween(draft, 'malta', 'iceland')).toContain('military-action');
    expect(kindsBetween(draft, 'iceland', 'malta')).toContain('military-action');
  });

  it('reads "it was retaliating for Finland\'s sanctions" as Finland\'s sanctions on Norway', () => {
    expect(kindsBetween(draft, 'finland', 'norway')).toContain('sanction');
  });

  it('leaves a deed with a target of its own on that target', () => {
    expect(kindsBetween(draft, 'spain', 'italy')).toEqual([]);
  });
});
