// Entities a story-independent reader finds in an empty graph, and the press it leaves out: the
// world's bodies and armed groups from the gazetteer, people by rank and style, an organisation
// and its person in one run, and outlets and journalists quoted as the tellers of a report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';
import { GROUPS, MORE_BODIES, MORE_OUTLETS } from '../../src/ingest/extract/world-bodies';
import { EMPTY, FIXTURES } from './fixture-reading';

const ingestFile = (name: string, published = '2025-05-12'): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name, published });

const labels = (draft: Draft) => draft.entities.map((e) => e.entity.label);
const relation = (draft: Draft, kind: string, a: string, b: string) =>
  draft.relations.find(
    (p) => p.relation.kind === kind && p.relation.source === a && p.relation.target === b,
  )?.relation;

describe('the press quoted as the teller', () => {
  const draft = ingestFile('press-sources.txt');

  it('proposes no outlet told, cited or spoken to, known or not', () => {
    for (const outlet of [
      'Reuters',
      'Harbour Times',
      'Bloomberg News',
      'Associated Press',
      'Coastal Herald',
      'Northern Gazette',
    ])
      expect(labels(draft)).not.toContain(outlet);
  });

  it('proposes no journalist named by their job, and no "Sources" opening a sentence', () => {
    expect(labels(draft)).not.toContain('Lina Marsh');
    expect(labels(draft)).not.toContain('Sources');
  });

  it('still reads the story itself', () => {
    expect(labels(draft)).toEqual(expect.arrayContaining(['Malta', 'Iceland']));
    expect(relation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2025-05-10');
  });

  it('keeps an outlet that is an actor, and state media quoted as a source', () => {
    const text =
      'Ban on broadcaster\n\nMalta banned Al Jazeera on Monday. Iceland told Xinhua it would respond.';
    const read = ingestArticle(text, EMPTY, { published: '2025-05-12' });
    expect(labels(read)).toContain('Al Jazeera');
    expect(labels(read)).toContain('Xinhua News Agency');
  });
});

describe('people by rank and style, organisations by cue', () => {
  const draft = ingestFile('ranks-and-groups.txt');

  it('reads military ranks and royal styles as titles before a name', () => {
    expect(labels(draft)).toEqual(
      expect.arrayContaining([
        'Rita Vella',
        'Jon Sveinsson',
        'Aron Dalby',
        'Nasser bin Khalid Al Mansur',
      ]),
    );
    expect(labels(draft)).not.toContain('Field Marshal');
  });

  it('splits "X Air Force chief Air Marshal Y" into the force and its chief', () => {
    expect(labels(draft)).toContain('Maltese Air Force');
    expect(relation(draft, 'affiliation', 'rita-vella', 'maltese-air-force')).toBeDefined();
    expect(relation(draft, 'affiliation', 'maltese-air-force', 'malta')).toBeDefined();
  });

  it('knows armed groups by name, and a hyphened particle in a name ("al-Farsi")', () => {
    expect(labels(draft)).toEqual(expect.arrayContaining(['Hamas', 'Hezbollah', 'Omar al-Farsi']));
    expect(labels(draft)).not.toContain('Farsi');
    expect(relation(draft, 'affiliation', 'omar-al-farsi', 'hamas')).toBeDefined();
  });
});

describe('the gazetteer of bodies, groups and outlets', () => {
  it('has unique labels and no short form that is a common word once "the" is dropped', () => {
    const all = [...MORE_BODIES, ...GROUPS, ...MORE_OUTLETS];
    const keys = all.map((b) => b.label.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const b of all) {
      expect(b.label.length).toBeGreaterThan(1);
      expect(b.description.length).toBeGreaterThan(0);
      for (const n of b.names) expect(['is', 'pa', 'air', 'epa']).not.toContain(n.toLowerCase());
    }
    expect(MORE_OUTLETS.find((o) => o.label === 'Islamic Republic News Agency')?.state).toBe(true);
  });
});

describe('lines about the making of the report', () => {
  it('proposes no contributor, reporter or author named in them', () => {
    const draft = ingestFile('press-credits.txt');
    for (const name of ['Tom Reed', 'Dana Fisk', 'Jane Roe', 'Harbour Wire'])
      expect(labels(draft)).not.toContain(name);
    expect(labels(draft)).toEqual(expect.arrayContaining(['Malta', 'Iceland']));
  });
});

describe("a country's armed forces by a common noun", () => {
  const draft = ingestFile('forces-by-noun.txt');

  it('proposes the forces as an organisation acting for the country, under the names news uses', () => {
    const army = draft.entities.find((e) => e.entity.label === 'Maltese military')?.entity;
    expect(army?.kind).toBe('organization');
    expect(army?.aliases).toEqual(expect.arrayContaining(['Malta Armed Forces', 'Maltese Army']));
    expect(relation(draft, 'affiliation', army?.id ?? '', 'malta')).toBeDefined();
    expect(labels(draft)).toContain('Icelandic Air Force');
    expect(labels(draft)).toContain('Israel Defense Forces');
  });

  it('reads the forces as the actor where they act, for their country', () => {
    expect(relation(draft, 'military-action', 'maltese-military', 'iceland')?.date).toBe(
      '2025-05-06',
    );
  });
});

describe('a person after a long title', () => {
  const draft = ingestFile('titled-people.txt');

  it('reads the person after an office and a rank ("Director General of … Rear Admiral X")', () => {
    const moss = draft.entities.find((e) => e.entity.label === 'Lena Moss')?.entity;
    expect(moss?.kind).toBe('person');
    expect(moss?.roles?.[0]?.title).toBe('Director General of Harbour Operations Rear Admiral');
  });

  it('reads "special envoy" as a title acting for the country before it', () => {
    expect(relation(draft, 'affiliation', 'karl-bonnici', 'malta')).toBeDefined();
  });
});

describe('names with a list or a place in them', () => {
  const draft = ingestFile('org-lists.txt');

  it('keeps "and" and commas inside one organisation\'s name', () => {
    expect(labels(draft)).toContain('Skippers and Harbour Families Forum');
    const ministry = draft.entities.find(
      (e) => e.entity.label === 'Maltese Ministry of Fisheries, Ports and Energy',
    );
    expect(ministry?.entity.kind).toBe('organization');
  });

  it("reads a person whose first name is a country's after a head title", () => {
    expect(labels(draft)).toContain('Jordan Vell');
  });
});

describe('government bodies and operations', () => {
  const draft = ingestFile('government-bodies.txt');

  it('gives an institution read from a title the names the gazetteer knows it by', () => {
    const ustr = draft.entities.find(
      (e) => e.entity.label === 'Office of the US Trade Representative',
    );
    expect(ustr?.entity.aliases).toContain('Office of the United States Trade Representative');
    expect(relation(draft, 'affiliation', 'jamie-grove', ustr?.entity.id ?? '')).toBeDefined();
  });

  it('knows a government body by its metonym ("the Pentagon")', () => {
    expect(labels(draft)).toContain('US Defense Department');
  });

  it('reads a named operation as an event, not a person', () => {
    const operation = draft.entities.find((e) => e.entity.label === 'Operation Harbour Shield');
    expect(operation?.entity.kind).toBe('event');
  });
});

describe('places and bodies named before a title', () => {
  const draft = ingestFile('governed-place.txt');

  it('reads the territory a premier or governor governs as a place they act for', () => {
    const place = draft.entities.find((e) => e.entity.label === 'Northshire')?.entity;
    expect(place?.kind).toBe('place');
    expect(relation(draft, 'affiliation', 'doug-fenn', 'northshire')).toBeDefined();
  });

  it('knows "EU Commission" as the European Commission', () => {
    expect(relation(draft, 'affiliation', 'lena-sorel', 'european-commission')).toBeDefined();
  });
});

describe('more of the press kept out of the actors', () => {
  it('proposes no credit in brackets, caption word, publishing name or correspondent', () => {
    const draft = ingestFile('press-more.txt');
    for (const name of ['Anadolu Agency', 'Picture', 'Nordpost', 'Tomas Ek', 'Rita Mott'])
      expect(labels(draft)).not.toContain(name);
    expect(relation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2025-05-11');
  });
});

describe('titles written in lower case', () => {
  const draft = ingestFile('lowercase-titles.txt');

  it('reads the country before a lowercase title as the one the person acts for', () => {
    const tabone = relation(draft, 'affiliation', 'karl-tabone', 'malta');
    expect(tabone?.label).toBe('is information minister of');
    expect(relation(draft, 'affiliation', 'omar-fenech', 'malta')).toBeDefined();
  });

  it('reads "X, Iceland\'s prime minister," as X acting for Iceland', () => {
    expect(relation(draft, 'affiliation', 'jon-sveinsson', 'iceland')).toBeDefined();
    expect(relation(draft, 'affiliation', 'sara-lind', 'iceland')?.label).toBe(
      'is top diplomat of',
    );
  });
});

describe('a people in the plural', () => {
  it('reads "Norwegians", "Estonians" as their countries', () => {
    const draft = ingestFile('plural-peoples.txt');
    expect(labels(draft)).toEqual(expect.arrayContaining(['Norway', 'Estonia']));
    expect(labels(draft)).not.toContain('Norwegians');
    expect(labels(draft)).not.toContain('Estonians');
  });
});
