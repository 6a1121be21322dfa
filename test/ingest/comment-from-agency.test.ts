// "None of the refiners responded to requests for comment from Reuters": the agency that asked is
// the press, so the wire's name closing the headline ("… sanctions – Reuters") is no one
// sanctioned either, also when the graph already holds the agency.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, readFixture } from './fixture-reading';

const draft = readFixture('comment-from-agency.txt', '2025-03-04');

describe('an agency asking for comment', () => {
  it('is no entity, and nothing falls on it', () => {
    expect(draft.entities.map((e) => e.entity.label)).not.toContain('Reuters');
    expect(draft.relations.filter((p) => p.relation.kind === 'sanction')).toHaveLength(1);
  });

  it('leaves the sanction the article tells', () => {
    expect(findRelation(draft, 'sanction', 'peru', 'chile')).toBeDefined();
  });
});

describe('an agency the graph already holds', () => {
  const reuters = { id: 'reuters', label: 'Reuters', kind: 'organization' as const, aliases: [] };
  const read = ingestArticle(
    readFileSync(join(FIXTURES, 'comment-from-agency.txt'), 'utf8'),
    {
      ...EMPTY,
      entities: [reuters],
    },
    { fileName: 'comment-from-agency.txt', published: '2025-03-04' },
  );

  it('closing a headline is no one sanctioned', () => {
    expect(read.relations.filter((p) => p.relation.target === 'reuters')).toEqual([]);
    expect(findRelation(read, 'sanction', 'peru', 'chile')).toBeDefined();
  });
});
