// A day told in a clause of its own after the deed ("… brokered by Norway after the two
// governments reopened contacts last month, the first since the war") is that clause's, not the deed's: the
// brokering of the day's talks takes the day of the talks.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, findRelation } from './fixture-reading';

const draft = ingestArticle(
  'Chile and Peru agree on prisoner swap\n\nOSLO, March 3, 2025 — Chile and Peru agreed to a new prisoner exchange at a meeting in Oslo on Monday.\n\nThose talks were brokered by Norway after the two governments reopened contacts last month, the first in years since the war began.\n',
  EMPTY,
  { published: '2025-03-03' },
);

describe('a day in a later clause of its own', () => {
  it('is not the day of the deed before it', () => {
    const brokered = findRelation(draft, 'mediation', 'norway', 'chile');
    expect(brokered).toBeDefined();
    expect(brokered?.date).not.toBe('2025-02');
  });

  it('leaves the deed the day of the talks it tells of', () => {
    expect(findRelation(draft, 'mediation', 'norway', 'peru')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'agreement', 'chile', 'peru')?.date).toBe('2025-03-03');
  });
});
