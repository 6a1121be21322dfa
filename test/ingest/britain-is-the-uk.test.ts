// "Britain", "Great Britain", "the UK" and "British" are one country, the United Kingdom, as the
// news means them: one entity, under the name its gold and other tools give it.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY } from './fixture-reading';

const ingestText = (text: string) => ingestArticle(text, EMPTY, { published: '2025-03-03' });

describe('Britain and the United Kingdom', () => {
  const draft = ingestText(
    'Sanctions on Latvia\n\nRIGA, March 3, 2025 — Britain imposed sanctions on Latvia on Monday, and the UK envoy was recalled.\n\nBritish officials said Great Britain would consult France.\n',
  );
  const countries = draft.entities.filter((e) => e.entity.kind === 'country');

  it('are one entity, labelled United Kingdom', () => {
    const uk = countries.filter((e) => /Brit|Kingdom|UK/.test(e.entity.label));
    expect(uk.map((e) => e.entity.label)).toEqual(['United Kingdom']);
  });

  it('acts under that one entity', () => {
    const sanction = draft.relations.find((r) => r.relation.kind === 'sanction');
    expect(sanction?.relation.source).toBe('united-kingdom');
  });
});
