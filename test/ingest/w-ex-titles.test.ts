// A title written with "Ex-" ("Ex-minister", "Ex-Premier") is a title like "Vice-Premier": no
// part of the name, and the person keeps it as a role.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'w-ex-titles.txt'), 'utf8'), EMPTY, {
  published: '2025-05-05',
});
const person = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity;

describe('a title with "Ex-"', () => {
  it('is the person’s role, not part of the name', () => {
    const people = draft.entities.filter((e) => e.entity.kind === 'person');
    expect(people.map((e) => e.entity.label).sort()).toEqual(['Lia Dorm', 'Oto Kell', 'Teo Brann']);
    expect(person('Lia Dorm')?.roles?.[0]?.title).toBe('Ex-minister');
    expect(person('Oto Kell')?.roles?.[0]?.title).toBe('Ex-Premier');
  });

  it('leaves the person acting under the plain name', () => {
    expect(findRelation(draft, 'criticism', 'lia-dorm', 'malta')).toBeDefined();
    expect(findRelation(draft, 'meeting', 'oto-kell', 'teo-brann')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'oto-kell', 'malta')).toBeDefined();
  });
});
