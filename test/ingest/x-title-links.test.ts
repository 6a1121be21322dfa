// A known body or country named in a known person's title is linked as a mention of its own: the
// second article of a story that writes "Harbour Council President Anton Vesk" (both already in
// the story) says it mentions the Harbour Council, as the first one, which proposed it, did.
import { describe, expect, it } from 'vitest';
import type { IngestContext } from '../../src/ingest/extract';
import { ingestArticle } from '../../src/ingest/extract';

const STORY: IngestContext = {
  sources: [],
  relations: [],
  entities: [
    { id: 'harbour-council', label: 'Harbour Council', kind: 'organization', aliases: [] },
    { id: 'anton-vesk', label: 'Anton Vesk', kind: 'person', aliases: [] },
    { id: 'iceland', label: 'Iceland', kind: 'country', aliases: [] },
    { id: 'tomas-varga', label: 'Tomas Varga', kind: 'person', aliases: [] },
  ],
};

const ARTICLE = `Ferry council meets again
Harbour Council President Anton Vesk met Icelandic Prime Minister Tomas Varga in Reykjavik on Monday.
`;

describe('a known body or country in a known person’s title', () => {
  const draft = ingestArticle(ARTICLE, STORY, { published: '2025-05-06' });
  const linked = (id: string) => draft.links.filter((l) => l.entity === id).map((l) => l.mention);

  it('is linked, with the words that name it', () => {
    expect(linked('harbour-council')).toEqual(['Harbour Council']);
    expect(linked('iceland')).toContain('Icelandic');
  });

  it('leaves the people linked under their whole titled mention, and proposes no actor', () => {
    expect(linked('anton-vesk')).toEqual(['Harbour Council President Anton Vesk']);
    expect(linked('tomas-varga')).toEqual(['Icelandic Prime Minister Tomas Varga']);
    const actors = ['person', 'organization', 'country'];
    expect(draft.entities.filter((p) => actors.includes(p.entity.kind))).toEqual([]);
  });
});
