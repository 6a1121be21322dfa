// "Trump spoke with Sheinbaum": the office holders any story names by surname alone are the people
// the gazetteer knows (world-people.ts), under their full names and of their country, and a
// surname spelt another way ("Zelenskiy") is the same person. A name in a credit is no mention.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const text = readFileSync(join(FIXTURES, 'office-holders-by-surname.txt'), 'utf8');
const draft = ingestArticle(text, EMPTY, { fileName: 'office-holders-by-surname.txt' });
const entity = (id: string) => draft.entities.find((p) => p.entity.id === id);

describe('an office holder named by surname alone', () => {
  it('is the person under their full name, with the post the gazetteer gives', () => {
    expect(entity('donald-trump')?.entity).toMatchObject({
      kind: 'person',
      label: 'Donald Trump',
      description: 'President of the United States',
    });
    expect(entity('donald-trump')?.entity.aliases).toContain('Trump');
    expect(entity('claudia-sheinbaum')?.entity.kind).toBe('person');
    expect(findRelation(draft, 'call', 'donald-trump', 'claudia-sheinbaum')).toBeDefined();
  });

  it("is tied to the country the article names, as the post's affiliation", () => {
    const proposal = draft.relations.find(
      (p) =>
        p.relation.kind === 'affiliation' &&
        p.relation.source === 'donald-trump' &&
        p.relation.target === 'united-states',
    );
    expect(proposal?.rule).toBe('known:post');
    expect(proposal?.relation.label).toBe('is President of');
    expect(proposal?.relation.evidence[0]?.quote).toContain('Trump');
    expect(kindsBetween(draft, 'claudia-sheinbaum', 'mexico')).toEqual(['affiliation']);
  });

  it('is the same person under another spelling, and a person, not an organisation', () => {
    expect(entity('volodymyr-zelensky')?.entity).toMatchObject({
      kind: 'person',
      label: 'Volodymyr Zelensky',
    });
    expect(draft.entities.some((p) => p.entity.label === 'Zelenskiy')).toBe(false);
    expect(kindsBetween(draft, 'volodymyr-zelensky', 'ukraine')).toEqual(['affiliation']);
  });

  it('has no tie to a side the article never names', () => {
    expect(entity('antonio-guterres')?.entity.label).toBe('António Guterres');
    expect(draft.relations.some((p) => p.relation.source === 'antonio-guterres')).toBe(false);
    expect(draft.entities.some((p) => p.entity.label === 'United Nations')).toBe(false);
  });

  it('is no mention in a credit or a handout line', () => {
    expect(draft.entities.some((p) => p.entity.label === 'Recep Tayyip Erdoğan')).toBe(false);
    expect(draft.entities.some((p) => p.entity.label === 'Turkey')).toBe(false);
  });

  it("is the graph's own entity when the graph has the person already", () => {
    const context = {
      ...EMPTY,
      entities: [{ id: 'potus', label: 'Donald Trump', kind: 'person' as const, aliases: [] }],
    };
    const into = ingestArticle(text, context, { fileName: 'office-holders-by-surname.txt' });
    expect(into.entities.some((p) => p.entity.label === 'Donald Trump')).toBe(false);
    expect(into.links.some((l) => l.entity === 'potus' && l.mention === 'Trump')).toBe(true);
  });

  it('adds no evidence from general knowledge to a tie the graph holds', () => {
    const context = {
      entities: [
        { id: 'potus', label: 'Donald Trump', kind: 'person' as const, aliases: [] },
        { id: 'usa', label: 'United States', kind: 'country' as const, aliases: ['US'] },
      ],
      relations: [
        {
          id: 'r1',
          source: 'potus',
          target: 'usa',
          kind: 'affiliation' as const,
          label: 'is President of',
          directed: true,
          evidence: [{ source: 's1', quote: 'US President Donald Trump' }],
        },
      ],
      sources: [
        { id: 's1', title: 'An earlier article', url: null, publisher: null, published: null },
      ],
    };
    const into = ingestArticle(text, context, { fileName: 'office-holders-by-surname.txt' });
    expect(
      into.relations.some((p) => p.rule === 'known:post' && p.relation.source === 'potus'),
    ).toBe(false);
    expect(kindsBetween(into, 'claudia-sheinbaum', 'mexico')).toEqual(['affiliation']);
  });
});
