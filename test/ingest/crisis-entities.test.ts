// Entities a crisis story names that a trade story does not: officials of international bodies
// and of ministries, tied to the body or country their title names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2025-06-03',
  });

describe("an official titled by an international body or a country's ministry", () => {
  const draft = ingestFile('q-body-officials.txt');
  const affiliated = (person: string, body: string) =>
    findRelation(draft, 'affiliation', person, body);

  it('works at the body a hyphenated post names ("UN Secretary-General X")', () => {
    expect(affiliated('amos-trell', 'united-nations')?.label).toMatch(/Secretary-General/);
  });

  it('works at the body a lower-case title names, before or after the name', () => {
    expect(affiliated('jens-olver', 'nato')).toBeDefined();
    expect(affiliated('mira-kask', 'united-nations')).toBeDefined();
    expect(affiliated('tomas-berg', 'united-nations')).toBeDefined();
    expect(affiliated('ines-dorn', 'world-health-organization')).toBeDefined();
    expect(affiliated('karl-weiss', 'nato')).toBeDefined();
  });

  it('acts for the country of "the foreign minister of X" and of its ministry\'s spokesperson', () => {
    expect(findRelation(draft, 'represents', 'ana-vell', 'peru')).toBeDefined();
    expect(findRelation(draft, 'represents', 'lucia-mendez', 'chile')).toBeDefined();
    expect(affiliated('lucia-mendez', 'chilean-ministry-of-foreign-affairs')).toBeDefined();
  });
});

describe('countries the gazetteer missed, one also a given name', () => {
  const draft = ingestFile('q-more-countries.txt');
  const kindOf = (id: string) => draft.entities.find((e) => e.entity.id === id)?.entity.kind;

  it('reads Chad and Togo as countries, and the Chadian army as their forces', () => {
    expect(kindOf('chad')).toBe('country');
    expect(kindOf('togo')).toBe('country');
    expect(findRelation(draft, 'criticism', 'chad', 'togo')).toBeDefined();
    expect(findRelation(draft, 'represents', 'chadian-military', 'chad')).toBeDefined();
  });

  it('keeps "Chad Morrow" a person, acting for no country', () => {
    expect(kindOf('chad-morrow')).toBe('person');
    expect(findRelation(draft, 'represents', 'chad-morrow', 'chad')).toBeUndefined();
  });
});
