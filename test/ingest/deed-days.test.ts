// The day each deed of a crisis story happened, told day by day against the page's date: a
// weekday said of a saying whose words speak of the future, a deed done before the story's days
// ("had accused") or lasting ("for months"), read on short invented articles and
// sentences (the page is dated Friday 14 March).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { findDate, toldAsBefore } from '../../src/ingest/extract/dates';
import { findPageDate } from '../../src/ingest/extract/page-date';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

/** A Friday. */
const PUBLISHED = '2025-03-14';

const ingestFile = (name: string, published: string | null = PUBLISHED): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name, published });

const dayOf = (text: string, word?: string) =>
  findDate(text, PUBLISHED, word === undefined ? undefined : text.indexOf(word), null, {
    done: true,
  })?.date ?? null;

describe('the day of a saying about what is ahead', () => {
  it('reads "warned on Tuesday that it will answer" as the Tuesday before the page', () => {
    const draft = ingestFile('p-said-ahead.txt');
    expect(relation(draft, 'threat', 'edda-vorn', 'malta')).toMatchObject({
      date: '2025-03-11',
      dateApproximate: true,
    });
  });

  it('keeps a weekday after "said" in the past, whatever the words said look to', () => {
    expect(dayOf('Renk said on Wednesday that Malta would not accept a ceasefire.')).toBe(
      '2025-03-12',
    );
    expect(dayOf('Renk said Wednesday Malta would retaliate.')).toBe('2025-03-12');
    // a weekday that the clause itself looks ahead to stays ahead
    expect(
      findDate('Malta will hold talks on Wednesday that may end the war.', PUBLISHED)?.date,
    ).toBe('2025-03-19');
  });
});

describe("a deed told as done before the story's days", () => {
  it('gives "had accused" and "has criticised … for months" no day, and the lead\'s deeds theirs', () => {
    const draft = ingestFile('p-done-before.txt');
    expect(relation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2025-03-14');
    expect(relation(draft, 'criticism', 'iceland', 'malta')).toBeDefined();
    expect(relation(draft, 'criticism', 'iceland', 'malta')?.date).toBeUndefined();
    expect(relation(draft, 'criticism', 'norway', 'malta')).toBeDefined();
    expect(relation(draft, 'criticism', 'norway', 'malta')?.date).toBeUndefined();
    // a deed told plainly after the lead is still the lead's day
    expect(relation(draft, 'statement', 'tavi-renk', 'norway')?.date).toBe('2025-03-14');
  });

  it('tells the perfect and the lasting from a deed of the day', () => {
    const at = (text: string, word: string) => toldAsBefore(text, text.indexOf(word));
    expect(at('Iceland had accused Malta of seizing trawlers.', 'accused')).toBe(true);
    expect(at('Iceland has long struck Maltese boats.', 'struck')).toBe(true);
    expect(at('Iceland shelled the port for weeks.', 'shelled')).toBe(true);
    expect(at('Iceland accused Malta of seizing trawlers.', 'accused')).toBe(false);
    // "had" with a noun is a deed of its day
    expect(at('Iceland had talks with Malta.', 'talks')).toBe(false);
    // a lasting state in another clause says nothing of this one
    expect(at('Iceland, at war for months, struck Malta.', 'struck')).toBe(false);
  });
});

describe('a story told day by day', () => {
  it('dates an undated deed by the day its paragraph told, a plain one after by the lead', () => {
    const draft = ingestFile('p-chronology.txt');
    expect(relation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2025-03-14');
    expect(relation(draft, 'military-action', 'iceland', 'malta')?.date).toBe('2025-03-07');
    // "The clashes began on March 7, when … Malta condemned Iceland": that day, not Friday's
    expect(relation(draft, 'criticism', 'malta', 'iceland')).toMatchObject({
      date: '2025-03-07',
      dateApproximate: true,
    });
    // "Two days later, … Malta suspended a treaty with Iceland in response"
    expect(relation(draft, 'sanction', 'malta', 'iceland')).toMatchObject({
      date: '2025-03-09',
      dateApproximate: true,
    });
    // a paragraph that tells no day of its own goes back to the lead's
    expect(relation(draft, 'statement', 'edda-vorn', 'malta')?.date).toBe('2025-03-14');
  });
});

describe('a deed in the thing a day counts to', () => {
  it('dates "came hours after Malta expelled the envoy on Tuesday" by Tuesday', () => {
    const draft = ingestFile('p-hours-after.txt', '2025-03-12');
    expect(relation(draft, 'military-action', 'iceland', 'malta')?.date).toBe('2025-03-12');
    expect(relation(draft, 'sanction', 'malta', 'iceland')?.date).toBe('2025-03-11');
  });

  it('keeps the counted day for the words it tells, and for the thing when nothing else dates it', () => {
    const anchor = '2025-03-12';
    const text = 'Iceland struck hours after Malta expelled its envoy on Tuesday.';
    const at = (word: string, t = text) =>
      findDate(t, anchor, t.indexOf(word), null, { done: true, anchor })?.date ?? null;
    expect(at('struck')).toBe('2025-03-12');
    expect(at('expelled')).toBe('2025-03-11');
    expect(at('expelled', 'Iceland struck hours after Malta expelled its envoy.')).toBe(
      '2025-03-12',
    );
  });
});

describe('a day that belongs to other words', () => {
  it("leaves a possessive weekday to its noun and a relative clause's day to that clause", () => {
    const draft = ingestFile('p-other-words.txt');
    expect(relation(draft, 'criticism', 'malta', 'iceland')?.date).not.toBe('2025-03-12');
    expect(relation(draft, 'meeting', 'norway', 'iceland')?.date).toBe('2025-03-10');
    expect(relation(draft, 'demand', 'norway', 'malta')?.date).not.toBe('2025-03-10');
  });

  it('reads the day for the words of its own noun phrase or clause only', () => {
    expect(dayOf("Malta condemned Wednesday's strikes by Iceland.", 'condemned')).toBeNull();
    expect(dayOf("After Wednesday's strikes, Malta recalled its envoy.", 'recalled')).toBeNull();
    expect(dayOf("Wednesday's strikes on Malta killed nine.", 'strikes')).toBe('2025-03-12');
    const relative = 'The truce, which took effect on Sunday, was brokered by Norway.';
    expect(dayOf(relative, 'brokered')).toBeNull();
    expect(dayOf(relative, 'took')).toBe('2025-03-09');
    expect(dayOf('Malta struck Iceland, which had fired on Sunday.', 'struck')).toBeNull();
  });
});

describe('the day a lasting thing began', () => {
  it('gives no deed the day after "since"', () => {
    const draft = ingestFile('p-since.txt');
    expect(relation(draft, 'military-action', 'iceland', 'malta')).toBeDefined();
    expect(relation(draft, 'military-action', 'iceland', 'malta')?.date).toBeUndefined();
    expect(relation(draft, 'meeting', 'lia-grech', 'edda-vorn')?.date).not.toBe('2019-05');
    expect(dayOf('It was the first meeting of the two since May 2019.', 'meeting')).toBeNull();
    expect(dayOf('Since Sunday, Iceland has struck Malta forty times.', 'struck')).toBeNull();
    // a day of its own in the same sentence still dates the deed
    expect(dayOf('Malta met Iceland on Monday, their first talks since May 2019.', 'met')).toBe(
      '2025-03-10',
    );
  });
});

describe('a page with no date line of its own', () => {
  it('reads the day from a dateline with its agency before the date, and the weekdays by it', () => {
    const draft = ingestFile('p-dateline-agency.txt', null);
    expect(draft.source.published).toBe('2025-03-14');
    expect(
      relation(
        draft,
        'participant',
        'tavi-renk',
        draft.entities.find((e) => e.entity.kind === 'event')?.entity.id ?? '',
      )?.date,
    ).toBe('2025-03-13');
  });

  it('reads a dateline whose place carries its agency or region in brackets, and no more', () => {
    const page = (line: string) => findPageDate(`Malta and Iceland agree a truce\n\n${line}`);
    expect(page('VALLETTA (Harbour Wire), March 14, 2025 -- Malta agreed.')).toBe('2025-03-14');
    expect(page('Valletta [Malta], March 14, 2025 (Harbour Wire): Malta agreed.')).toBe(
      '2025-03-14',
    );
    // a day without its year, or a date in the lead's prose, is no page date
    expect(page('VALLETTA (Harbour Wire), March 14 -- Malta agreed.')).toBeNull();
    expect(page('VALLETTA -- Malta agreed on Friday, March 14, 2025, to a truce.')).toBeNull();
  });
});

describe('a weekday in a week named, and the day before yesterday', () => {
  it('reads "on Tuesday last week" in the week before the page\'s, and two days before it', () => {
    const draft = ingestFile('p-week-named.txt');
    expect(relation(draft, 'criticism', 'malta', 'iceland')?.date).toBe('2025-03-04');
    expect(relation(draft, 'military-action', 'iceland', 'malta')?.date).toBe('2025-03-12');
    expect(dayOf('Malta struck Iceland on Sunday last week.')).toBe('2025-03-09');
    expect(dayOf('Malta struck Iceland on Friday of last week.')).toBe('2025-03-07');
    expect(findDate('Malta will meet Iceland on Monday next week.', PUBLISHED)?.date).toBe(
      '2025-03-17',
    );
    // a weekday alone is still the last one on or before the page
    expect(dayOf('Malta struck Iceland on Tuesday.')).toBe('2025-03-11');
  });
});

describe('days counted in hours, and "that day"', () => {
  it('reads "48 hours later" as two days on, and "that day" as the day told last', () => {
    const draft = ingestFile('p-hours-counted.txt');
    expect(relation(draft, 'military-action', 'iceland', 'malta')).toMatchObject({
      date: '2025-03-09',
      dateApproximate: true,
    });
    expect(relation(draft, 'criticism', 'malta', 'iceland')?.date).toBe('2025-03-09');
    const from = (text: string) =>
      findDate(text, PUBLISHED, undefined, null, { done: true, anchor: '2025-03-07' })?.date;
    expect(from('Twenty-four hours earlier, Malta struck Iceland.')).toBe('2025-03-06');
    expect(from('Malta struck Iceland 72 hours after the vote.')).toBe('2025-03-10');
    expect(from('Malta struck Iceland hours later.')).toBe('2025-03-07');
  });
});

describe('an answer to what was told last', () => {
  it('dates "in retaliation" by the day told last, not the lead\'s', () => {
    const draft = ingestFile('p-answer.txt');
    expect(relation(draft, 'sanction', 'malta', 'iceland')?.date).toBe('2025-03-14');
    expect(relation(draft, 'military-action', 'iceland', 'malta')?.date).toBe('2025-03-11');
    expect(relation(draft, 'military-action', 'malta', 'iceland')).toMatchObject({
      date: '2025-03-11',
      dateApproximate: true,
    });
    // a vow to answer is no answer told: the lead's day, as any deed after it
    expect(relation(draft, 'threat', 'tavi-renk', 'iceland')?.date).toBe('2025-03-14');
  });
});

describe('a deed done before, told in a saying with its day', () => {
  it('takes the day said: "said on Tuesday that it had fired on Iceland"', () => {
    const draft = ingestFile('p-said-had.txt');
    expect(relation(draft, 'military-action', 'malta', 'iceland')?.date).toBe('2025-03-11');
    expect(relation(draft, 'criticism', 'iceland', 'malta')?.date).toBeUndefined();
  });
});

describe('a day written as "the 9th of March" or the ISO way', () => {
  it('reads the day of the month before its month, and an ISO day in prose', () => {
    const draft = ingestFile('p-day-of-month.txt');
    expect(relation(draft, 'military-action', 'iceland', 'malta')?.date).toBe('2025-03-09');
    expect(relation(draft, 'criticism', 'malta', 'iceland')?.date).toBe('2025-03-11');
    expect(dayOf('Malta struck Iceland on the 3rd of May, 2024.')).toBe('2024-05-03');
    expect(dayOf('Malta struck Iceland on 2025-03-12.')).toBe('2025-03-12');
    // not a real day
    expect(dayOf('Malta struck Iceland on 2025-02-30.')).toBeNull();
  });
});

describe('a modal that looks back', () => {
  it('reads "may have attacked … on Monday" as the Monday before the page, "may meet" as ahead', () => {
    const text = readFileSync(join(FIXTURES, 'p-may-have.txt'), 'utf8');
    const said = text.split('\n').find((l) => l.includes('may have')) ?? '';
    expect(findDate(said, PUBLISHED, said.indexOf('attacked'))?.date).toBe('2025-03-10');
    expect(findDate('Iceland could have met Malta on Monday.', PUBLISHED)?.date).toBe('2025-03-10');
    expect(findDate('Iceland may meet Malta on Monday.', PUBLISHED)?.date).toBe('2025-03-17');
  });
});
