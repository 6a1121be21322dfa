// People a story-independent reader finds by the shape of their names in an empty graph: a name
// followed by "of" and a country ("President Teo Brann of Malta") acts for that country, a
// surname alone stands for the full name the article gave, and other untitled names by shape.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, findRelation } from './fixture-reading';

const read = (text: string): Draft => ingestArticle(text, EMPTY, { published: '2025-05-12' });
const labels = (draft: Draft) => draft.entities.map((e) => e.entity.label);

describe('a name, then "of" and a country', () => {
  it('reads the person acting for the country, with a title or without', () => {
    const titled = read('Port row\n\nPresident Teo Brann of Malta said Iceland agreed.');
    expect(labels(titled)).toContain('Teo Brann');
    expect(findRelation(titled, 'affiliation', 'teo-brann', 'malta')).toBeDefined();
    expect(findRelation(titled, 'statement', 'teo-brann', 'iceland')).toBeDefined();
    const bare = read('Port row\n\nAna Vell of Iceland criticised Malta on Monday.');
    expect(findRelation(bare, 'affiliation', 'ana-vell', 'iceland')).toBeDefined();
    expect(findRelation(bare, 'criticism', 'ana-vell', 'malta')?.date).toBe('2025-05-12');
  });

  it('leaves places and bodies named "X of Country" alone', () => {
    const draft = read('Port row\n\nThe Bank of Malta said the Gulf of Mexico was calm.');
    expect(labels(draft)).toContain('Bank of Malta');
    expect(labels(draft)).not.toContain('Gulf');
    expect(draft.entities.filter((e) => e.entity.kind === 'person')).toEqual([]);
  });
});

describe('the speaker of a statement after an aside', () => {
  it('is the name before the aside, not a name the statement is about', () => {
    const draft = read('Port row\n\nAna Vell, a senior adviser, said Iceland would sign.');
    expect(findRelation(draft, 'statement', 'ana-vell', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'statement', 'iceland', 'ana-vell')).toBeUndefined();
  });

  it('is the clause subject for ", saying …", and the speaker before ", told"', () => {
    const saying = read('Port row\n\nAna Vell praised Teo Brann, saying Malta had changed.');
    expect(findRelation(saying, 'statement', 'ana-vell', 'malta')).toBeDefined();
    expect(findRelation(saying, 'statement', 'malta', 'ana-vell')).toBeUndefined();
    const told = read('Port row\n\nJon Dahl, who leads the port board, told Iceland it was wrong.');
    expect(findRelation(told, 'statement', 'iceland', 'jon-dahl')).toBeUndefined();
  });

  it('still reads a speaker after the verb (", said Jo Roe.")', () => {
    const draft = read('Port row\n\nMalta will sign the deal, said Ana Vell on Monday.');
    expect(findRelation(draft, 'statement', 'ana-vell', 'malta')).toBeDefined();
  });
});

describe('the subject of a clause with an aside', () => {
  it('is the person before the aside, not the country inside it', () => {
    for (const aside of [
      'Malta’s foreign minister',
      'the foreign minister of Malta',
      'who leads Malta',
    ]) {
      const draft = read(`Port row\n\nTeo Brann, ${aside}, criticised Iceland on Monday.`);
      expect(findRelation(draft, 'criticism', 'teo-brann', 'iceland')).toBeDefined();
      expect(findRelation(draft, 'criticism', 'malta', 'iceland')).toBeUndefined();
    }
  });

  it('still reads a list of countries as the subjects', () => {
    const draft = read('Port row\n\nMalta, Iceland and Norway criticised Denmark on Monday.');
    expect(findRelation(draft, 'criticism', 'malta', 'denmark')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'norway', 'denmark')).toBeDefined();
  });
});

describe('a country adjective and a title in the aside after a person', () => {
  it('makes the person act for the country', () => {
    const draft = read('Port row\n\nTeo Brann, the Maltese foreign minister, criticised Iceland.');
    expect(findRelation(draft, 'affiliation', 'teo-brann', 'malta')).toBeDefined();
  });

  it('needs a title: "the Maltese port" is no post', () => {
    const draft = read('Port row\n\nTeo Brann, the Maltese port, criticised Iceland.');
    expect(findRelation(draft, 'affiliation', 'teo-brann', 'malta')).toBeUndefined();
    expect(findRelation(draft, 'criticism', 'teo-brann', 'iceland')).toBeDefined();
  });
});

describe('a surname alone', () => {
  it('after an honorific is a person labelled by the surname', () => {
    for (const honorific of ['Mr', 'Mr.', 'Dr.']) {
      const draft = read(`Port row\n\n${honorific} Brann criticised Iceland on Monday.`);
      const brann = draft.entities.find((e) => e.entity.id === 'brann')?.entity;
      expect(brann?.label).toBe('Brann');
      expect(brann?.kind).toBe('person');
      expect(findRelation(draft, 'criticism', 'brann', 'iceland')).toBeDefined();
    }
  });

  it('stands for the full name the article gives, before or after it', () => {
    const draft = read(
      'Brann warns Iceland\n\nBrann criticised Iceland on Monday. Teo Brann met Malta.',
    );
    expect(findRelation(draft, 'criticism', 'teo-brann', 'iceland')).toBeDefined();
    expect(draft.entities.map((e) => e.entity.id)).not.toContain('brann');
  });
});
