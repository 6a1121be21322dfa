// States, provinces and regions of the larger countries read as places in an empty graph: a
// regional leader acts for the region, and a region's name never swallows a country's.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, findRelation } from './fixture-reading';

const read = (text: string) => ingestArticle(text, EMPTY, { published: '2025-05-12' });

describe('first-level divisions as places', () => {
  it('names a region and the leader who acts for it', () => {
    const draft = read(
      'Port row\n\nOntario Premier Ana Vell met Malta on Monday. Floods hit Sindh and Kerala.',
    );
    const places = draft.entities.filter((e) => e.entity.kind === 'place');
    expect(places.map((e) => e.entity.label)).toEqual(
      expect.arrayContaining(['Ontario', 'Sindh', 'Kerala']),
    );
    expect(findRelation(draft, 'affiliation', 'ana-vell', 'ontario')).toBeDefined();
  });

  it('keeps the longer country name and a first name that is also a province', () => {
    const draft = read('Port row\n\nPapua New Guinea criticised Malta. Alberta Vell met Iceland.');
    const labels = draft.entities.map((e) => e.entity.label);
    expect(labels).toContain('Papua New Guinea');
    expect(labels).not.toContain('Papua');
    expect(labels).toContain('Alberta Vell');
  });
});

describe('large cities that are not capitals as places', () => {
  it('names them as places, not as people or bodies', () => {
    const draft = read('Port row\n\nOfficials from Malta met in Tel Aviv and Karachi on Monday.');
    const kinds = new Map(draft.entities.map((e) => [e.entity.label, e.entity.kind]));
    expect(kinds.get('Tel Aviv')).toBe('place');
    expect(kinds.get('Karachi')).toBe('place');
  });
});

describe('a country whose name a US state shares', () => {
  it('is Georgia the country by its adjective or its capital', () => {
    const draft = read(
      'Port row\n\nGeorgian police detained protesters. The EU urged Tbilisi to act.',
    );
    expect(draft.entities.find((e) => e.entity.id === 'georgia')?.entity.kind).toBe('country');
    expect(findRelation(draft, 'demand', 'european-union', 'georgia')).toBeDefined();
  });

  it('is no country where only the name is written ("Atlanta, Georgia")', () => {
    const draft = read('Port row\n\nThe governor of Georgia met Malta in Atlanta on Monday.');
    const countries = draft.entities.filter((e) => e.entity.kind === 'country');
    expect(countries.map((e) => e.entity.label)).toEqual(['Malta']);
  });
});
