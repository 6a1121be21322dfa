// The press a page names is no actor of its story: a caption's credit of a photographer and
// their agency's initials ("Jo Roe (GPO)"), an office that hands out a picture ("IDF
// Spokesperson's Unit"), an outlet's staff signing the story ("Harbour Eye staff"), a platform a
// post went to ("wrote on the social network Truth Social", "posted to Truth Social"), and an
// outlet telling the news past words that say what it is ("according to Iranian state-run Nour
// News") or asking for it ("Contacted by AFP, …").
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY } from './fixture-reading';

const LEAD =
  'RIGA, March 3, 2025 — Latvian Prime Minister Evika Silina met Estonian Prime Minister Kristen Michal in Riga on Monday.';

const labels = (text: string) =>
  ingestArticle(text, EMPTY, { published: '2025-03-03' }).entities.map((e) => e.entity.label);

describe('the press is no actor', () => {
  it('leaves out a caption’s photographer with their agency’s initials', () => {
    const found = labels(
      `Leaders meet\n\nThe two prime ministers in Riga. Amos Ben Gershom (GPO)\n\n${LEAD}\n`,
    );
    expect(found).not.toContain('Amos Ben Gershom');
    expect(found).toContain('Kristen Michal');
  });

  it('leaves out an office handing out a caption’s picture', () => {
    const found = labels(
      `Leaders meet\n\nTrucks at the Valga crossing. IDF Spokesperson's Unit\n\n${LEAD}\n`,
    );
    expect(found).not.toContain('Israel Defense Forces');
  });

  it('leaves out an outlet’s staff signing the story', () => {
    expect(labels(`Leaders meet\nMiddle East Eye staff\n\n${LEAD}\n`)).not.toContain(
      'Middle East Eye',
    );
  });

  it('leaves out a platform a post went to', () => {
    const found = labels(
      `Leaders meet\n\n${LEAD} Michal wrote on the social network Truth Social that the talks went well. Silina posted to Truth Social that Latvia agreed.\n`,
    );
    expect(found).not.toContain('Truth Social');
  });

  it('leaves out an outlet telling the news past the words that describe it', () => {
    const found = labels(
      `Leaders meet\n\n${LEAD} Nearly 600 people have died in Latvia, according to Iranian state-run Nour News.\n`,
    );
    expect(found).not.toContain('Nour News');
  });

  it('leaves out an agency asking for comment', () => {
    const found = labels(
      `Leaders meet\n\n${LEAD} Contacted by AFP, the Latvian ministry declined to comment.\n`,
    );
    expect(found).not.toContain('Agence France-Presse');
  });

  it('leaves out the note on who wrote the story', () => {
    const found = labels(
      `Leaders meet\n\n${LEAD}\n\nJo Harrow is The Times of Israel's diplomatic correspondent.\n`,
    );
    expect(found).not.toContain('Jo Harrow');
    expect(found).not.toContain('Times of Israel');
    expect(found).toContain('Kristen Michal');
  });

  it('keeps a paragraph that says more of a reporter than who wrote the story', () => {
    const found = labels(
      `Leaders meet\n\n${LEAD} Latvia expelled Jo Harrow on Sunday.\n\nJo Harrow is a reporter who was detained in Riga in May.\n`,
    );
    expect(found).toContain('Jo Harrow');
  });

  it('leaves out an outlet telling the news past its country’s possessive', () => {
    const found = labels(
      `Leaders meet\n\n${LEAD} Explosions were heard in Tallinn, according to Israel's Channel 12.\n`,
    );
    expect(found).not.toContain('Channel 12');
    expect(found).toContain('Kristen Michal');
  });

  it('leaves out the page’s own outlet where its prose names it', () => {
    const found = labels(
      `March 3, 2025 | Acme's Harbour Policy Journal\n\nLeaders meet\n\n${LEAD} The Harbour Policy Journal could not confirm it, and Acme said nothing.\n`,
    );
    expect(found).not.toContain('Acme');
    expect(found).not.toContain('Harbour Policy Journal');
    expect(found).toContain('Kristen Michal');
  });

  it('leaves out a reporter signing for a desk', () => {
    expect(labels(`Jo Harrow, News Desk:\n${LEAD}\n`)).not.toContain('Jo Harrow');
  });

  it('leaves out a known outlet with its medium’s word, telling the news', () => {
    const found = labels(
      `Leaders meet\n\n${LEAD} Earlier, state broadcaster PTV News reported that Latvia had closed the border.\n`,
    );
    expect(found).not.toContain('PTV News');
    expect(found).not.toContain('Pakistan Television');
  });

  it('leaves out the wire named alone under the headline, wherever the prose names it', () => {
    const found = labels(
      `Leaders meet\nReuters\n${LEAD} Residents that Reuters reached by phone said the talks went on.\n`,
    );
    expect(found).not.toContain('Reuters');
    expect(found).toContain('Kristen Michal');
  });
});

describe('captions and their credits', () => {
  const captioned = (caption: string) =>
    labels(`Leaders meet\n\n${LEAD}\n\n${caption}\n\nMichal said the talks went well.\n`);

  it('leaves out a caption whose credit is a bare name in brackets', () => {
    expect(
      captioned('Estonian troops near Valga in an image released on March 2, 2025. (IDF)'),
    ).not.toContain('Israel Defense Forces');
  });

  it('leaves out a caption credited "courtesy of" a group', () => {
    expect(
      captioned('Relatives rally in Tallinn on March 2. (Courtesy of the Valga Families Forum)'),
    ).not.toContain('Valga Families Forum');
  });

  it('leaves out a caption whose credit is an agency in capitals', () => {
    expect(captioned('Steve Witkoff, the US envoy, in Doha. ANADOLU AGENCY')).not.toContain(
      'Steve Witkoff',
    );
  });
});

describe('the press named with its journalists', () => {
  it('leaves out an outlet and its journalist telling the news', () => {
    const found = labels(
      `Leaders meet\n\n${LEAD} Latvia accepted the plan, Axios' Barak Ravid reported.\n`,
    );
    expect(found).not.toContain('Axios');
    expect(found).not.toContain('Barak Ravid');
  });

  it('leaves out an outlet whose name opens with the Arabic article, telling the news', () => {
    const found = labels(
      `Leaders meet\n\n${LEAD} Latvia accepted the plan, Al-Araby Al-Jadeed reported.\n`,
    );
    expect(found).not.toContain('Al-Araby Al-Jadeed');
  });

  it('keeps an armed group whose name opens with the article', () => {
    const found = labels(
      `Leaders meet\n\n${LEAD} Al-Qassam Brigades reported that fighters had attacked a tank.\n`,
    );
    expect(found).toContain('Al-Qassam Brigades');
  });
});
