// Entities a crisis story names that a trade story does not: officials of international bodies
// and of ministries, tied to the body or country their title names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { readHtmlArticle } from '../../src/ingest/html-article';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2025-06-03',
  });

describe("an official titled by an international body or a country's ministry", () => {
  const draft = ingestFile('q-body-officials.txt');
  const affiliated = (person: string, body: string) =>
    findRelation(draft, 'affiliation', person, body);

  it('works at the body a hyphenated post names ("UN Secretary-General X")', () => {
    expect(affiliated('amos-trell', 'united-nations')?.label).toMatch(/Secretary-General/);
  });

  it('works at the body a lower-case title names, before or after the name', () => {
    expect(affiliated('jens-olver', 'nato')).toBeDefined();
    expect(affiliated('mira-kask', 'united-nations')).toBeDefined();
    expect(affiliated('tomas-berg', 'united-nations')).toBeDefined();
    expect(affiliated('ines-dorn', 'world-health-organization')).toBeDefined();
    expect(affiliated('karl-weiss', 'nato')).toBeDefined();
  });

  it('acts for the country of "the foreign minister of X" and of its ministry\'s spokesperson', () => {
    expect(findRelation(draft, 'affiliation', 'ana-vell', 'peru')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'lucia-mendez', 'chile')).toBeDefined();
    expect(affiliated('lucia-mendez', 'chilean-ministry-of-foreign-affairs')).toBeDefined();
  });
});

describe('countries the gazetteer missed, one also a given name', () => {
  const draft = ingestFile('q-more-countries.txt');
  const kindOf = (id: string) => draft.entities.find((e) => e.entity.id === id)?.entity.kind;

  it('reads Chad and Togo as countries, and the Chadian army as their forces', () => {
    expect(kindOf('chad')).toBe('country');
    expect(kindOf('togo')).toBe('country');
    expect(findRelation(draft, 'criticism', 'chad', 'togo')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'chadian-military', 'chad')).toBeDefined();
  });

  it('keeps "Chad Morrow" a person, acting for no country', () => {
    expect(kindOf('chad-morrow')).toBe('person');
    expect(findRelation(draft, 'affiliation', 'chad-morrow', 'chad')).toBeUndefined();
  });
});

describe("a wire story's page furniture in the middle of its text", () => {
  const draft = ingestFile('q-page-noise.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('proposes no desk, wire or app as an entity', () => {
    for (const noise of ['Staff', 'Agence France-Presse', 'Reuters', 'Story', 'Andes Ledger'])
      expect(labels).not.toContain(noise);
    expect(labels.some((l) => /Andes Press|Gulf Wire|Quintel/.test(l))).toBe(false);
  });

  it('still reads the story around it', () => {
    expect(findRelation(draft, 'agreement', 'chile', 'togo')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'komi-adabra', 'togo')).toBeDefined();
  });
});

describe('a saved wire-story page, read through Readability', () => {
  const result = readHtmlArticle(
    readFileSync(join(FIXTURES, 'q-wire-page.html'), 'utf8'),
    (html) => parseHTML(html).document,
  );
  if (!result.ok) throw new Error(result.message);
  const draft = ingestArticle(result.article.text, EMPTY, {
    fileName: 'q-wire-page.html',
    published: result.article.published ?? undefined,
  });
  const labels = draft.entities.map((e) => e.entity.label);

  it('proposes none of its bylines, credits, agencies or desk lines', () => {
    for (const noise of ['Staff', 'Reuters', 'Associated Press', 'Andes Ledger'])
      expect(labels).not.toContain(noise);
    expect(labels.some((l) => /Quintel|Dovan|Fenn|Morrow|Stroud|Wren|Andes Press/.test(l))).toBe(
      false,
    );
  });

  it('reads its officials, tied to their country or body', () => {
    expect(findRelation(draft, 'affiliation', 'komi-adabra', 'togo')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'elena-varga', 'chile')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'ines-kalder', 'united-nations')).toBeDefined();
  });
});

describe('armed groups by their shape, and places that are not actors', () => {
  const draft = ingestFile('q-groups-and-places.txt');
  const kindOf = (label: string) =>
    draft.entities.find((e) => e.entity.label === label)?.entity.kind;

  it('reads a group named with "the", with "for … and …", or joined by a particle', () => {
    expect(kindOf('Desert Lions')).toBe('organization');
    expect(kindOf('Front for Change and Concord')).toBe('organization');
    expect(kindOf('Harakat-e-Noor')).toBe('organization');
    expect(kindOf('Jamaat-ul-Fajr')).toBe('organization');
  });

  it('proposes no province, town, crossing or sea as an organisation or a person', () => {
    for (const place of ['Ouaddai', 'Santa Rosa', 'Tine', 'Adre'])
      expect(kindOf(place)).toBeUndefined();
    expect(kindOf('Ennedi Region')).toBe('place');
    expect(kindOf('Red Sea')).toBe('place');
  });

  it('keeps an office named after "of" in the title, not a person', () => {
    expect(kindOf('Military Operations')).toBeUndefined();
    expect(findRelation(draft, 'affiliation', 'faisal-idris', 'sudan')?.label).toMatch(
      /Director General of Military Operations/,
    );
  });
});

describe('lines, corridors and towns named in a crisis', () => {
  const draft = ingestFile('q-lines-and-towns.txt');
  const kindOf = (label: string) =>
    draft.entities.find((e) => e.entity.label === label)?.entity.kind;

  it('reads a named line or corridor as a place, and a town after "in" or "near" as no one', () => {
    expect(kindOf('Green Line')).toBe('place');
    expect(kindOf('Netzari Corridor')).toBe('place');
    expect(kindOf('Khan Bara')).toBeUndefined();
    expect(kindOf('Wadi Saleh')).toBeUndefined();
  });

  it('still reads the people and countries around them', () => {
    expect(kindOf('Idriss Kabo')).toBe('person');
    expect(findRelation(draft, 'military-action', 'chad', 'sudan')).toBeDefined();
  });
});

describe("two countries' forces under the same name", () => {
  const draft = ingestFile('q-two-air-forces.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it("keeps the second country's air force and border guard apart from the first's", () => {
    expect(labels).toContain('Sudanese Air Force');
    expect(labels).toContain('Chadian Air Force');
    expect(labels).toContain('Chadian Border Guard');
    expect(findRelation(draft, 'affiliation', 'chadian-air-force', 'chad')).toBeDefined();
  });

  it('names a group joined by the particle "um" in full', () => {
    expect(labels).toContain('Harakat-um-Salam');
  });
});

describe("notes about the story's reporters", () => {
  const draft = ingestFile('q-press-notes.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('proposes no reporter, outlet or agency from a signature, a biography or a picture credit', () => {
    expect(labels.some((l) => /Quintel|Dovan|Morrow|Wren|Gulf Wire|Andes Ledger/.test(l))).toBe(
      false,
    );
    expect(labels).not.toContain('Agence France-Presse');
  });

  it('still reads the story', () => {
    expect(findRelation(draft, 'affiliation', 'komi-adabra', 'togo')).toBeDefined();
  });
});

describe('credits that lost their marks', () => {
  const draft = ingestFile('q-bare-credits.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('proposes nobody from a line of names alone or an embedded post', () => {
    expect(labels.some((l) => /Quintel|Morrow|Dovan|Andes Ledger/.test(l))).toBe(false);
  });

  it('still reads the people the prose names', () => {
    expect(findRelation(draft, 'affiliation', 'komi-adabra', 'togo')).toBeDefined();
  });
});

describe('captions with the credit before them, after a dash, or as a courtesy', () => {
  const draft = ingestFile('q-caption-forms.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('proposes no photographer or outlet', () => {
    expect(labels.some((l) => /Quintel|Morrow|Dovan|Andes Press|Gulf Wire/.test(l))).toBe(false);
  });

  it('still reads the story', () => {
    expect(findRelation(draft, 'affiliation', 'komi-adabra', 'togo')).toBeDefined();
  });
});

describe('the media a crisis story quotes', () => {
  const draft = ingestFile('q-media-mentions.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('proposes no outlet told, tallying, broadcasting, printing an op-ed or hosting a video', () => {
    for (const medium of ['Lome Herald', 'Santiago Times', 'Radio Kara', 'Andes Post', 'VidStream'])
      expect(labels).not.toContain(medium);
  });

  it('still reads the officials who spoke to them', () => {
    expect(findRelation(draft, 'affiliation', 'komi-adabra', 'togo')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'elena-varga', 'chile')).toBeDefined();
  });
});

describe("reporters' signatures under the headline", () => {
  const draft = ingestFile('q-signatures.txt');
  const labels = draft.entities.map((e) => e.entity.label);

  it('proposes no reporter or outlet from a handle, a reading time or an "Outlet, Place" line', () => {
    expect(labels.some((l) => /Quintel|Dovan|Morrow|Harbour/.test(l))).toBe(false);
  });

  it('still reads the story', () => {
    expect(findRelation(draft, 'affiliation', 'komi-adabra', 'togo')).toBeDefined();
  });
});

describe("a saved page's list of links to other stories", () => {
  const result = readHtmlArticle(
    readFileSync(join(FIXTURES, 'q-related-links.html'), 'utf8'),
    (html) => parseHTML(html).document,
  );
  if (!result.ok) throw new Error(result.message);
  const draft = ingestArticle(result.article.text, EMPTY, {
    fileName: 'q-related-links.html',
    published: result.article.published ?? undefined,
  });

  it("reads no other story's headline as something this one reports", () => {
    expect(draft.relations.map((p) => p.relation.kind)).not.toContain('sanction');
    expect(draft.relations.map((p) => p.relation.kind)).not.toContain('military-action');
  });

  it('reads its own story, and none of its credits', () => {
    expect(findRelation(draft, 'agreement', 'chile', 'togo')).toBeDefined();
    const labels = draft.entities.map((e) => e.entity.label);
    expect(labels.some((l) => /Quintel|Dovan|Morrow|Gulf Wire/.test(l))).toBe(false);
  });
});
