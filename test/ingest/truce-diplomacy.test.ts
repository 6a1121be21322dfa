// Diplomacy around a truce, as news from South-East Asia writes it: leaders who hold their post
// for now ("acting Prime Minister"), honorific styles before a name, accords signed, witnessed,
// facilitated and suspended. Each article is invented, one pattern to a fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const ingestFile = (name: string, published = '2025-03-05'): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name, published });
const participantsOf = (draft: Draft, kind: string) => {
  const event = draft.entities.find(
    (e) => e.entity.kind === 'event' && e.entity.label.includes(kind),
  );
  return draft.relations
    .filter((p) => p.relation.kind === 'participant' && p.relation.target === event?.entity.id)
    .map((p) => p.relation.source)
    .sort();
};

describe('a leader holding a post for now', () => {
  const draft = ingestFile('acting-leaders.txt');

  it('acts for the country before "acting Prime Minister" or "interim President"', () => {
    expect(findRelation(draft, 'affiliation', 'liis-tamm', 'estonia')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'rasa-kalnaite', 'lithuania')).toBeDefined();
  });

  it('is the one who meets, not the country', () => {
    expect(findRelation(draft, 'meeting', 'liis-tamm', 'andris-ozols')).toBeDefined();
    expect(participantsOf(draft, 'meeting')).toEqual([
      'andris-ozols',
      'liis-tamm',
      'rasa-kalnaite',
    ]);
  });
});

describe('a style of honour before a name ("Datuk Seri", "Tan Sri", "Dato\'")', () => {
  const draft = ingestFile('honorific-styles.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('is no part of the name, and no organisation', () => {
    expect(labels).toEqual(
      expect.arrayContaining(['Rahman Yusof', 'Aziz Karim', 'Nora Hassan', 'Tan Boon Keat']),
    );
    expect(labels.filter((l) => /Seri|Sri|Dato/.test(l))).toEqual([]);
  });

  it('leaves the person to act', () => {
    expect(findRelation(draft, 'meeting', 'rahman-yusof', 'lim-wei-ping')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'nora-hassan', 'singapore')).toBeDefined();
  });

  it('is no part of the post the person holds', () => {
    const post = findRelation(draft, 'affiliation', 'hamid-osman', 'malaysia');
    expect(post?.label).toBe('is Prime Minister of');
  });
});

describe('an accord signed or inked by the two parties named before it', () => {
  const draft = ingestFile('signed-accord.txt');

  it('is an agreement between them, whatever the accord is named after', () => {
    expect(findRelation(draft, 'agreement', 'liis-tamm', 'andris-ozols')).toMatchObject({
      date: '2025-03-05',
    });
    expect(findRelation(draft, 'agreement', 'finland', 'sweden')).toBeDefined();
  });

  it('proposes no organisation for the named accord, and no party for the city in its name', () => {
    const labels = draft.entities.map((e) => e.entity.label);
    expect(labels.some((l) => /Accord/.test(l))).toBe(false);
    expect(findRelation(draft, 'agreement', 'andris-ozols', 'latvia')).toBeUndefined();
  });
});

describe("a country's province or district named with its place noun", () => {
  const draft = ingestFile('provinces-named.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('is a place, not a person acting for the country', () => {
    for (const name of ['Ida Kora', 'Alu Kalns', 'Saare Mets'])
      expect(
        draft.entities.filter((e) => e.entity.label === name && e.entity.kind === 'person'),
      ).toEqual([]);
    expect(labels).not.toContain('Ida Kora');
    expect(draft.relations.filter((p) => p.relation.kind === 'affiliation')).toEqual([
      expect.objectContaining({
        relation: expect.objectContaining({ source: 'estonian-military' }),
      }),
    ]);
  });

  it('leaves the deed between the two countries', () => {
    expect(findRelation(draft, 'military-action', 'estonia', 'latvia')).toBeDefined();
  });
});

describe('those in whose presence an accord is signed, or who oversee the deal', () => {
  const draft = ingestFile('accord-witnesses.txt');

  it('mediate for the parties of the accord the sentence before told', () => {
    for (const witness of ['rasa-kalnaite', 'aino-virta'])
      for (const party of ['liis-tamm', 'andris-ozols'])
        expect(findRelation(draft, 'mediation', witness, party)).toBeDefined();
  });

  it('mediate for the two sides when "the deal" follows no accord', () => {
    expect(findRelation(draft, 'mediation', 'jan-nowak', 'estonia')).toBeDefined();
    expect(findRelation(draft, 'mediation', 'jan-nowak', 'latvia')).toBeDefined();
  });

  it('are no party to the accord', () => {
    expect(findRelation(draft, 'agreement', 'rasa-kalnaite', 'liis-tamm')).toBeUndefined();
  });
});

describe('"Also attending the meeting were X and Y", "Z was also in attendance"', () => {
  const draft = ingestFile('also-attending.txt');

  it('adds X, Y and Z to the meeting just told', () => {
    expect(participantsOf(draft, 'meeting')).toEqual([
      'aino-virta',
      'andris-ozols',
      'jan-nowak',
      'liis-tamm',
      'rasa-kalnaite',
    ]);
  });
});

describe('"called A and B", "phoned A and B"', () => {
  const draft = ingestFile('called-both.txt');

  it('is a call with each of the two', () => {
    for (const [caller, other] of [
      ['jan-nowak', 'liis-tamm'],
      ['jan-nowak', 'andris-ozols'],
      ['eva-lind', 'liis-tamm'],
      ['eva-lind', 'andris-ozols'],
    ])
      expect(findRelation(draft, 'call', caller as string, other as string)).toBeDefined();
  });
});

describe('"appealing to A and B to agree to a truce"', () => {
  const draft = ingestFile('asked-to-agree.txt');

  it('is no agreement between A and B: it was asked for, not made', () => {
    expect(findRelation(draft, 'agreement', 'liis-tamm', 'andris-ozols')).toBeUndefined();
    expect(findRelation(draft, 'agreement', 'estonia', 'latvia')).toBeUndefined();
  });
});

describe('"US ambassador to Latvia Edgar D. Kuhn": a post to a country written in lower case', () => {
  const draft = ingestFile('envoy-lowercase.txt');
  const people = draft.entities.filter((e) => e.entity.kind === 'person');

  it('is a title: the person acts for the country before it', () => {
    expect(findRelation(draft, 'affiliation', 'edgar-d-kuhn', 'united-states')).toBeDefined();
    expect(findRelation(draft, 'meeting', 'edgar-d-kuhn', 'li-wen')).toBeDefined();
  });

  it('and the name without its middle initial is the same person', () => {
    expect(people.map((e) => e.entity.label).sort()).toEqual(['Edgar D. Kuhn', 'Li Wen']);
    expect(people.find((e) => e.entity.label === 'Edgar D. Kuhn')?.entity.aliases).toContain(
      'Edgar Kuhn',
    );
  });
});

describe('"ALSO READ: …" before a paragraph', () => {
  const draft = ingestFile('also-read-line.txt');

  it("is another story's title: its parties and deeds are not this article's", () => {
    expect(draft.sentences.some((s) => /ALSO READ|power-grid/.test(s))).toBe(false);
    expect(findRelation(draft, 'agreement', 'latvia', 'lithuania')).toBeUndefined();
    expect(draft.entities.map((e) => e.entity.label)).not.toContain('Lithuania');
  });

  it('leaves the paragraph after it to be read', () => {
    expect(draft.sentences).toContain(
      'Poland hosted the meeting at the presidential palace, officials said.',
    );
  });
});

describe('"a Latvian military outpost": a branch of the forces before a noun it qualifies', () => {
  const draft = ingestFile('military-outpost.txt');

  it("makes the outpost the country's: the attack falls on the country", () => {
    expect(findRelation(draft, 'military-action', 'estonia', 'latvia')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'estonia', 'latvian-military')).toBeUndefined();
  });

  it('still lets the forces speak where they are named alone', () => {
    expect(findRelation(draft, 'affiliation', 'latvian-military', 'latvia')).toBeDefined();
  });
});

describe('"the Royal Danish Army": a style before the country\'s adjective in a body\'s name', () => {
  const draft = ingestFile('royal-forces.txt');

  it('acts for the country the adjective names', () => {
    expect(findRelation(draft, 'affiliation', 'royal-danish-army', 'denmark')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'royal-norwegian-navy', 'norway')).toBeDefined();
  });
});

describe('"Poland and Sweden facilitated the negotiations"', () => {
  const draft = ingestFile('facilitators-listed.txt');

  it('makes each of the listed subjects a mediator between the two sides', () => {
    for (const broker of ['poland', 'sweden'])
      for (const party of ['estonia', 'latvia'])
        expect(findRelation(draft, 'mediation', broker, party)).toBeDefined();
  });

  it('and no talks between the facilitators themselves', () => {
    expect(findRelation(draft, 'talks', 'poland', 'sweden')).toBeUndefined();
  });
});

describe('a lead that names only a planned accord "between A and B"', () => {
  const draft = ingestFile('planned-accord-lead.txt');

  it('still names the two sides the mediators work between', () => {
    for (const broker of ['sweden', 'finland'])
      for (const party of ['estonia', 'latvia'])
        expect(findRelation(draft, 'mediation', broker, party)).toBeDefined();
  });

  it('and tells no agreement made', () => {
    expect(findRelation(draft, 'agreement', 'estonia', 'latvia')).toBeUndefined();
  });
});

describe('a third party urging restraint or calling for calm, naming no one', () => {
  const draft = ingestFile('urged-restraint.txt');

  it('makes the demand of each of the two sides the lead names', () => {
    for (const caller of ['united-states', 'china', 'united-nations'])
      for (const party of ['estonia', 'latvia'])
        expect(findRelation(draft, 'demand', caller, party)).toBeDefined();
  });
});

describe('an accord carried out ("implemented an immediate and unconditional ceasefire")', () => {
  const draft = ingestFile('implemented-truce.txt');

  it('holds between the parties that carry it out, on the day told', () => {
    expect(findRelation(draft, 'agreement', 'estonia', 'latvia')).toMatchObject({
      date: '2025-03-05',
    });
  });

  it('but not where it is only hoped for', () => {
    expect(findRelation(draft, 'agreement', 'sweden', 'norway')).toBeUndefined();
  });
});

describe('an accord suspended ("was suspending its peace agreement with B")', () => {
  const draft = ingestFile('accord-suspended.txt');

  it('cuts relations with the other party, on the day it was announced', () => {
    expect(findRelation(draft, 'sanction', 'latvia', 'estonia')).toMatchObject({
      date: '2025-03-04',
    });
    expect(findRelation(draft, 'agreement', 'latvia', 'estonia')).toBeUndefined();
  });

  it('but not where it might be', () => {
    expect(findRelation(draft, 'sanction', 'sweden', 'finland')).toBeUndefined();
  });
});

describe('a time zone after a clock ("0430 a.m. UTC", "9 a.m. EET", "1500 GMT")', () => {
  const draft = ingestFile('clock-zones.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('is no organisation', () => {
    for (const zone of ['UTC', 'EET', 'GMT']) expect(labels).not.toContain(zone);
  });

  it('while an acronym that names a body still does', () => {
    expect(labels).toContain('World Health Organization');
  });
});

describe('an accord signed by two leaders acting for two countries', () => {
  const draft = ingestFile('signed-accord.txt');

  it('binds their countries too', () => {
    expect(findRelation(draft, 'agreement', 'estonia', 'latvia')).toMatchObject({
      date: '2025-03-05',
    });
  });
});

describe('a demand told by a participle after a comma (", appealing to A and B to …")', () => {
  const draft = ingestFile('asked-to-agree.txt');

  it("is made by the clause's subject, not by the name nearest before it", () => {
    expect(findRelation(draft, 'demand', 'jan-nowak', 'liis-tamm')).toBeDefined();
    expect(findRelation(draft, 'demand', 'jan-nowak', 'andris-ozols')).toBeDefined();
    expect(findRelation(draft, 'demand', 'latvia', 'liis-tamm')).toBeUndefined();
  });
});

describe('"…, appealing to both leaders", "…, urging them": the two people just named', () => {
  const draft = ingestFile('urging-them.txt');

  it('are the ones the demand is made of, by the subject of the clause', () => {
    for (const speaker of ['jan-nowak', 'eva-lind'])
      for (const party of ['liis-tamm', 'andris-ozols'])
        expect(findRelation(draft, 'demand', speaker, party)).toBeDefined();
    expect(findRelation(draft, 'demand', 'liis-tamm', 'andris-ozols')).toBeUndefined();
  });
});
