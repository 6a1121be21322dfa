// The reader on general news patterns, in short invented articles read into an empty graph: names
// as people write them (hyphenated given names, surname-first), the day each clause states, and
// what a page holds besides prose (agencies, outlets) never becoming an actor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';
import { describedActors } from '../../src/ingest/extract/descriptions';
import { tagParagraph } from '../../src/ingest/extract/nlp';
import type { Mention } from '../../src/ingest/extract/types';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

const ingestFile = (name: string, published = '2025-05-10'): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name, published });

const entityIds = (draft: Draft) => draft.entities.map((e) => e.entity.id);

describe('names as news writes them', () => {
  it('keeps a hyphenated given name whole, and its surname-first short form', () => {
    const draft = ingestFile('names-hyphenated.txt');
    expect(entityIds(draft)).toContain('park-min-seo');
    expect(entityIds(draft)).not.toContain('park-min');
    expect(relation(draft, 'meeting', 'park-min-seo', 'lars-odegaard')?.date).toBe('2025-05-08');
    expect(relation(draft, 'meeting', 'park-min-seo', 'sigrid-holm')?.date).toBe('2025-05-07');
  });

  it('keeps meetings on different days of one article apart', () => {
    const draft = ingestFile('names-hyphenated.txt');
    const events = draft.entities.filter((e) => e.entity.kind === 'event');
    expect(events).toHaveLength(2);
    const holm = draft.relations.filter(
      (p) => p.relation.kind === 'participant' && p.relation.source === 'sigrid-holm',
    );
    expect(holm.map((p) => p.relation.date)).toEqual(['2025-05-07']);
  });

  it('does not glue a compound like "Oslo-led" into a name', () => {
    const draft = ingestArticle(
      'Quota talks\n\nThe Oslo-led talks with Iceland ended on Friday.\n',
      EMPTY,
      { published: '2025-05-10' },
    );
    expect(entityIds(draft).some((id) => id.includes('led'))).toBe(false);
  });
});

describe('who a person acts for', () => {
  it('reads "his Norwegian counterpart Kari Lunde" as acting for Norway', () => {
    const draft = ingestFile('counterparts.txt');
    expect(relation(draft, 'affiliation', 'kari-lunde', 'norway')).toBeDefined();
    expect(relation(draft, 'affiliation', 'ada-kuhl', 'malta')).toBeDefined();
  });
});

describe('the day of each clause', () => {
  it('dates a past call by its own weekday, not by the future of another clause', () => {
    const draft = ingestFile('dates-clause.txt');
    expect(relation(draft, 'call', 'ola-berg', 'sif-dahl')?.date).toBe('2025-05-07');
  });

  it('never dates talks already held after the article', () => {
    const draft = ingestFile('dates-clause.txt');
    const talks = relation(draft, 'talks', 'ola-berg', 'sif-dahl');
    expect(talks).toBeDefined();
    expect(talks?.date ?? '').not.toBe('2025-05-12');
  });

  it('still dates a planned meeting ahead', () => {
    const draft = ingestArticle(
      'Leaders to meet\n\nNorwegian Prime Minister Ola Berg and Icelandic Prime Minister Sif Dahl will meet in Oslo on Monday.\n',
      EMPTY,
      { published: '2025-05-10' },
    );
    expect(relation(draft, 'planned-meeting', 'ola-berg', 'sif-dahl')?.date).toBe('2025-05-12');
  });
});

describe('what a page holds besides prose', () => {
  it('never makes the agency of a dateline an actor, whatever its name', () => {
    const draft = ingestFile('crisis-dateline-agency.txt');
    expect(entityIds(draft)).not.toContain('nordic-wire');
    expect(relation(draft, 'agreement', 'iceland', 'malta')?.date).toBe('2025-05-09');
  });

  it('drops a caption credited after a slash ("… since April. / Agency") and a stamped byline', () => {
    const draft = ingestFile('credits-agency.txt', '2025-05-12');
    expect(entityIds(draft)).not.toContain('nwa');
    expect(entityIds(draft)).not.toContain('boats');
    // the country is first named in the story, not in the outlet's name on the byline
    const iceland = draft.entities.find((e) => e.entity.id === 'iceland');
    expect(iceland?.mention).toBe('Iceland');
    expect(relation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2025-05-12');
  });

  it('reads a plain-case dateline with its agency ("Oslo, May 9 (Agency)--") as a dateline', () => {
    const draft = ingestFile('news-plain-dateline.txt');
    expect(entityIds(draft)).not.toContain('fjord-press');
    expect(relation(draft, 'call', 'lars-odegaard', 'sif-dahl')?.date).toBe('2025-05-08');
  });

  it('reads an armed or political group by its cue word ("the Harbour Front") as an organisation', () => {
    const draft = ingestFile('crisis-dateline-agency.txt');
    const front = draft.entities.find((e) => e.entity.id === 'harbour-front');
    expect(front?.entity.kind).toBe('organization');
  });
});

describe('the passive voice', () => {
  it('reads the agent after "by" as the actor: an attack, and a mediation with every party', () => {
    const draft = ingestFile('crisis-passive.txt');
    expect(relation(draft, 'military-action', 'iceland', 'malta')?.date).toBe('2025-05-06');
    expect(relation(draft, 'military-action', 'malta', 'iceland')).toBeUndefined();
    for (const mediator of ['qatar', 'egypt'])
      for (const party of ['iceland', 'malta'])
        expect(relation(draft, 'mediation', mediator, party)).toBeDefined();
  });
});

describe('people referred back to', () => {
  it('reads "the Japanese … minister" as the one Japanese person named before', () => {
    const draft = ingestFile('coref-demonym-role.txt');
    expect(relation(draft, 'meeting', 'ken-sato', 'lars-odegaard')?.date).toBe('2025-05-09');
  });
});

describe('who a person acts for, by possessive', () => {
  it('reads "Malta\'s Rita Camilleri" with no title as a person acting for Malta', () => {
    const draft = ingestFile('owned-name.txt', '2025-05-12');
    expect(relation(draft, 'affiliation', 'rita-camilleri', 'malta')).toBeDefined();
    expect(relation(draft, 'call', 'lars-odegaard', 'rita-camilleri')?.date).toBe('2025-05-06');
    expect(relation(draft, 'call', 'lars-odegaard', 'malta')).toBeUndefined();
  });
});

describe('plural references to the pair just named', () => {
  it('reads "They agreed …" after a sentence naming two people as those two', () => {
    const draft = ingestFile('plural-pronoun.txt');
    expect(relation(draft, 'agreement', 'jon-arason', 'kari-lunde')).toBeDefined();
    expect(relation(draft, 'agreement', 'rita-camilleri', 'jon-arason')).toBeUndefined();
  });

  it('reads "both sides" as the two people of its own sentence, not the main countries', () => {
    const draft = ingestFile('plural-sides.txt');
    expect(relation(draft, 'agreement', 'kari-lunde', 'ida-holm')?.date).toBe('2025-05-06');
    expect(relation(draft, 'agreement', 'iceland', 'malta')).toBeUndefined();
  });

  it('leaves "they" open when three people were named before', () => {
    const draft = ingestArticle(
      'Quota row\n\nJon Arason, Kari Lunde and Ida Holm spoke in Oslo on Monday. They agreed to meet again.\n',
      EMPTY,
      { published: '2025-05-10' },
    );
    expect(draft.relations.some((p) => p.relation.kind === 'agreement')).toBe(false);
  });
});

describe('people described by the body they belong to', () => {
  it('reads "the bloc\'s top officials" as the bloc last named, acting', () => {
    const draft = ingestFile('body-people.txt');
    expect(relation(draft, 'meeting', 'nordic-council', 'rita-camilleri')?.date).toBe('2025-05-06');
    expect(relation(draft, 'rejection', 'malta', 'nordic-council')?.date).toBe('2025-05-07');
  });
});

describe('deeds of a crisis', () => {
  it('reads strikes "in Malta" as against Malta, dated by the sentence that gives the day', () => {
    const draft = ingestFile('crisis-appeal-strike.txt');
    expect(relation(draft, 'military-action', 'iceland', 'malta')?.date).toBe('2025-05-07');
  });

  it("reads a country's troops and jets as the country, and its positions as its own", () => {
    const draft = ingestFile('crisis-armed-forces.txt');
    expect(relation(draft, 'military-action', 'malta', 'iceland')?.date).toBe('2025-05-08');
    expect(relation(draft, 'military-action', 'iceland', 'malta')?.date).toBe('2025-05-09');
  });

  it('reads "called on A and B to …" as a demand of each', () => {
    const draft = ingestFile('crisis-appeal-strike.txt');
    expect(relation(draft, 'demand', 'norway', 'iceland')).toBeDefined();
    expect(relation(draft, 'demand', 'norway', 'malta')).toBeDefined();
  });
});

describe('where an event took place', () => {
  const eventLabels = (draft: Draft) =>
    draft.entities.filter((e) => e.entity.kind === 'event').map((e) => e.entity.label);

  it('takes the place a sentence opens with over the dateline city ("In Ottawa on Tuesday, … met")', () => {
    const labels = eventLabels(ingestFile('news-fronted-place.txt'));
    expect(labels).toContainEqual(expect.stringMatching(/meeting in Ottawa/));
    expect(labels.join(' ')).not.toContain('in Oslo');
  });

  it('takes the place a later sentence gives the same event ("The talks … took place in Ottawa")', () => {
    const labels = eventLabels(ingestFile('news-retold-place.txt'));
    expect(labels).toContainEqual(expect.stringMatching(/talks in Ottawa/));
    expect(labels.join(' ')).not.toContain('in Oslo');
  });
});

describe('actors named by description', () => {
  it('reads "the country\'s foreign ministry" as the country last named acting', () => {
    const draft = ingestFile('crisis-descriptions.txt');
    expect(relation(draft, 'criticism', 'malta', 'norway')).toBeDefined();
  });

  it('reads "the militant group" as the organisation last named, as subject or object', () => {
    const draft = ingestFile('crisis-descriptions.txt');
    expect(relation(draft, 'threat', 'harbour-front', 'malta')).toBeDefined();
    expect(relation(draft, 'criticism', 'norway', 'harbour-front')).toBeDefined();
  });

  it('takes no description that is not an actor ("the country\'s economy", a passing mention)', () => {
    const malta: Mention = {
      ...{ start: 0, end: 1, id: 'malta', kind: 'country', text: 'Malta' },
      ...{ adjectival: false, known: false, confidence: 0.8, rule: 'mention:name' },
    };
    const memory = { country: malta, organization: null };
    const read = (text: string) =>
      describedActors(tagParagraph(text)[0] as ReturnType<typeof tagParagraph>[number], [], memory);
    expect(read("The country's economy grew by two percent.")).toEqual([]);
    expect(read('Fishing is important for the country in many ways.')).toEqual([]);
    expect(read("The country's foreign ministry said talks would resume.")).toEqual([
      expect.objectContaining({ id: 'malta', text: "The country's foreign ministry" }),
    ]);
  });
});

describe('a visitor received', () => {
  it('reads "Welcoming A and B at the palace, X said" and "X hosted C" as meetings with the host', () => {
    const draft = ingestFile('news-reception.txt');
    expect(relation(draft, 'meeting', 'tomas-arbeno', 'edda-kjelsen')).toBeDefined();
    expect(relation(draft, 'meeting', 'tomas-arbeno', 'ola-brenna')).toBeDefined();
    expect(relation(draft, 'meeting', 'tomas-arbeno', 'siri-holt')?.date).toBe('2025-05-09');
  });

  it('meets no place named after the guests, and reads no meeting in "welcomed the decision"', () => {
    const draft = ingestFile('news-reception.txt');
    const met = draft.relations.filter((p) => p.relation.kind === 'meeting');
    expect(met.flatMap((p) => [p.relation.source, p.relation.target])).not.toContain(
      'grand-palace',
    );
    expect(met).toHaveLength(3);
  });
});
