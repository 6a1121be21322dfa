// Entities a reader finds by their shape alone, in an empty graph: ministries named in lower
// case with their country, organisations by cue words, and people by role and apposition; and
// the page's noise (captions, credits, bylines, capitalised common words) that names no one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const ingestFile = (name: string, published = '2025-05-12'): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name, published });

const entity = (draft: Draft, label: string) =>
  draft.entities.find((e) => e.entity.label === label)?.entity;

describe('ministries named in lower case', () => {
  const draft = ingestFile('l-lowercase-ministries.txt');

  it('names "the Maltese commerce ministry" as the Maltese Ministry of Commerce, acting for Malta', () => {
    const ministry = entity(draft, 'Maltese Ministry of Commerce');
    expect(ministry?.kind).toBe('organization');
    expect(ministry?.aliases).toEqual(expect.arrayContaining(['Maltese Commerce Ministry']));
    expect(findRelation(draft, 'affiliation', ministry?.id ?? '', 'malta')).toBeDefined();
  });

  it('reads "Iceland\'s foreign ministry" and "Iceland\'s foreign office" as one ministry', () => {
    const ministries = draft.entities.filter(
      (e) => /Iceland/.test(e.entity.label) && e.entity.kind === 'organization',
    );
    expect(ministries.map((e) => e.entity.label)).toEqual([
      'Icelandic Ministry of Foreign Affairs',
    ]);
    expect(ministries[0]?.entity.aliases).toEqual(
      expect.arrayContaining(['Icelandic Foreign Ministry', 'Iceland Foreign Office']),
    );
  });

  it('reads "the health ministry in Valletta" as the ministry of the country the capital stands for', () => {
    const ministry = entity(draft, 'Maltese Ministry of Health');
    expect(findRelation(draft, 'affiliation', ministry?.id ?? '', 'malta')).toBeDefined();
  });

  it('gives a capitalised "Foreign Ministry" its full name, and no broken "Ministry of Foreign"', () => {
    const read = ingestArticle(
      'Envoy recalled\n\nThe Maltese Foreign Ministry recalled its envoy from Iceland on Monday.',
      EMPTY,
      { published: '2025-05-12' },
    );
    const aliases = entity(read, 'Maltese Foreign Ministry')?.aliases ?? [];
    expect(aliases).toContain('Maltese Ministry of Foreign Affairs');
    expect(aliases).not.toContain('Ministry of Foreign');
  });

  it('proposes no ministry without a country, nor one in a quotation', () => {
    const read = ingestArticle(
      'Talks end\n\nThe foreign ministry said the talks ended. Malta said: "Iceland\'s foreign ministry is wrong."',
      EMPTY,
      { published: '2025-05-12' },
    );
    expect(read.entities.filter((e) => /Ministry/.test(e.entity.label))).toEqual([]);
  });
});

describe('capitalised common words that open a sentence', () => {
  const draft = ingestFile('l-capitalised-common-words.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('proposes no plural the tagger took for a name ("Tensions rose", "Efforts were")', () => {
    for (const word of ['Tensions', 'Efforts', 'Negotiations']) expect(labels).not.toContain(word);
  });

  it('proposes no person from a quantifier before a capitalised word ("Several Nordic ministers")', () => {
    expect(labels.filter((l) => /^Several\b/.test(l))).toEqual([]);
  });

  it('still reads a lone unknown name acting as a group, and the countries', () => {
    expect(labels).toEqual(expect.arrayContaining(['Velmarks', 'Malta', 'Iceland']));
  });
});

describe('groups named by the noun before or after them', () => {
  const draft = ingestFile('l-groups-by-noun.txt');
  const kindOf = (label: string) => entity(draft, label)?.kind;

  it('reads "the militant group X", "the group X" and "X, a militant group" as organisations', () => {
    for (const name of ['Storm Banner', 'Northern Dawn', 'Red Tide', 'Free Coast'])
      expect(kindOf(name)).toBe('organization');
  });

  it('keeps people whose apposition names a group only after a preposition or as a modifier', () => {
    for (const name of ['Ana Vell', 'Kari Lunde', 'Jon Dahl']) expect(kindOf(name)).toBe('person');
  });
});

describe('bodies named "Directorate General of …"', () => {
  const draft = ingestFile('l-directorate-general.txt');

  it('keeps "General" in the body\'s name, and knows it without its country', () => {
    const body = entity(draft, 'Directorate General of Military Operations of Malta');
    expect(body?.kind).toBe('organization');
    expect(body?.aliases).toContain('Directorate General of Military Operations');
    expect(entity(draft, 'Malta')?.kind).toBe('country');
    expect(draft.entities.map((e) => e.entity.label)).not.toContain('Directorate');
  });

  it('reads one defined by its acronym, and the acronym alone later, as one body', () => {
    const body = entity(draft, 'Directorate General of Coastal Security');
    expect(body?.aliases).toContain('DGCS');
    expect(entity(draft, 'DGCS')).toBeUndefined();
  });
});

describe('the press and its platforms name no actor', () => {
  const draft = ingestFile('l-press-noise.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('reads "By Harbour Times staff" as a byline', () => {
    expect(labels).not.toContain('Harbour Times');
  });

  it('leaves out the teller after a comma that follows a day ("…on Monday, the Coastal Herald reported")', () => {
    expect(labels).not.toContain('Coastal Herald');
  });

  it('proposes no platform a post was written on ("in a Velgram post")', () => {
    expect(labels).not.toContain('Velgram');
  });

  it('keeps a platform a person holds an account on, as the curated graph does ("his X account")', () => {
    const read = ingestArticle(
      'Envoy named\n\nMalta named Jo Roe its envoy, according to a post on his X account.',
      EMPTY,
      { published: '2025-05-12' },
    );
    expect(read.entities.map((e) => e.entity.label)).toContain('X');
  });

  it('still reads the people and countries of the story', () => {
    expect(labels).toEqual(expect.arrayContaining(['Malta', 'Iceland', 'Kari Lunde', 'Ana Vell']));
  });
});

describe('people who share a surname', () => {
  const draft = ingestFile('l-namesakes.txt');
  const people = draft.entities
    .filter((e) => e.entity.kind === 'person')
    .map((e) => e.entity.label);

  it('reads another given name before a known surname as another person', () => {
    expect(people).toEqual(['Tomas Vella', 'Rita Vella', 'Karl Vella']);
  });

  it('makes no person of a day before the surname, and links the full name again', () => {
    expect(people.filter((p) => /Tuesday/.test(p))).toEqual([]);
  });

  it('keeps a misspelt given name on the same person ("Jamison" for "Jamieson")', () => {
    const read = ingestArticle(
      'Talks\n\nEnvoy Jamieson Roe met Malta on Monday. Jamison Roe later met Iceland.',
      EMPTY,
      { published: '2025-05-12' },
    );
    expect(
      read.entities.filter((e) => e.entity.kind === 'person').map((e) => e.entity.label),
    ).toEqual(['Jamieson Roe']);
  });
});

describe('groups named by the noun after them', () => {
  const draft = ingestFile('l-groups-noun-after.txt');

  it('reads "the Harbour Watch security agency" as an organisation, not a person', () => {
    expect(entity(draft, 'Harbour Watch')?.kind).toBe('organization');
  });

  it('reads "Iceland\'s Coastal Intelligence agency" as an organisation acting for Iceland', () => {
    const agency = entity(draft, 'Coastal Intelligence');
    expect(agency?.kind).toBe('organization');
    expect(findRelation(draft, 'affiliation', agency?.id ?? '', 'iceland')).toBeDefined();
  });

  it('proposes no platform named before "network" ("his Velgram Social network")', () => {
    expect(draft.entities.filter((e) => /Velgram/.test(e.entity.label))).toEqual([]);
  });
});

describe('armed wings and their names', () => {
  const draft = ingestFile('l-armed-wings.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('keeps the hyphened particle opening a name, and knows the name without it', () => {
    expect(entity(draft, 'al-Tawil Brigades')?.aliases).toContain('Tawil Brigades');
    expect(labels).not.toContain('Tawil Brigades');
  });

  it('reads a plural possessive inside a name ("Sea Martyrs\' Brigades") as one organisation', () => {
    expect(entity(draft, "Sea Martyrs' Brigades")?.kind).toBe('organization');
    expect(labels).not.toContain('Sea Martyrs');
  });

  it('reads "Wing" as the end of a body\'s name, and "Wing Commander" as a rank', () => {
    expect(labels).toContain('Icelandic Coastal Research Wing');
    expect(entity(draft, 'Lena Holm')?.kind).toBe('person');
    expect(labels.filter((l) => /Wing$/.test(l))).toHaveLength(1);
  });
});

describe('one ministry under its several names', () => {
  const draft = ingestFile('l-one-ministry.txt');

  it('reads "the Maltese Foreign Ministry" as the ministry a foreign minister\'s title named', () => {
    const ministries = draft.entities.filter((e) => /Ministry/.test(e.entity.label));
    expect(ministries.map((e) => e.entity.label)).toEqual(['Maltese Ministry of Foreign Affairs']);
  });
});

describe('names with particles', () => {
  const draft = ingestFile('l-particle-names.txt');
  const people = draft.entities
    .filter((e) => e.entity.kind === 'person')
    .map((e) => e.entity.label);

  it('reads capitalised particles inside a name ("Ana De La Cruz") as one person', () => {
    expect(people).toContain('Ana De La Cruz');
    expect(people).not.toContain('Ana');
    expect(people).not.toContain('Cruz');
  });

  it('reads hyphened given names and particles ("Pierre-Henri Le Gall", "Omar al-Rashid bin Salem")', () => {
    expect(people).toEqual(
      expect.arrayContaining(['Pierre-Henri Le Gall', 'Omar al-Rashid bin Salem']),
    );
  });
});

describe('captions whose credit follows on the same line', () => {
  const draft = ingestFile('l-caption-credits.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('proposes no photographer or agency from "… 2025. Name/Agency", "Credit: Name", "Name for Outlet"', () => {
    for (const noise of ['Lars Dahl', 'Harbour Wire', 'Sigrid Ola', 'Tomas Berg', 'Harbour Times'])
      expect(labels).not.toContain(noise);
  });

  it('keeps the prose, two sentences on a line included', () => {
    expect(labels).toEqual(['Malta', 'Iceland']);
    expect(draft.sentences.some((s) => s.startsWith('It said patrols would end'))).toBe(true);
  });
});

describe('civic and military bodies by their cue words', () => {
  const draft = ingestFile('l-civic-bodies.txt');
  const kindOf = (label: string) => entity(draft, label)?.kind;

  it('reads societies, observatories, commands, hospitals, initiatives and syndicates as organisations', () => {
    for (const body of [
      'Harbour Red Crescent Society',
      'Coastal Observatory for Human Rights',
      'Northern Command',
      'Al-Noor Hospital',
      'Sea Peace Initiative',
      'Harbour Journalists Syndicate',
    ])
      expect(kindOf(body)).toBe('organization');
  });

  it('keeps "for …" in the name and proposes no person from its words', () => {
    expect(draft.entities.filter((e) => e.entity.kind === 'person')).toEqual([]);
    expect(entity(draft, 'Al-Noor Hospital')?.aliases).toContain('Noor Hospital');
  });
});

describe('a title after "its" or "their"', () => {
  const draft = ingestFile('l-its-titles.txt');

  it('gives the person to the body the sentence named before ("sent its chief negotiator, Ana Vell")', () => {
    expect(findRelation(draft, 'affiliation', 'ana-vell', 'harbour-front')).toBeDefined();
  });

  it('makes the person act for the country the sentence named before ("its foreign minister")', () => {
    expect(findRelation(draft, 'affiliation', 'tomas-borg', 'malta')).toBeDefined();
  });
});
