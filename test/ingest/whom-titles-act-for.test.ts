// Whom a title and a name act for: an agency's acronym is not a person's given name, and a
// person's country comes from what the article says around the title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { buildNameIndex } from '../../src/ingest/extract/linking';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2025-05-12',
  });
const labels = (draft: Draft) => draft.entities.map((e) => e.entity.label);

describe('an acronym links only when written in capitals', () => {
  it('reads "Ani Petrosyan" as a person, not the agency ANI', () => {
    const draft = ingestFile('acronym-names.txt');
    expect(labels(draft)).toContain('Ani Petrosyan');
    expect(labels(draft)).not.toContain('Asian News International');
    expect(findRelation(draft, 'affiliation', 'ani-petrosyan', 'malta')).toBeDefined();
  });

  it('still finds the acronym itself, with "the" before it or "\'s" after it', () => {
    const index = buildNameIndex([]);
    expect(index.lookup('ANI')?.create?.label).toBe('Asian News International');
    expect(index.lookup('Ani')).toBeUndefined();
    expect(index.lookup('the UN')).toBeDefined();
    expect(index.lookup("NATO's")).toBeDefined();
  });
});

describe("a country's forces that report a deed done to them", () => {
  const draft = ingestFile('forces-speak.txt');

  it('make the deed fall on their country', () => {
    expect(findRelation(draft, 'military-action', 'iceland', 'malta')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'iceland', 'maltese-military')).toBeUndefined();
    expect(findRelation(draft, 'military-action', 'iceland', 'maltese-navy')).toBeUndefined();
  });

  it('stay the speaker, acting for their country', () => {
    expect(findRelation(draft, 'statement', 'maltese-military', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'maltese-navy', 'malta')).toBeDefined();
  });
});

describe('a country\'s adjective ending in "-ic" before a role', () => {
  const draft = ingestFile('demonym-office.txt');

  it('names the person who holds the role, as "-ese" does', () => {
    expect(findRelation(draft, 'criticism', 'jon-sveinsson', 'malta')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'iceland', 'malta')).toBeUndefined();
    expect(findRelation(draft, 'statement', 'karl-tabone', 'iceland')).toBeDefined();
  });
});

describe('a title without a country, whose country a later "the [adjective] minister" gives', () => {
  const draft = ingestFile('office-country-later.txt');

  it('makes the titled person act for that country, and act themself', () => {
    expect(findRelation(draft, 'affiliation', 'jon-dahl', 'malta')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'jon-dahl', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'malta', 'iceland')).toBeUndefined();
    expect(findRelation(draft, 'affiliation', 'ana-vell', 'malta')).toBeUndefined();
  });
});

describe('an envoy summoned', () => {
  const draft = ingestFile('summoned-envoy.txt');

  it("is a protest lodged with the envoy's country", () => {
    expect(findRelation(draft, 'protest', 'malta', 'iceland')).toBeDefined();
  });

  it('while summoning anyone else is none', () => {
    expect(draft.relations.filter((p) => p.relation.source === 'iceland')).toEqual([]);
  });
});

describe('"shot down", with "shot" tagged as a noun', () => {
  const draft = ingestFile('shot-down.txt');

  it('is an attack by the side whose drone was downed on the side that downed it', () => {
    expect(findRelation(draft, 'military-action', 'iceland', 'malta')).toBeDefined();
  });

  it('but no force where a proposal is shot down', () => {
    const quotes = draft.relations
      .filter((p) => p.relation.kind === 'military-action')
      .flatMap((p) => p.relation.evidence.map((e) => e.quote));
    expect(quotes.some((q) => q.includes('proposal'))).toBe(false);
  });
});

describe('a host of the talks the article tells of', () => {
  const draft = ingestFile('host-of-talks.txt');

  it('mediates between their two sides, named in another sentence', () => {
    expect(findRelation(draft, 'mediation', 'norway', 'malta')).toBeDefined();
    expect(findRelation(draft, 'mediation', 'norway', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'talks', 'malta', 'iceland')).toBeDefined();
  });
});

describe('a minister titled without a country, whose ministry the article names with one', () => {
  const draft = ingestFile('minister-by-ministry.txt');

  it("acts for the ministry's country", () => {
    expect(findRelation(draft, 'affiliation', 'jon-dahl', 'malta')).toBeDefined();
  });

  it('while a minister of a portfolio no named ministry holds gets no country', () => {
    const facts = draft.relations.filter(
      (p) => p.relation.kind === 'affiliation' && p.relation.source === 'rui-sant',
    );
    expect(facts).toEqual([]);
  });
});

describe('"its forces" in a side\'s own report', () => {
  const draft = ingestFile('own-forces.txt');

  it('are the forces of the side reporting', () => {
    expect(findRelation(draft, 'military-action', 'malta', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'iceland', 'malta')).toBeDefined();
  });
});
