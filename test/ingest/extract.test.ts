// The article extractor: which entities and interactions it proposes from short invented
// articles, how it links to a known graph, and what it must never turn into an actor.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntitySchema, RelationSchema } from '../../src/data/schema';
import { type Draft, DraftSchema } from '../../src/ingest/draft';
import { type IngestContext, ingestArticle, quoteFor } from '../../src/ingest/extract';
import { tagParagraph } from '../../src/ingest/extract/nlp';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const collapse = (text: string) => text.replace(/\s+/g, ' ');

function ingest(name: string, context: IngestContext = EMPTY, published?: string): Draft {
  return ingestArticle(read(name), context, {
    fileName: name,
    ...(published ? { published } : {}),
  });
}

const ids = (draft: Draft) => draft.entities.map((p) => p.entity.id).sort();
const find = (draft: Draft, kind: string, a: string, b: string) =>
  draft.relations.find(
    (p) =>
      p.relation.kind === kind &&
      ((p.relation.source === a && p.relation.target === b) ||
        (!p.relation.directed && p.relation.source === b && p.relation.target === a)),
  );

/** Every quote is verbatim (whitespace aside), short enough, and the draft is valid. */
function expectWellFormed(draft: Draft, text: string) {
  expect(DraftSchema.safeParse(draft).success).toBe(true);
  const article = collapse(text);
  for (const p of draft.relations) {
    expect(RelationSchema.safeParse(p.relation).success).toBe(true);
    for (const e of p.relation.evidence) {
      expect(article).toContain(collapse(e.quote));
      expect(e.quote.length).toBeLessThanOrEqual(400);
      expect(e.source).toBe(draft.source.id);
    }
    expect(draft.sentences[p.sentence]).toBeDefined();
    expect(p.decision).toBe('pending');
  }
  for (const p of draft.entities) expect(EntitySchema.safeParse(p.entity).success).toBe(true);
}

describe('ingestArticle: interaction patterns', () => {
  it('reads a call between two titled people, with its date and the titles as represents', () => {
    const draft = ingest('call.txt');
    expectWellFormed(draft, read('call.txt'));
    expect(draft.source).toMatchObject({
      id: 'call',
      title: 'Ministers hold first call since spring',
    });
    const call = find(draft, 'call', 'ilse-garrow', 'pavel-demir');
    expect(call?.relation).toMatchObject({
      directed: false,
      date: '2025-03-03',
      tone: 'verbal-cooperation',
    });
    expect(call?.relation.evidence[0]?.quote).toContain('held a phone call on March 3, 2025');
    expect(call?.rule).toBe('pattern:call');
    expect(find(draft, 'affiliation', 'ilse-garrow', 'canada')).toBeDefined();
    expect(find(draft, 'affiliation', 'pavel-demir', 'japan')).toBeDefined();
  });

  it('proposes no actor from a photo credit or a byline', () => {
    const draft = ingest('call.txt');
    const labels = draft.entities.map((p) => p.entity.label).join(' | ');
    for (const name of ['Marta', 'Velk', 'Northwind', 'Getty', 'Oskar', 'Brandt'])
      expect(labels).not.toContain(name);
    expect(draft.sentences.join(' ')).not.toContain('Getty Images');
    expect(ids(draft)).toEqual([
      'canada',
      'canadian-ministry-of-foreign-affairs',
      'ilse-garrow',
      'ilse-garrow-pavel-demir-call-3-march-2025',
      'japan',
      'pavel-demir',
    ]);
  });

  it('proposes nothing from a sentence with a single actor', () => {
    const draft = ingest('call.txt');
    const index = draft.sentences.findIndex((s) => s.startsWith('Garrow said'));
    expect(index).toBeGreaterThan(0);
    expect(draft.relations.filter((p) => p.sentence === index)).toEqual([]);
  });

  it('reads a meeting, dating a weekday only when the article gives its publication date', () => {
    const undated = find(ingest('meeting.txt'), 'meeting', 'rafe-ommundsen', 'tessa-quill');
    expect(undated?.relation.date).toBeUndefined();
    const dated = find(
      ingest('meeting.txt', EMPTY, '2025-03-07'),
      'meeting',
      'rafe-ommundsen',
      'tessa-quill',
    );
    expect(dated?.relation).toMatchObject({
      date: '2025-03-04',
      dateApproximate: true,
      directed: false,
    });
  });

  it('does not take the place of a meeting for a party to it', () => {
    const text =
      'Rafe Ommundsen and Tessa Quill to meet in Kuala Lumpur\nSenator Rafe Ommundsen will meet Governor Tessa Quill in Washington next week.\n';
    const draft = ingestArticle(text, EMPTY, { fileName: 'place.txt' });
    expectWellFormed(draft, text);
    const parties = draft.relations
      .filter((p) => ['meeting', 'planned-meeting'].includes(p.relation.kind))
      .flatMap((p) => [p.relation.source, p.relation.target]);
    expect(parties).toContain('rafe-ommundsen');
    expect(parties).toContain('tessa-quill');
    expect(parties).not.toContain('united-states');
    expect(parties).not.toContain('malaysia');
  });

  it('reads criticism with its direction and leaves the sentence without actors alone', () => {
    const draft = ingest('criticism.txt');
    expectWellFormed(draft, read('criticism.txt'));
    const criticism = find(draft, 'criticism', 'hana-rolle', 'mexico');
    expect(criticism?.relation).toMatchObject({ directed: true, tone: 'verbal-conflict' });
    expect(find(draft, 'criticism', 'mexico', 'hana-rolle')).toBeUndefined();
    const weather = draft.sentences.findIndex((s) => s.startsWith('The weather'));
    expect(draft.relations.some((p) => p.sentence === weather)).toBe(false);
  });

  it('tells imposed, cut and threatened tariffs apart', () => {
    const draft = ingest('tariffs.txt');
    expectWellFormed(draft, read('tariffs.txt'));
    expect(find(draft, 'tariff', 'brazil', 'canada')?.relation.tone).toBe('material-conflict');
    expect(find(draft, 'tariff-cut', 'canada', 'brazil')?.relation.tone).toBe(
      'material-cooperation',
    );
    expect(find(draft, 'tariff-threat', 'ilan-varga', 'canada')).toBeDefined();
    expect(find(draft, 'tariff', 'canada', 'brazil')).toBeUndefined();
  });

  it('reads an export restriction and names a company from its suffix', () => {
    const draft = ingest('export.txt');
    expectWellFormed(draft, read('export.txt'));
    const company = draft.entities.find((p) => p.entity.id === 'zentex-technologies');
    expect(company?.entity).toMatchObject({ kind: 'organization', aliases: ['Zentex'] });
    const control = find(draft, 'export-control', 'japan', 'zentex-technologies');
    expect(control?.relation).toMatchObject({ directed: true, tone: 'material-conflict' });
  });
});

describe('ingestArticle: linking', () => {
  const context: IngestContext = {
    entities: [
      {
        id: 'mara-kessel',
        label: 'Mara Kessel',
        kind: 'person',
        aliases: ['Kessel'],
        roles: [{ title: 'Treasury Secretary' }],
      },
      { id: 'canada', label: 'Canada', kind: 'country', aliases: [] },
    ],
    relations: [{ id: 'old-1', source: 'mara-kessel', target: 'canada', kind: 'criticism' }],
    sources: [{ id: 'alias' }],
  };

  it('links a role title and a known alias, and extends an existing relation', () => {
    const draft = ingest('alias.txt', context);
    expectWellFormed(draft, read('alias.txt'));
    expect(draft.source.id).toBe('alias-2');
    // the call is an event with both as participants
    expect(ids(draft)).toEqual(['mara-kessel-zhou-wenli-call', 'zhou-wenli']);
    expect(find(draft, 'participant', 'mara-kessel', 'mara-kessel-zhou-wenli-call')).toBeDefined();
    expect(draft.links).toContainEqual(
      expect.objectContaining({ entity: 'mara-kessel', rule: 'link:role-title' }),
    );
    expect(draft.links).toContainEqual(
      expect.objectContaining({ entity: 'mara-kessel', mention: 'Kessel' }),
    );
    expect(find(draft, 'call', 'mara-kessel', 'zhou-wenli')).toBeDefined();
    expect(find(draft, 'criticism', 'mara-kessel', 'canada')?.extends).toBe('old-1');
    expect(draft.relations.every((p) => p.relation.id.startsWith('alias-2:r'))).toBe(true);
  });

  it('resolves a short form of a new name to the same new entity', () => {
    const draft = ingest('short-form.txt');
    expectWellFormed(draft, read('short-form.txt'));
    expect(ids(draft)).toEqual(['canada', 'carl-brenner', 'jane-doe']);
    const meeting = find(draft, 'planned-meeting', 'jane-doe', 'carl-brenner');
    expect(meeting?.relation.evidence[0]?.quote).toBe(
      'Doe said she would meet Carl Brenner next week.',
    );
  });

  it('never proposes a label that the context already uses', () => {
    const draft = ingest('criticism.txt', {
      entities: [{ id: 'mx', label: 'Mexico', kind: 'country', aliases: [] }],
      relations: [],
      sources: [],
    });
    expect(ids(draft)).toEqual(['canada', 'hana-rolle']);
    expect(find(draft, 'criticism', 'hana-rolle', 'mx')).toBeDefined();
  });
});

describe('ingestArticle: the seed articles', () => {
  const seeds = readdirSync(FIXTURES).filter((name) => name.startsWith('seed-'));

  it('has the five seed articles', () => expect(seeds).toHaveLength(5));

  it.each(seeds)('drafts %s as a valid Draft with verbatim evidence', (name) => {
    const draft = ingest(name);
    expectWellFormed(draft, read(name));
    expect(draft.relations.length).toBeGreaterThan(0);
    const labels = draft.entities.map((p) => p.entity.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    for (const bad of ['getty', 'anadolu', 'sancar', 'heavey', 'thursday', 'trade tensions'])
      expect(labels.some((l) => l.includes(bad))).toBe(false);
  });
});

describe('whitespace in articles', () => {
  it('keeps words apart across tabs and other spaces, so quotes stay verbatim', () => {
    const text =
      'Call\nVice Premier Wen\u00A0Arlo spoke\twith Senator Rafe Ommundsen\u3000by phone.\n';
    const draft = ingestArticle(text, EMPTY, { fileName: 'spaces.txt' });
    expectWellFormed(draft, text);
    expect(draft.relations.length).toBeGreaterThan(0);
    for (const p of draft.relations)
      for (const e of p.relation.evidence) expect(e.quote).not.toMatch(/spokewith|Ommundsenby/);
  });
});

describe('quoteFor', () => {
  it('cuts a sentence over 400 characters to the clause holding the span', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `item${i}`).join(', ');
    const text = `${filler}, and Ana Ruiz met Bo Li in the capital, ${filler}.`;
    const [sentence] = tagParagraph(text);
    if (!sentence) throw new Error('no sentence');
    const from = sentence.tokens.findIndex((t) => t.value === 'Ana');
    const to = sentence.tokens.findIndex((t) => t.value === 'Li') + 1;
    const quote = quoteFor(sentence, from, to);
    expect(quote.length).toBeLessThanOrEqual(400);
    expect(quote).toContain('Ana Ruiz met Bo Li');
    expect(text).toContain(quote);
  });
});

describe('ingestArticle: groups, sides and institutions', () => {
  const draft = ingest('groups.txt');

  it('is well formed', () => expectWellFormed(draft, read('groups.txt')));

  it('reads the members of a coalition', () => {
    for (const member of ['canada', 'japan', 'mexico'])
      expect(find(draft, 'member-of', member, 'pacific-shipping-council')?.relation.directed).toBe(
        true,
      );
  });

  it('reads "both sides" as the article’s two main countries', () => {
    const index = draft.sentences.findIndex((s) => s.startsWith('Both sides'));
    const agreement = find(draft, 'agreement', 'canada', 'japan');
    expect(agreement?.sentence).toBe(index);
    expect(agreement?.relation.tone).toBe('verbal-cooperation');
  });

  it('places a titled official in the institution the post belongs to', () => {
    const treasury = draft.entities.find((p) => p.entity.label === 'US Treasury');
    // the US Treasury is in the gazetteer: named in the title, it is proposed from there
    expect(['title:institution', 'mention:gazetteer']).toContain(treasury?.rule);
    expect(find(draft, 'affiliation', 'omar-lindqvist', 'us-treasury')).toBeDefined();
    expect(find(draft, 'affiliation', 'omar-lindqvist', 'united-states')).toBeDefined();
    expect(find(draft, 'affiliation', 'us-treasury', 'united-states')).toBeDefined();
  });

  it('proposes nothing from a heading', () => {
    const heading = draft.sentences.indexOf('Shipping Outlook For The Coming Year');
    expect(heading).toBeGreaterThan(0);
    expect(draft.entities.some((p) => p.sentence === heading)).toBe(false);
    expect(draft.relations.some((p) => p.sentence === heading)).toBe(false);
  });
});

describe('ingestArticle: any input', () => {
  it('drafts an empty or credit-only article without proposals', () => {
    for (const text of ['', '\n\n', 'Jane Roe | Wire | Getty Images\n']) {
      const draft = ingestArticle(text, EMPTY, {});
      expect(DraftSchema.safeParse(draft).success).toBe(true);
      expect(draft.entities).toEqual([]);
      expect(draft.relations).toEqual([]);
    }
  });

  it('never proposes a label equal to an alias of the context', () => {
    const draft = ingestArticle('Title\nThe Norland Fund and Acme Group met in Paris.', {
      entities: [
        { id: 'a', label: 'Alpha', kind: 'organization', aliases: ['Acme Group'] },
        { id: 'b', label: 'Beta', kind: 'organization', aliases: ['Acme Group'] },
      ],
      relations: [],
      sources: [],
    });
    expect(draft.entities.map((p) => p.entity.label)).not.toContain('Acme Group');
  });

  it('keeps every draft valid and every quote verbatim for arbitrary text', () => {
    const word = fc.constantFrom(
      'Jane',
      'Doe',
      'met',
      'said',
      'the',
      'China',
      'U.S.',
      'tariffs',
      'on',
      '“quoted”',
      ',',
      '.',
      'Minister',
      'Ministry',
      'of',
      'Trade',
      'and',
      'with',
      'call',
      'Group',
      '|',
      '\n',
      'By',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (words) => {
        const text = words.join(' ');
        const draft = ingestArticle(text, EMPTY, {});
        expectWellFormed(draft, text);
      }),
      { numRuns: 60 },
    );
  });
});

describe('ingestArticle: other spellings of one institution', () => {
  it('links "the Canadian Trade Ministry" to "Canada’s Ministry of Trade" proposed earlier', () => {
    const text =
      'Trade note\nCanada’s Ministry of Trade criticised Japan on Monday.\nLater the Canadian Trade Ministry urged Japan to talk.';
    const draft = ingestArticle(text, EMPTY, {});
    const ministries = draft.entities.filter((p) => /Ministry/.test(p.entity.label));
    expect(ministries).toHaveLength(1);
    const id = ministries[0]?.entity.id as string;
    expect(ministries[0]?.entity.aliases).toContain('Canadian Trade Ministry');
    expect(find(draft, 'criticism', id, 'japan')).toBeDefined();
    expect(find(draft, 'demand', id, 'japan')).toBeDefined();
    expect(find(draft, 'affiliation', id, 'canada')).toBeDefined();
  });
});

describe('ingestArticle: parties of a known event', () => {
  it('makes the countries compounded into an event’s name its participants', () => {
    const context: IngestContext = {
      entities: [
        { id: 'ca', label: 'Canada', kind: 'country', aliases: [] },
        { id: 'jp', label: 'Japan', kind: 'country', aliases: [] },
        { id: 'dispute', label: 'Canada–Japan fishing dispute', kind: 'event', aliases: [] },
      ],
      relations: [],
      sources: [],
    };
    const draft = ingestArticle(
      'Note\nThe Canada-Japan fishing dispute deepened this spring.',
      context,
      {},
    );
    expect(draft.entities).toEqual([]);
    expect(find(draft, 'participant', 'ca', 'dispute')?.relation.directed).toBe(true);
    expect(find(draft, 'participant', 'jp', 'dispute')).toBeDefined();
    expect(draft.relations).toHaveLength(2);
  });
});

describe('ingestArticle: names with particles and organisations in passing', () => {
  const draft = ingest('particles.txt');

  it('keeps name particles and links the short form that starts a sentence', () => {
    expectWellFormed(draft, read('particles.txt'));
    expect(ids(draft)).toContain('anna-van-der-berg');
    expect(find(draft, 'call', 'anna-van-der-berg', 'paul-ferris')).toBeDefined();
    expect(find(draft, 'affiliation', 'anna-van-der-berg', 'european-commission')).toBeDefined();
  });

  it('reads "the Commission" as the commission named before, and "at X Y" as a workplace', () => {
    expect(ids(draft)).not.toContain('commission');
    expect(draft.entities.find((p) => p.entity.label === 'Harlow Brothers')?.entity.kind).toBe(
      'organization',
    );
  });
});
