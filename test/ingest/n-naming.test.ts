// Names and titles the reader once split wrongly, each in a short invented article: a staff post
// ("Chief of the General Staff", "Chief of Army Staff Gen. X", "Norway's army chief of staff") is
// the person's role, whole, and names no organisation; a body's bare head word before a title
// ("Commission President X") is the article's one body of that name, else a word of the role; a
// lone surname acting before the full name ("Ola J. Dorn", "Anna Vesper's", "Mark Holberg" though
// "to mark") is that person, not an organisation; "reported by the … news agency X" names the
// agency, no byline; "Democratic Republic" is nobody's name; "UN Security Council President X"
// works at the Council, not at the UN as well; a prize names no body; "of the" inside a body's
// name or a post keeps it whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2025-05-05',
  });
const labelsOf = (draft: Draft, kind: string) =>
  draft.entities
    .filter((e) => e.entity.kind === kind)
    .map((e) => e.entity.label)
    .sort();
const rolesOf = (draft: Draft, label: string) =>
  draft.entities.find((e) => e.entity.label === label)?.entity.roles?.map((r) => r.title);

describe('a military or government staff post before a name', () => {
  const draft = ingestFile('n-staff-titles.txt');

  it('is the person’s role, whole, with the rank after it left out', () => {
    expect(labelsOf(draft, 'person')).toEqual([
      'Dan Kane',
      'Ivo Rask',
      'Rolf Lund',
      'Susie Vale',
      'Tomas Ekdal',
    ]);
    expect(rolesOf(draft, 'Tomas Ekdal')).toEqual(['Chief of the General Staff']);
    expect(rolesOf(draft, 'Ivo Rask')).toEqual(['Chief of Army Staff']);
    expect(rolesOf(draft, 'Rolf Lund')).toEqual(['Chief of the Defence Staff']);
    expect(rolesOf(draft, 'Susie Vale')).toEqual(['White House Chief of Staff']);
    expect(rolesOf(draft, 'Dan Kane')).toEqual(['Chairman of the Joint Chiefs of Staff']);
  });

  it('names no organisation, and leaves the person acting for the country it names', () => {
    expect(labelsOf(draft, 'organization')).toEqual([]);
    expect(findRelation(draft, 'affiliation', 'rolf-lund', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'susie-vale', 'united-states')).toBeDefined();
    expect(findRelation(draft, 'meeting', 'ivo-rask', 'rolf-lund')).toBeDefined();
  });
});

describe('a body’s bare head word before a title', () => {
  const draft = ingestFile('n-body-head-word.txt');

  it('proposes no organisation of that one word', () => {
    expect(labelsOf(draft, 'organization')).toEqual(['Nordic Fisheries Commission']);
  });

  it('is the article’s one body whose name ends with it, though named further down', () => {
    const venn = findRelation(draft, 'affiliation', 'arla-venn', 'nordic-fisheries-commission');
    expect(venn).toBeDefined();
  });

  it('is no body the graph knows but the article does not name', () => {
    const graph = {
      ...EMPTY,
      entities: [
        {
          id: 'baltic-commission',
          label: 'Baltic Commission',
          kind: 'organization' as const,
          aliases: [],
        },
      ],
    };
    const text =
      'Venn in Oslo\n\nCommission President Arla Venn met Norway’s prime minister on Monday.\n';
    const read = ingestArticle(text, graph, { published: '2025-05-05' });
    const venn = read.relations.filter((p) => p.relation.source === 'arla-venn');
    expect(venn.map((p) => p.relation.target)).not.toContain('baltic-commission');
    const named = ingestArticle(`${text}\nThe Baltic Commission agreed.\n`, graph, {
      published: '2025-05-05',
    });
    expect(findRelation(named, 'affiliation', 'arla-venn', 'baltic-commission')).toBeDefined();
  });

  it('is otherwise a word of the person’s role', () => {
    expect(rolesOf(draft, 'Lise Dahl')).toEqual(['Bank Governor']);
    const dahl = draft.relations.filter((p) => p.relation.source === 'lise-dahl');
    expect(dahl.map((p) => p.relation.kind)).not.toContain('affiliation');
  });
});

describe('a lone surname acting before the article names the person in full', () => {
  const draft = ingestFile('n-surname-first.txt');

  it('is no organisation, though the full name has an initial or a possessive', () => {
    expect(labelsOf(draft, 'organization')).toEqual([]);
    expect(labelsOf(draft, 'person')).toEqual(['Anna Vesper', 'Mark Holberg', 'Ola J. Dorn']);
  });

  it('is the person named in full further down', () => {
    expect(findRelation(draft, 'criticism', 'mark-holberg', 'iceland')).toBeDefined();
  });
});

describe('"reported by the … news agency X"', () => {
  const draft = ingestFile('n-reported-by-agency.txt');

  it('reads the agency as the teller of the news, no actor and no person', () => {
    expect(labelsOf(draft, 'organization')).toEqual([]);
    expect(labelsOf(draft, 'person')).toEqual(['Anna Vesper']);
  });
});

describe('a state’s formal name cut off where a stored page ends', () => {
  const draft = ingestFile('n-cut-country-name.txt');

  it('is no person', () => {
    expect(labelsOf(draft, 'person')).toEqual([]);
  });
});

describe('a body inside a body before a title ("UN Security Council President X")', () => {
  const draft = ingestFile('n-body-inside-body.txt');

  it('ties the person to the body the whole name names, not to the outer one too', () => {
    expect(findRelation(draft, 'affiliation', 'ilse-marek', 'un-security-council')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'ilse-marek', 'united-nations')).toBeUndefined();
    const brekke = 'nato-parliamentary-assembly';
    expect(findRelation(draft, 'affiliation', 'tor-brekke', brekke)).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'tor-brekke', 'nato')).toBeUndefined();
  });
});

describe('an honour’s name ("the Nobel Peace Prize", "the Harbour Medal")', () => {
  const draft = ingestFile('n-honours.txt');

  it('is no organisation', () => {
    expect(labelsOf(draft, 'organization')).toEqual([]);
    expect(labelsOf(draft, 'person')).toEqual(['Ilse Marek']);
  });
});

describe('"of the" inside a body’s name or a post ("Ministry of the Interior", "Secretary of the Navy")', () => {
  const draft = ingestFile('n-of-the-bodies.txt');

  it('keeps the body’s name whole', () => {
    expect(labelsOf(draft, 'organization')).toEqual([
      'Bank of the South',
      'European Commission',
      'Ministry of the Interior',
    ]);
    expect(findRelation(draft, 'affiliation', 'ilse-marek', 'bank-of-the-south')).toBeDefined();
  });

  it('keeps the post whole, also opening a sentence, and ties it to the body it names', () => {
    expect(labelsOf(draft, 'person')).toEqual(['Arla Venn', 'Ilse Marek', 'Jon Dahl']);
    expect(rolesOf(draft, 'Jon Dahl')).toEqual(['Secretary of the Navy']);
    expect(findRelation(draft, 'affiliation', 'arla-venn', 'european-commission')).toBeDefined();
  });
});

describe('a staff post in lower case after a country ("Norway’s army chief of staff, Gen. X")', () => {
  const draft = ingestFile('n-staff-post-lowercase.txt');

  it('is the title by which the person acts for the country', () => {
    const berg = findRelation(draft, 'affiliation', 'ole-berg', 'norway');
    expect(berg?.label).toBe('is army chief of staff of');
    const lund = findRelation(draft, 'affiliation', 'rolf-lund', 'iceland');
    expect(lund?.label).toBe('is chief of defence staff of');
    expect(labelsOf(draft, 'organization')).toEqual([]);
  });
});
