// A lead told in the present perfect ("Latvia has launched strikes on …") tells what was just
// done: with no day named, its deeds, and those after it that name none, take the page's day,
// marked approximate.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, findRelation } from './fixture-reading';

const read = (lead: string) =>
  ingestArticle(
    `Strikes on the border\n\n${lead} Estonia launched about 40 drones towards Latvia, officials said.\n`,
    EMPTY,
    { published: '2025-03-03' },
  );

describe('a lead told as just done', () => {
  it('dates the lead’s deed and those after it by the page’s day, approximately', () => {
    const draft = read(
      'Latvia has launched strikes on military sites in Estonia, killing two commanders.',
    );
    const strike = findRelation(draft, 'military-action', 'latvia', 'estonia');
    expect(strike?.date).toBe('2025-03-03');
    expect(strike?.dateApproximate).toBe(true);
    expect(findRelation(draft, 'military-action', 'estonia', 'latvia')?.date).toBe('2025-03-03');
  });

  it('gives no day to a lead told in the past with no day named', () => {
    const draft = read(
      'Latvia launched strikes on military sites in Estonia, killing two commanders.',
    );
    expect(findRelation(draft, 'military-action', 'latvia', 'estonia')?.date).toBeUndefined();
  });
});
