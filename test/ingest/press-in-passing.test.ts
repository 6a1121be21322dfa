// A medium named in passing is the press, not an actor: "a report from the Herald", "the
// Herald's Europe desk wrote this update", "readers of all Herald articles"; and a syndicating
// site's bracket before the dateline ("(SYNDIC- Gulf News Agency (GNA)) LIMA, March 2 (GNA) -")
// goes with the dateline.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { readPage } from '../../src/ingest/extract/page';
import { EMPTY, findRelation, readLead } from './fixture-reading';

const labels = (text: string) => readLead('Deal signed', text).entities.map((e) => e.entity.label);

describe('a medium named in passing', () => {
  it('is no entity as the source of a report', () => {
    expect(
      labels(
        'Chile and Peru signed a deal on Sunday, according to people cited in a report from the Peru Evening Post.',
      ),
    ).not.toContain('Peru Evening Post');
  });

  it('is no entity by its desk or its articles', () => {
    const text =
      'Chile and Peru signed a deal on Sunday. (Peru National News’ Europe desk wrote this update.) Readers of all Peru National News articles may comment below.';
    expect(labels(text)).not.toContain('Peru National News');
  });
});

describe('a syndicating site’s bracket before the dateline', () => {
  const text =
    'Deal signed\n\n(SYNDIC- Gulf News Agency (GNA)) LIMA, March 2 (GNA) - Chile and Peru signed a deal on Sunday.\n\nBoth said it would hold.\n';

  it('goes with the dateline, and the lead is read', () => {
    const page = readPage(text);
    expect(page.datelinePlace).toBe('Lima');
    expect(page.blocks[1]?.text).toBe('Chile and Peru signed a deal on Sunday.');
    const draft = ingestArticle(text, EMPTY, { published: '2025-03-03' });
    expect(draft.entities.map((e) => e.entity.label)).not.toContain('Gulf News Agency');
    expect(findRelation(draft, 'agreement', 'chile', 'peru')?.date).toBe('2025-03-02');
  });
});
