// A subheading between paragraphs ("Strikes in Valga and Tartu") ends before the line under it,
// even when that line opens with a word and a comma ("Earlier, …"): the heading's last name is
// not glued to that word as a person ("Tartu Earlier").
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY } from './fixture-reading';

describe('a subheading before a line opening with "Earlier,"', () => {
  it('reads no person across the heading’s end', () => {
    const draft = ingestArticle(
      'Truce on the border\nTALLINN: Estonia on Wednesday announced a truce with Latvia.\nStrikes in Valga and Tartu\nEarlier, Estonian officials said the army had struck positions in Valga.\n',
      EMPTY,
      { published: '2025-03-05' },
    );
    const labels = draft.entities.map((e) => e.entity.label);
    expect(labels.some((l) => l.includes('Earlier'))).toBe(false);
    expect(labels).toEqual(expect.arrayContaining(['Estonia', 'Latvia']));
  });
});
