// A person spelt another way than the gazetteer or the article first spells them: a given name
// transliterated otherwise ("Ahmad" for "Ahmed"), an English short form ("Thomas" for "Tom"), an
// Arabic article dropped ("Bashar Assad"), an apostrophe inside a word ("Hay’at"). And a known surname inside another name ("the Trump
// Route") or a building that houses a state body, named as a venue, proposes no tie.
import { describe, expect, it } from 'vitest';
import { sameGivenName, spellingKey } from '../../src/ingest/extract/name-spellings';
import { kindsBetween, readFixture } from './fixture-reading';

const name = 'office-holders-spelt-otherwise.txt';
const draft = readFixture(name, '2025-05-14');
const people = draft.entities.filter((p) => p.entity.kind === 'person').map((p) => p.entity.label);

describe('a person spelt otherwise', () => {
  it('is the person the gazetteer knows, under one entity', () => {
    expect(people).toContain('Ahmed al-Sharaa');
    expect(people).not.toContain('Ahmad');
    expect(kindsBetween(draft, 'ahmed-al-sharaa', 'syria')).toEqual(['affiliation']);
    expect(people).toContain('Tom Barrack');
    expect(people).not.toContain('Thomas Barrack');
  });

  it('with the Arabic article dropped is the person named with it before', () => {
    expect(people.filter((p) => p.endsWith('Assad'))).toEqual(['Bashar al-Assad']);
  });

  it('with an apostrophe inside a word is the body the gazetteer knows without it', () => {
    const bodies = draft.entities.filter((p) => p.entity.kind === 'organization');
    expect(bodies.map((p) => p.entity.label).filter((l) => /Tahrir|HTS/.test(l))).toEqual([
      'Hayat Tahrir al-Sham',
    ]);
  });

  it('keys spellings of one name alike, and no other names', () => {
    expect(spellingKey('ahmad al-sharaa')).toBe(spellingKey('ahmed al-sharaa'));
    expect(spellingKey('bashar assad')).toBe(spellingKey('bashar al-assad'));
    expect(spellingKey('al-qaeda')).toBe('al-qaeda');
    expect(spellingKey("hay'at tahrir al-sham")).toBe(spellingKey('hayat tahrir al-sham'));
    expect(spellingKey('ahmad shah')).not.toBe(spellingKey('mahmoud shah'));
    expect(sameGivenName('volodymyr', 'vladimir')).toBe(true);
    expect(sameGivenName('thomas', 'james')).toBe(false);
  });
});

describe('a known name that names no one acting', () => {
  it('inside another name ("the Trump Route") is no mention of the person', () => {
    expect(people).not.toContain('Donald Trump');
  });

  it('as a venue ("talks held at the White House") gives its body no tie to the state', () => {
    expect(draft.relations.some((p) => p.rule === 'known:state-body')).toBe(false);
  });
});
