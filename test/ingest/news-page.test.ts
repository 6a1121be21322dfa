// Reading a news page as a person would: headline, date line, byline, caption, credit and
// dateline set apart; the main event proposed as an event with every participant (a delegation
// list included), dated from a weekday against the page's date; a threat is not an imposition,
// a plan is not a meeting, a denial is nothing. Short invented articles only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Draft, DraftSchema } from '../../src/ingest/draft';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';
import { findDate } from '../../src/ingest/extract/dates';
import { findKnownEvent, knownEvents } from '../../src/ingest/extract/known-events';
import { readPage } from '../../src/ingest/extract/page';
import { findPageDate, parseDateLine } from '../../src/ingest/extract/page-date';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const ingest = (name: string, context: IngestContext = EMPTY): Draft =>
  ingestArticle(read(name), context, { fileName: name });
const relation = (draft: Draft, kind: string, source: string, target: string) =>
  draft.relations.find(
    (p) =>
      p.relation.kind === kind &&
      ((p.relation.source === source && p.relation.target === target) ||
        (!p.relation.directed && p.relation.source === target && p.relation.target === source)),
  );

describe('the page before the prose', () => {
  it('sets apart the headline, the date line, the byline, the caption and the dateline', () => {
    const page = readPage(read('news-delegation.txt'));
    expect(page.headline).toBe('Canada and Japan open trade talks in Osaka');
    expect(page.published).toBe('2025-03-14');
    expect(page.datelinePlace).toBe('Osaka');
    expect(page.removed.map((r) => r.kind)).toEqual(['timestamp', 'caption', 'byline', 'dateline']);
    const prose = page.blocks.filter((b) => !b.heading).map((b) => b.text);
    expect(prose[0]).toMatch(/^A Canadian delegation/);
    expect(prose.join(' ')).not.toMatch(/Marta Velk|Northwind|Lena Hart|OSAKA/);
  });

  it('takes as the published date the one the dialog shows: a date line among the first lines', () => {
    const prose = Array.from({ length: 45 }, (_, i) => `Paragraph ${i + 1} says little.`);
    const late = ['Talks go on', ...prose, '2025-04-01 09:30', 'The end.'].join('\n');
    expect(findPageDate(late)).toBeNull();
    expect(readPage(late).published).toBeNull();
    const early = ['Talks go on', '2025-04-01 09:30', ...prose].join('\n');
    expect(readPage(early).published).toBe(findPageDate(early));
    expect(readPage(early).published).toBe('2025-04-01');
  });

  it.each([
    ['MONDAY, MARCH 3, 2025', '2025-03-03'],
    ['Tue Apr 8 2025', '2025-04-08'],
    ['Feb 4, 2025', '2025-02-04'],
    ['Published: 3 Mar. 2025, 08:15', '2025-03-03'],
    ['Published on 3/4/25', '2025-03-04'],
    ['4/8/2025Updated: 4/9/2025', '2025-04-08'],
    ['2025-03-03 08:15', '2025-03-03'],
    ['Posted 21/3/2025', '2025-03-21'],
  ])('reads the date line %s', (line, day) => {
    expect(parseDateLine(line)).toBe(day);
  });

  it('takes no sentence for a date line', () => {
    expect(parseDateLine('The talks ended on May 12, 2025.')).toBeUndefined();
    expect(findPageDate('Headline\nThe talks ended on May 12, 2025.')).toBeNull();
  });

  it('drops a caption ending in a credit, glued to nothing after it', () => {
    const page = readPage(
      'Ministers meet\nAna Ruiz and Bo Li (Illustrative photo 2019: JAN ROE / AGENCY)\nAna Ruiz met Bo Li in Paris.\n',
    );
    expect(page.blocks.map((b) => b.text)).toEqual([
      'Ministers meet',
      'Ana Ruiz met Bo Li in Paris.',
    ]);
  });
});

describe('the main event', () => {
  const draft = ingest('news-delegation.txt');

  it('takes the headline as the title and the page date as the publication date', () => {
    expect(DraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.source.title).toBe('Canada and Japan open trade talks in Osaka');
    expect(draft.source.published).toBe('2025-03-14');
  });

  it('proposes the talks as one event with every participant, the delegation included', () => {
    const events = draft.entities.filter((p) => p.entity.kind === 'event');
    expect(events.map((p) => p.entity.label)).toEqual([
      'Ilse Garrow–Pavel Demir–Aiko Sato talks in Osaka, 13 March 2025',
    ]);
    const event = events[0]?.entity.id as string;
    const participants = draft.relations
      .filter((p) => p.relation.kind === 'participant' && p.relation.target === event)
      .map((p) => p.relation.source)
      .sort();
    expect(participants).toEqual([
      'aiko-sato',
      'canada',
      'ilse-garrow',
      'pavel-demir',
      'rolf-decker',
    ]);
    // "on Thursday", against Friday 14 March
    for (const p of draft.relations.filter((r) => r.relation.target === event))
      expect(p.relation.date).toBe('2025-03-13');
    expect(relation(draft, 'represents', 'rolf-decker', 'canada')?.rule).toBe(
      'event:delegation-side',
    );
    expect(relation(draft, 'represents', 'ilse-garrow', 'canada')).toBeDefined();
  });

  it('proposes no actor from the caption, its credit or the byline', () => {
    const labels = draft.entities.map((p) => p.entity.label).join(' | ');
    for (const name of ['Marta', 'Velk', 'Northwind', 'Lena', 'Hart', 'NP'])
      expect(labels).not.toContain(name);
    const quotes = draft.relations
      .flatMap((p) => p.relation.evidence.map((e) => e.quote))
      .join(' ');
    expect(quotes).not.toMatch(/Photo|Northwind|OSAKA \(NP\)/);
  });

  it('extends the event the graph already holds instead of proposing another', () => {
    const context: IngestContext = {
      entities: [
        { id: 'ilse-garrow', label: 'Ilse Garrow', kind: 'person', aliases: [] },
        { id: 'pavel-demir', label: 'Pavel Demir', kind: 'person', aliases: [] },
        { id: 'osaka-talks', label: 'Osaka trade talks', kind: 'event', aliases: [] },
      ],
      relations: [
        {
          id: 'p1',
          source: 'ilse-garrow',
          target: 'osaka-talks',
          kind: 'participant',
          date: '2025-03-13',
        },
        {
          id: 'p2',
          source: 'pavel-demir',
          target: 'osaka-talks',
          kind: 'participant',
          date: '2025-03-13',
        },
      ],
      sources: [],
    };
    const extended = ingest('news-delegation.txt', context);
    expect(extended.entities.filter((p) => p.entity.kind === 'event')).toEqual([]);
    expect(relation(extended, 'participant', 'ilse-garrow', 'osaka-talks')?.extends).toBe('p1');
    expect(relation(extended, 'participant', 'rolf-decker', 'osaka-talks')).toBeDefined();
  });

  it('finds a known event by kind, two participants and a date within two days', () => {
    const known = knownEvents(
      [
        { id: 'a', label: 'Ana Ruiz', kind: 'person', aliases: [] },
        { id: 'b', label: 'Bo Li', kind: 'person', aliases: [] },
        { id: 'c1', label: 'Ruiz–Li call, 2 May 2025', kind: 'event', aliases: [] },
      ],
      [],
    );
    const day = (date: string) => ({ date, approximate: false });
    expect(findKnownEvent(known, 'call', ['a', 'b'], day('2025-05-03'))?.id).toBe('c1');
    expect(findKnownEvent(known, 'call', ['a', 'b'], day('2025-05-09'))).toBeNull();
    expect(findKnownEvent(known, 'meeting', ['a', 'b'], day('2025-05-02'))).toBeNull();
  });
});

describe('an undated page against the events the graph holds', () => {
  const context: IngestContext = {
    entities: [
      { id: 'canada', label: 'Canada', kind: 'country', aliases: [] },
      { id: 'japan', label: 'Japan', kind: 'country', aliases: [] },
      { id: 'osaka', label: 'Osaka', kind: 'place', aliases: [] },
      { id: 'spring-round', label: 'Spring round of trade talks', kind: 'event', aliases: [] },
      { id: 'kyoto-talks', label: 'Kyoto talks', kind: 'event', aliases: [] },
    ],
    relations: [
      {
        id: 'r1',
        source: 'canada',
        target: 'spring-round',
        kind: 'participant',
        date: '2025-03-13',
      },
      {
        id: 'r2',
        source: 'japan',
        target: 'spring-round',
        kind: 'participant',
        date: '2025-03-13',
      },
      { id: 'r3', source: 'spring-round', target: 'osaka', kind: 'located-in' },
      {
        id: 'r4',
        source: 'canada',
        target: 'kyoto-talks',
        kind: 'participant',
        date: '2025-04-20',
      },
      { id: 'r5', source: 'japan', target: 'kyoto-talks', kind: 'participant', date: '2025-04-20' },
    ],
    sources: [],
  };

  it('extends, of two talks between the same parties, the one held in the dateline city, with its date', () => {
    const draft = ingest('news-undated-place.txt', context);
    expect(draft.source.published).toBeNull();
    expect(draft.entities.filter((p) => p.entity.kind === 'event')).toEqual([]);
    const p = relation(draft, 'participant', 'canada', 'spring-round');
    expect(p?.extends).toBe('r1');
    expect(p?.relation.date).toBe('2025-03-13');
  });

  it('takes no date from the graph that a weekday the article gives contradicts', () => {
    // 2025-03-13 is a Thursday: "on Saturday" is two days off, "on Monday" three
    const text = (day: string) =>
      read('news-undated-place.txt').replace('two days of trade talks', `trade talks on ${day}`);
    const saturday = ingestArticle(text('Saturday'), context);
    expect(relation(saturday, 'participant', 'canada', 'spring-round')?.relation.date).toBe(
      '2025-03-13',
    );
    const monday = ingestArticle(text('Monday'), context);
    const p = relation(monday, 'participant', 'canada', 'spring-round');
    expect(p?.extends).toBe('r1');
    expect(p?.relation.date).toBeUndefined();
  });

  it('matches no phone call by the dateline city (a call is not held where the article is written)', () => {
    const people: IngestContext = {
      entities: [
        { id: 'ilse-garrow', label: 'Ilse Garrow', kind: 'person', aliases: [] },
        { id: 'pavel-demir', label: 'Pavel Demir', kind: 'person', aliases: [] },
        { id: 'washington', label: 'Washington', kind: 'place', aliases: [] },
        { id: 'call-1', label: 'First Garrow–Demir call', kind: 'event', aliases: [] },
        { id: 'call-2', label: 'Second Garrow–Demir call', kind: 'event', aliases: [] },
      ],
      relations: [
        { id: 'c1', source: 'call-1', target: 'washington', kind: 'located-in' },
        {
          id: 'c2',
          source: 'ilse-garrow',
          target: 'call-1',
          kind: 'participant',
          date: '2025-01-10',
        },
        {
          id: 'c3',
          source: 'ilse-garrow',
          target: 'call-2',
          kind: 'participant',
          date: '2025-02-10',
        },
      ],
      sources: [],
    };
    const undated = read('news-timezone.txt').replace(/^Published:.*$/m, '');
    const draft = ingestArticle(undated, people);
    expect(draft.source.published).toBeNull();
    const calls = draft.entities.filter((p) => p.entity.kind === 'event');
    expect(calls).toHaveLength(1);
    expect(relation(draft, 'participant', 'ilse-garrow', 'call-1')).toBeUndefined();
  });

  it('proposes a new undated event when nothing says where the talks were', () => {
    const text = read('news-undated-place.txt').replace('OSAKA — ', '');
    const draft = ingestArticle(text, context);
    const events = draft.entities.filter((p) => p.entity.kind === 'event');
    expect(events).toHaveLength(1);
    const id = events[0]?.entity.id ?? '';
    expect(relation(draft, 'participant', 'canada', id)?.relation.date).toBeUndefined();
  });
});

describe('tense, modality and negation', () => {
  const draft = ingest('news-modality.txt');

  it('tells a threat from an imposition', () => {
    expect(relation(draft, 'tariff-threat', 'canada', 'japan')).toBeDefined();
    expect(relation(draft, 'tariff', 'canada', 'japan')).toBeUndefined();
    expect(relation(draft, 'tariff', 'japan', 'canada')).toBeDefined();
  });

  it('tells a planned meeting from one that happened, and a denial from both', () => {
    expect(relation(draft, 'planned-meeting', 'ilse-garrow', 'pavel-demir')).toBeDefined();
    expect(relation(draft, 'meeting', 'ilse-garrow', 'pavel-demir')).toBeUndefined();
    expect(draft.entities.filter((p) => p.entity.kind === 'event')).toEqual([]);
  });

  it('reads a push for others to impose tariffs as no imposition', () => {
    const pushed = ingestArticle(
      'Title\nCanada kept urging its partners to impose tariffs on Japan.\n',
      EMPTY,
    );
    expect(pushed.relations.filter((p) => p.relation.kind === 'tariff')).toEqual([]);
  });
});

describe('dates against the publication date', () => {
  it.each([
    ['They spoke last Thursday.', '2025-06-10', '2025-06-05'],
    ['They met on Monday.', '2025-06-10', '2025-06-09'],
    ['It happened yesterday.', '2025-09-14', '2025-09-13'],
    ['They met in Kyoto on Oct. 30.', '2025-11-05', '2025-10-30'],
    ['The deadline is 10 November.', '2025-09-14', '2025-11-10'],
  ])('%s (published %s) → %s', (sentence, published, day) => {
    expect(findDate(sentence, published)?.date).toBe(day);
  });

  it.each([
    ['They spoke on Friday morning Tokyo time.', 'Washington', '2025-03-06'],
    ['They spoke on Friday morning Tokyo time.', 'Tokyo', '2025-03-07'],
    ['They spoke on Friday morning Tokyo time.', null, '2025-03-07'],
    ['They spoke on Friday morning.', 'Washington', '2025-03-07'],
    ['On Friday morning, Tokyo said no.', 'Washington', '2025-03-07'],
    ['They met on Friday in Tokyo.', 'Washington', '2025-03-07'],
    ['They spoke late Thursday in Washington.', 'Tokyo', '2025-03-07'],
  ])('%s (dateline %s, published Friday 2025-03-07) → %s', (sentence, home, day) => {
    expect(findDate(sentence, '2025-03-07', undefined, home)).toEqual({
      date: day,
      approximate: true,
    });
  });

  it('dates a call by the dateline city’s clock, not the other city’s, and does not place it there', () => {
    const draft = ingest('news-timezone.txt');
    const call = relation(draft, 'call', 'ilse-garrow', 'pavel-demir');
    expect(call?.relation).toMatchObject({ date: '2025-03-06', dateApproximate: true });
    const event = draft.entities.find((p) => p.entity.kind === 'event');
    expect(event?.entity.label).toBe('Ilse Garrow–Pavel Demir call, 6 March 2025');
    const undated = ingestArticle(
      read('news-timezone.txt').replace('WASHINGTON (NP) — ', ''),
      EMPTY,
    );
    expect(relation(undated, 'call', 'ilse-garrow', 'pavel-demir')?.relation.date).toBe(
      '2025-03-07',
    );
  });

  it('dates a range by its first day and keeps its last', () => {
    expect(findDate('Two days of talks concluded on Tuesday.', '2025-07-30')).toEqual({
      date: '2025-07-28',
      approximate: true,
      until: '2025-07-29',
    });
    expect(findDate('They met on May 10-11, 2025.')).toMatchObject({
      date: '2025-05-10',
      until: '2025-05-11',
    });
  });

  it('prefers the date nearest the words it is for', () => {
    const sentence = 'On May 2 the ministry said the two met in Rome on May 9.';
    expect(findDate(sentence, '2025-05-12', sentence.indexOf('met'))?.date).toBe('2025-05-09');
  });
});

describe('coreference', () => {
  const draft = ingestArticle(
    'Ministers meet\nTrade Minister Ana Ruiz met Bo Li in Paris on Monday.\nThe trade minister later criticised Canada.\nHe criticised Japan.\n',
    EMPTY,
  );

  it('reads a role noun as the last person holding that role, less surely than a name', () => {
    const p = relation(draft, 'criticism', 'ana-ruiz', 'canada');
    expect(p).toBeDefined();
    const named = relation(draft, 'meeting', 'ana-ruiz', 'bo-li');
    expect(p?.confidence ?? 1).toBeLessThan(named?.confidence ?? 0);
  });

  it('leaves "he" unresolved when two people were named before it', () => {
    expect(relation(draft, 'criticism', 'bo-li', 'japan')).toBeUndefined();
    expect(relation(draft, 'criticism', 'ana-ruiz', 'japan')).toBeUndefined();
  });
});

describe('names taught later in the article', () => {
  it('links a surname used before the full name, as the full name’s person', () => {
    const draft = ingest('news-surname-first.txt');
    expect(
      draft.entities.filter((p) => p.entity.kind === 'person').map((p) => p.entity.id),
    ).toEqual(['carl-brenner', 'ada-lind']);
    expect(relation(draft, 'meeting', 'ada-lind', 'carl-brenner')?.sentence).toBe(1);
  });
});

describe('false friends: words that look like a relation and are none', () => {
  const context: IngestContext = {
    entities: [
      { id: 'rare-earths', label: 'Rare earths', kind: 'topic', aliases: ['rare earth'] },
      { id: 'fentanyl', label: 'Fentanyl', kind: 'topic', aliases: [] },
    ],
    relations: [],
    sources: [],
  };
  const draft = ingest('news-false-friends.txt', context);
  const on = (sentence: number) =>
    draft.relations.filter((p) => p.sentence === sentence).map((p) => p.relation.kind);

  it('reads a pause of export controls as no export control, and an imposed one as one', () => {
    expect(draft.sentences[1]).toMatch(/^Japan will pause/);
    expect(on(1)).not.toContain('export-control');
    expect(relation(draft, 'export-control', 'japan', 'rare-earths')?.sentence).toBe(2);
  });

  it('takes no export word across a clause ("exports, and … curbing fentanyl flows")', () => {
    expect(draft.sentences[3]).toMatch(/curbing fentanyl/);
    expect(on(3)).not.toContain('export-control');
  });

  it('reads "both parties" in a quotation as no topic of the speaker', () => {
    expect(draft.sentences[4]).toMatch(/Pavel Demir said/);
    expect(on(4)).not.toContain('statement');
  });

  it('proposes no statement of a person on the country they act for', () => {
    expect(relation(draft, 'affiliation', 'ilse-garrow', 'canada')).toBeDefined();
    expect(relation(draft, 'statement', 'ilse-garrow', 'canada')).toBeUndefined();
  });

  it('reads "Southeast Asian nations" as no one', () => {
    expect(draft.entities.map((p) => p.entity.label)).not.toContain('Southeast Asian');
    expect(on(6)).toEqual([]);
  });
});
