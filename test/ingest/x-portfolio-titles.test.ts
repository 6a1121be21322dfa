// A portfolio the title word list does not know ("Fisheries", "Tourism", "Housing", "Transport")
// written before "Minister" or "Secretary" is part of the person's post, not left out of it; a
// country's adjective there stays the country's ("Icelandic Minister X" acts for Iceland).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'x-portfolio-titles.txt'), 'utf8'), EMPTY, {
  fileName: 'x-portfolio-titles.txt',
  published: '2025-05-05',
});
const roleOf = (label: string) =>
  draft.entities.find((e) => e.entity.label === label)?.entity.roles?.[0]?.title;

describe('a portfolio before Minister or Secretary', () => {
  it('is part of the post', () => {
    expect(roleOf('Tarin Oska')).toBe('Fisheries Minister');
    expect(roleOf('Petra Lund')).toBe('Tourism Minister');
    expect(roleOf('Ole Brandt')).toBe('Housing Secretary');
    expect(roleOf('Rosa Vik')).toBe('Transport Minister');
  });

  it('leaves each person acting for their country, and the meeting between them', () => {
    expect(findRelation(draft, 'affiliation', 'tarin-oska', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'petra-lund', 'norway')).toBeDefined();
    expect(findRelation(draft, 'meeting', 'tarin-oska', 'petra-lund')).toBeDefined();
  });

  it('is not a country adjective, which names whom the minister acts for', () => {
    expect(roleOf('Hanna Dal')).toBe('Minister');
    expect(findRelation(draft, 'affiliation', 'hanna-dal', 'iceland')).toBeDefined();
    expect(draft.entities.map((e) => e.entity.label)).not.toContain('Portuguese Ministers');
  });
});
