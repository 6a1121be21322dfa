// The kind and the date of what an article reports, on short invented articles read into an empty
// graph: countries whose names end like an adjective are actors, a deed is told by the word that
// names it, and a day is resolved against the article's own date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { findDate } from '../../src/ingest/extract/dates';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

/** A Friday. */
const PUBLISHED = '2025-05-09';

const ingestFile = (name: string, published: string | null = PUBLISHED): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name, published });

describe('countries named like an adjective', () => {
  it('reads "Sudan", "Oman" and "Jordan" as actors, not as modifiers', () => {
    const draft = ingestFile('crisis-adjective-shaped-countries.txt');
    expect(relation(draft, 'agreement', 'sudan', 'oman')).toMatchObject({ date: '2025-05-06' });
    expect(relation(draft, 'criticism', 'jordan', 'sudan')).toBeDefined();
  });
});

describe('a call or talks "with" someone after the words that say when', () => {
  it('reads "a conversation Tuesday morning with X" as a call and "talks on Wednesday with Y" as talks', () => {
    const draft = ingestFile('call-with-after-day.txt');
    expect(relation(draft, 'call', 'tomas-varga', 'ilse-marek')).toMatchObject({
      date: '2025-05-06',
    });
    expect(relation(draft, 'talks', 'ilse-marek', 'peter-kollar')).toMatchObject({
      date: '2025-05-07',
    });
  });
});

describe('a deed on "its" something, in a report of one side', () => {
  it('falls on the side reporting it', () => {
    const draft = ingestFile('crisis-reported-victim.txt');
    expect(relation(draft, 'military-action', 'latvia', 'estonia')).toMatchObject({
      date: '2025-05-05',
    });
    // "Estonian jets struck": the jets' country is the agent; the army reporting it speaks for
    // its country, which is the target
    const struck = draft.relations.find(
      (p) => p.relation.kind === 'military-action' && p.relation.source === 'estonia',
    );
    expect(struck?.relation).toMatchObject({ target: 'latvia', date: '2025-05-06' });
  });
});

describe('an accord promised or sought is no accord made', () => {
  it('reads "signed a border accord" as an agreement, "pledged to strike a deal" as none', () => {
    const draft = ingestFile('crisis-pledged-deal.txt');
    expect(relation(draft, 'agreement', 'latvia', 'estonia')).toMatchObject({ date: '2025-05-06' });
    expect(relation(draft, 'agreement', 'estonia', 'finland')).toBeUndefined();
    expect(relation(draft, 'agreement', 'latvia', 'lithuania')).toBeUndefined();
  });
});

describe('events of nature', () => {
  it('proposes no organisation for "Floods hit Sindh" or "Quake rocks Nepal"', () => {
    const draft = ingestFile('nature-not-actor.txt');
    const labels = draft.entities.map((p) => p.entity.label);
    expect(labels).toContain('Sindh');
    expect(labels).not.toContain('Floods');
    expect(labels).not.toContain('Quake');
  });
});

describe('deeds told by a noun, decried by another side', () => {
  it('reads "condemned B\'s attack on its town" as B attacking the one condemning', () => {
    const draft = ingestFile('crisis-deed-nouns.txt');
    expect(relation(draft, 'criticism', 'finland', 'sweden')).toBeDefined();
    expect(relation(draft, 'military-action', 'sweden', 'finland')).toMatchObject({
      date: '2025-05-05',
    });
    expect(relation(draft, 'military-action', 'denmark', 'norway')).toMatchObject({
      date: '2025-05-06',
    });
  });

  it('reads "the blockade by A against B drew condemnation from C"', () => {
    const draft = ingestFile('crisis-deed-nouns.txt');
    expect(relation(draft, 'sanction', 'iceland', 'ireland')).toBeDefined();
    expect(relation(draft, 'criticism', 'portugal', 'iceland')).toBeDefined();
  });
});

describe('both parties named after the verb', () => {
  it('reads "traded artillery fire" as force used both ways', () => {
    const draft = ingestFile('crisis-both-objects.txt');
    expect(relation(draft, 'military-action', 'latvia', 'estonia')).toMatchObject({
      date: '2025-05-05',
    });
    expect(relation(draft, 'military-action', 'estonia', 'latvia')).toBeDefined();
  });

  it('reads "called on both sides" and "spoke with the leaders of A and B" as each side', () => {
    const draft = ingestFile('crisis-both-objects.txt');
    expect(relation(draft, 'demand', 'sweden', 'latvia')).toBeDefined();
    expect(relation(draft, 'demand', 'sweden', 'estonia')).toBeDefined();
    expect(relation(draft, 'call', 'anna-virtanen', 'latvia')).toMatchObject({
      date: '2025-05-06',
    });
    expect(relation(draft, 'call', 'anna-virtanen', 'estonia')).toBeDefined();
  });
});

describe('days relative to the article’s own date', () => {
  it('reads "last night" as the day before publication, and "overnight" as that night', () => {
    expect(
      findDate('Latvia shelled Estonia last night.', PUBLISHED, undefined, null, { done: true }),
    ).toEqual({
      date: '2025-05-08',
      approximate: true,
    });
    // the night before the day of publication, which may be either day
    expect(
      findDate('Latvia shelled Estonia overnight.', PUBLISHED, undefined, null, { done: true }),
    ).toEqual({ date: '2025-05-08', until: '2025-05-09', approximate: true });
  });
});

describe('two parties joined by a dash before the interaction', () => {
  it('reads "the Latvia-Estonia ceasefire" and "Finland–Sweden trade talks" between the two', () => {
    const draft = ingestFile('crisis-dashed-parties.txt');
    expect(relation(draft, 'agreement', 'latvia', 'estonia')).toMatchObject({
      date: '2025-05-05',
    });
    expect(relation(draft, 'talks', 'finland', 'sweden')).toMatchObject({ date: '2025-05-06' });
  });
});

describe('weapons as the subject of a general verb of impact', () => {
  it('reads "Latvian drones hit a depot in Tallinn" as Latvia attacking Estonia', () => {
    const draft = ingestFile('crisis-weapons-hit.txt');
    expect(relation(draft, 'military-action', 'latvia', 'estonia')).toMatchObject({
      date: '2025-05-05',
      tone: 'material-conflict',
    });
  });
});

describe('countries that speak together', () => {
  it('reads "Sweden and Norway said … Latvia" as a statement of each', () => {
    const draft = ingestFile('crisis-joint-speakers.txt');
    expect(relation(draft, 'statement', 'sweden', 'latvia')).toMatchObject({ date: '2025-05-06' });
    expect(relation(draft, 'statement', 'norway', 'latvia')).toMatchObject({ date: '2025-05-06' });
  });
});
