// A body whose name holds a plural's apostrophe ("the Dockworkers' Union") is one organisation,
// and a deed in the clause of a threat ("threatened to extend its strike") has not happened.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'union-threat.txt'), 'utf8'), EMPTY, {
  fileName: 'union-threat.txt',
});
const entity = (id: string) => draft.entities.find((p) => p.entity.id === id)?.entity;

describe("a body's name with a plural's apostrophe", () => {
  it('is one organisation, with either apostrophe', () => {
    expect(entity('velmor-dockworkers-union')).toMatchObject({
      label: "Velmor Dockworkers' Union",
      kind: 'organization',
    });
    expect(entity('harbour-employers-association')?.kind).toBe('organization');
    expect(entity('velmor-dockworkers')).toBeUndefined();
  });

  it('is the party its talks and the criticism of "the union" fall on', () => {
    expect(
      findRelation(draft, 'talks', 'velmor-dockworkers-union', 'harbour-employers-association'),
    ).toBeDefined();
    expect(findRelation(draft, 'criticism', 'hans-ebb', 'velmor-dockworkers-union')).toBeDefined();
  });
});

describe('a deed in the clause of a threat', () => {
  it('is no deed done: "threatened to extend its strike" attacks nobody', () => {
    expect(draft.relations.filter((p) => p.relation.kind === 'military-action')).toEqual([]);
  });
});
