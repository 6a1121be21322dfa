// A state's body named after its country's abbreviation ("U.S. Army", and "U.S.Navy",
// "U.K.Treasury" with no space after the full stop) is the body, acting for its country: never a
// person, and its name is written with the space the writer left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'w-body-after-abbreviation.txt'), 'utf8'),
  EMPTY,
  { published: '2025-04-07' },
);
const entity = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity;

describe('a body after its country’s abbreviation', () => {
  it('is an organisation named with a space after the abbreviation, no person', () => {
    expect(draft.entities.filter((e) => e.entity.kind === 'person')).toEqual([]);
    expect(entity('U.S. Navy')?.kind).toBe('organization');
    expect(entity('U.S. Army')?.kind).toBe('organization');
    expect(entity('U.K. Treasury')?.kind).toBe('organization');
    expect(entity('U.S. Navy')?.id).toBe('us-navy');
  });

  it('acts for its country, named or not', () => {
    expect(findRelation(draft, 'affiliation', 'us-navy', 'united-states')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'us-army', 'united-states')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'uk-treasury', 'united-kingdom')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'malta', 'us-army')).toBeDefined();
  });

  it('keeps the sentence as written, but for the space', () => {
    expect(draft.sentences).toContain(
      'The U.S. Navy said on Monday that two of its ships had joined a drill south of Malta.',
    );
  });
});
