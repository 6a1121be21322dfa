// An entity's id is a slug of its name without the full stops of its initials: "Marta J.
// Solberg" is `marta-j-solberg`, not `marta-j.-solberg`; and an id already taken is never reused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/data/schema';
import { ingestArticle } from '../../src/ingest/extract';
import { slugify } from '../../src/ingest/extract/ids';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const text = readFileSync(join(FIXTURES, 'w-initials-in-ids.txt'), 'utf8');
const ids = (entities: { entity: Entity }[]) => entities.map((e) => e.entity.id);

describe('a name with an initial', () => {
  const draft = ingestArticle(text, EMPTY, { published: '2025-03-10' });

  it('gets an id without the initial’s full stop, and keeps it in its label', () => {
    expect(ids(draft.entities)).toContain('marta-j-solberg');
    expect(draft.entities.map((e) => e.entity.label)).toContain('Marta J. Solberg');
    expect(findRelation(draft, 'meeting', 'marta-j-solberg', 'rui-tavares')).toBeDefined();
  });

  it('never takes an id the graph already holds for someone else', () => {
    // an id made by hand for another entity, whose name says nothing of Marta's
    const other: Entity = {
      id: 'marta-j-solberg',
      label: 'Harbour Office',
      kind: 'organization',
      aliases: [],
    };
    const grown = ingestArticle(text, { ...EMPTY, entities: [other] }, { published: '2025-03-10' });
    const marta = grown.entities.find((e) => e.entity.label === 'Marta J. Solberg');
    expect(marta?.entity.id).toBe('marta-j-solberg-2');
  });
});

describe('slugify', () => {
  it('drops the full stops of initials and abbreviations, and keeps other dots', () => {
    expect(slugify('Edgar D. Kuhn')).toBe('edgar-d-kuhn');
    expect(slugify('U.S. Navy')).toBe('us-navy');
    expect(slugify('St. Louis')).toBe('st-louis');
    expect(slugify('Jo Roe Jr.')).toBe('jo-roe-jr');
    expect(slugify('000_abc')).toBe('000_abc');
    expect(slugify('version 2.5')).toBe('version-2.5');
  });
});
