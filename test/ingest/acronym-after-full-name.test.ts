// "The Coastal Defence Militia (CDM) … the CDM", "Valdorian Armed Forces … VAF": an acronym whose
// letters are the initials of a body the article has named is that body, not a second one; so is
// the short name in brackets after a body the reader knows ("the Pacific Islands Forum (PIF)").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'acronym-after-full-name.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-04-15',
});
const labels = draft.entities.map((e) => e.entity.label);
const entityOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity;

describe('an acronym of a body the article named', () => {
  it('is the body named in full before it, not an organisation of its own', () => {
    expect(labels).not.toContain('CDM');
    expect(labels).not.toContain('VAF');
    expect(labels).not.toContain('PIF');
    expect(entityOf('Coastal Defence Militia')?.aliases).toContain('CDM');
  });

  it('carries what the acronym does to the body', () => {
    expect(findRelation(draft, 'demand', 'pacific-islands-forum', 'australia')).toBeDefined();
    expect(
      findRelation(draft, 'affiliation', 'teodor-balan', 'valdorian-armed-forces'),
    ).toBeDefined();
  });
});
