// "the so-called “Lighthouse Group”—Norway, Chile, Ghana, and the Philippines—", "the “Anchor”
// countries — Portugal, Senegal and Uruguay —": a name quoted as a name, followed by a dash and
// the list of its members, is a group, and each country listed is a member of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'group-and-its-members.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-06-03',
});
const kindOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.kind;

describe('a group named with its members', () => {
  it('proposes the quoted names as organisations', () => {
    expect(kindOf('Lighthouse Group')).toBe('organization');
    expect(kindOf('Anchor')).toBe('organization');
  });

  it('makes each listed country a member', () => {
    for (const member of ['norway', 'chile', 'ghana', 'philippines'])
      expect(findRelation(draft, 'member-of', member, 'lighthouse-group')).toBeDefined();
    for (const member of ['portugal', 'senegal', 'uruguay'])
      expect(findRelation(draft, 'member-of', member, 'anchor')).toBeDefined();
  });
});
