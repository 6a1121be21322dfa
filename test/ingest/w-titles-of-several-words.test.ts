// A title of several words leaves none of itself in the name: a word that is a title only beside
// its head word ("Queen Mother", "Grand Duke", "Prince Consort", "High Representative"), a royal,
// noble or religious style ("Archbishop", "Duchess", "Emperor") and "Chief of … Staff".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2025-05-05',
  });
const byKind = (draft: Draft, kind: string) =>
  draft.entities
    .filter((e) => e.entity.kind === kind)
    .map((e) => e.entity.label)
    .sort();
const roleOf = (draft: Draft, label: string) =>
  draft.entities.find((e) => e.entity.label === label)?.entity.roles?.[0]?.title;

describe('a word that is a title only beside its head word', () => {
  const draft = ingestFile('w-title-beside-head.txt');

  it('is part of the title, not of the name, nor an organisation', () => {
    expect(byKind(draft, 'person')).toEqual(['Anselm Reyt', 'Ilse Varna', 'Nora Vey', 'Olav Denk']);
    expect(byKind(draft, 'organization')).toEqual(['Grand Hotel']);
    expect(roleOf(draft, 'Ilse Varna')).toBe('Queen Mother');
    expect(roleOf(draft, 'Anselm Reyt')).toBe('Grand Duke');
    expect(roleOf(draft, 'Olav Denk')).toBe('Prince Consort');
    expect(roleOf(draft, 'Nora Vey')).toBe('High Representative');
  });

  it('leaves the person acting under the plain name', () => {
    expect(findRelation(draft, 'meeting', 'anselm-reyt', 'olav-denk')).toBeDefined();
    expect(findRelation(draft, 'statement', 'ilse-varna', 'malta')).toBeDefined();
    expect(findRelation(draft, 'demand', 'nora-vey', 'iceland')).toBeDefined();
  });
});

describe('a royal, noble or religious style before a name', () => {
  const draft = ingestFile('w-royal-and-church-titles.txt');

  it('is the person’s title, not part of the name', () => {
    expect(byKind(draft, 'person')).toEqual([
      'Dov Adler',
      'Ilona Brisk',
      'Paolo Ferri',
      'Taro Ishida',
    ]);
    expect(roleOf(draft, 'Paolo Ferri')).toBe('Archbishop');
    expect(roleOf(draft, 'Taro Ishida')).toBe('Emperor');
    expect(findRelation(draft, 'meeting', 'paolo-ferri', 'dov-adler')).toBeDefined();
  });
});

describe('"Chief of Staff", "Chief of Defence Staff"', () => {
  const draft = ingestFile('w-chief-of-staff.txt');

  it('is a title: "Staff" is no part of the name', () => {
    expect(byKind(draft, 'person')).toEqual(['Edo Pask', 'Runa Holt']);
    expect(roleOf(draft, 'Edo Pask')).toBe('Chief of Defence Staff');
    expect(roleOf(draft, 'Runa Holt')).toBe('Chief of Staff');
    expect(findRelation(draft, 'affiliation', 'edo-pask', 'malta')).toBeDefined();
  });
});
