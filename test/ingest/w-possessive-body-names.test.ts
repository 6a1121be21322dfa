// A body named after its country's possessive ("Portugal's Ministry of Sea Affairs", "Oslo's
// Fisheries Directorate") is named with the country's adjective, as a reference writes it
// ("Portuguese Ministry of Sea Affairs"); the possessive form stays one of its names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'w-possessive-body-names.txt'), 'utf8'),
  EMPTY,
  { published: '2025-06-06' },
);
const entity = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity;

describe('a body after its country’s possessive', () => {
  it('keeps no possessive in its label', () => {
    expect(draft.entities.filter((e) => /['’]s\b/.test(e.entity.label))).toEqual([]);
    expect(entity('Portuguese Ministry of Sea Affairs')?.aliases).toContain(
      "Portugal's Ministry of Sea Affairs",
    );
    expect(entity('Norwegian Fisheries Directorate')?.aliases).toContain(
      "Oslo's Fisheries Directorate",
    );
    expect(entity('Norwegian Coast Guard')?.kind).toBe('organization');
  });

  it('acts for its country', () => {
    const ministry = 'portuguese-ministry-of-sea-affairs';
    expect(findRelation(draft, 'affiliation', ministry, 'portugal')).toBeDefined();
    expect(findRelation(draft, 'criticism', ministry, 'norway')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'norwegian-coast-guard', 'norway')).toBeDefined();
  });
});

describe('a body after its country’s possessive, before the title of one of its people', () => {
  const titled = ingestArticle(
    readFileSync(join(FIXTURES, 'w-possessive-body-before-title.txt'), 'utf8'),
    EMPTY,
    { published: '2025-06-06' },
  );
  const guard = titled.entities.find((e) => e.entity.kind === 'organization')?.entity;

  it('is named with the adjective too, and the person works there', () => {
    expect(guard?.label).toBe('Norwegian Coast Guard');
    expect(guard?.aliases).toContain("Norway's Coast Guard");
    expect(findRelation(titled, 'affiliation', 'lia-dorm', 'norwegian-coast-guard')).toBeDefined();
    expect(findRelation(titled, 'affiliation', 'lia-dorm', 'norway')).toBeDefined();
  });
});
