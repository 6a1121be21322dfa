// Faults of the clause reader found by pasting an invented crisis article: talks that "resumed"
// are held, not planned; mediators named by a demonym; "both sides" as the talks' two parties; a
// reply aimed at the accuser of the sentence before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, kindsBetween } from './fixture-reading';

const ingestFile = (name: string, published = '2025-05-10'): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name, published });
const ingestText = (text: string): Draft => ingestArticle(text, EMPTY, { published: '2025-05-10' });

describe('talks that resumed', () => {
  it('reads "resumed talks between A and B" as talks held, not planned', () => {
    const draft = ingestFile('crisis-resumed-talks.txt');
    const kinds = kindsBetween(draft, 'norway', 'finland');
    expect(kinds).toContain('talks');
    expect(kinds).not.toContain('planned-meeting');
  });

  it('still reads "will resume talks" and "are expected to resume talks" as a plan', () => {
    for (const verb of ['will resume', 'are expected to resume']) {
      const draft = ingestText(`Talks\n\nNorway and Finland ${verb} talks in Oslo.\n`);
      expect(kindsBetween(draft, 'norway', 'finland')).toContain('planned-meeting');
      expect(kindsBetween(draft, 'norway', 'finland')).not.toContain('talks');
    }
  });
});

describe('mediators named by their country', () => {
  it('reads "Qatari mediators resumed talks between A and B" as Qatar mediating between both', () => {
    const draft = ingestFile('crisis-resumed-talks.txt');
    expect(kindsBetween(draft, 'qatar', 'norway')).toContain('mediation');
    expect(kindsBetween(draft, 'qatar', 'finland')).toContain('mediation');
  });

  it('reads no mediation when the mediators name no talks between parties', () => {
    const draft = ingestText('Mediators\n\nQatari mediators said Norway would send a team.\n');
    expect(kindsBetween(draft, 'qatar', 'norway')).not.toContain('mediation');
  });
});

describe('"both sides" as the two sides of the main event', () => {
  it('reads "both sides" as the parties of the talks, not the mediator named more often', () => {
    const draft = ingestFile('crisis-both-sides-talks.txt');
    expect(kindsBetween(draft, 'united-nations', 'estonia')).toContain('demand');
    expect(kindsBetween(draft, 'united-nations', 'latvia')).toContain('demand');
    expect(kindsBetween(draft, 'united-nations', 'qatar')).not.toContain('demand');
  });
});

describe('arms that act for the country of their adjective', () => {
  it('reads "Estonian artillery shelled a Latvian border post" as Estonia striking Latvia', () => {
    const draft = ingestText('Border\n\nEstonian artillery shelled a Latvian border post.\n');
    expect(kindsBetween(draft, 'estonia', 'latvia')).toContain('military-action');
  });

  it('reads the passive "were shelled by Estonian drones" the same way round', () => {
    const draft = ingestText('Border\n\nLatvian troops were shelled by Estonian drones.\n');
    expect(kindsBetween(draft, 'estonia', 'latvia')).toContain('military-action');
    expect(kindsBetween(draft, 'latvia', 'estonia')).not.toContain('military-action');
  });

  it('reads the fixture article as Estonia striking Latvia, dated by the first strike', () => {
    const draft = ingestFile('crisis-armed-demonyms.txt');
    const strikes = draft.relations
      .map((p) => p.relation)
      .filter((r) => r.kind === 'military-action');
    expect(strikes.map((r) => [r.source, r.target, r.date])).toEqual([
      ['estonia', 'latvia', '2025-05-05'],
    ]);
  });
});

describe('a reply to the sentence before', () => {
  it('aims "rejected the accusation and threatened further strikes" at the accuser', () => {
    const draft = ingestFile('crisis-resumed-talks.txt');
    expect(kindsBetween(draft, 'mari-salo', 'jon-dahl')).toEqual(
      expect.arrayContaining(['rejection', 'threat']),
    );
  });

  it('reads no reply from one the accusation was not made against', () => {
    const draft = ingestText(
      'Truce\n\nNorwegian Foreign Minister Jon Dahl accused Finland of violating the truce. Sweden rejected the accusation.\n',
    );
    expect(kindsBetween(draft, 'sweden', 'jon-dahl')).toEqual([]);
  });
});

describe('a statement whose speaker opens a quotation', () => {
  it('reads "X commented: “Finland must …”" as a statement of X about Finland', () => {
    const draft = ingestFile('statement-colon-quote.txt');
    expect(kindsBetween(draft, 'jon-dahl', 'finland')).toContain('statement');
  });

  it('reads nothing about a name deep inside the quotation', () => {
    const draft = ingestText(
      'Truce\n\nJon Dahl said: "We have waited far too long for an answer, and we will not wait on Finland."\n',
    );
    expect(kindsBetween(draft, 'jon-dahl', 'finland')).toEqual([]);
  });
});

describe('"May" the month', () => {
  it('reads talks held "on 3 May" or "on May 3" as held, not as a plan under the modal "may"', () => {
    for (const day of ['on 3 May', 'on May 3']) {
      const draft = ingestText(`Talks\n\nNorway and Finland held talks in Oslo ${day}.\n`);
      expect(kindsBetween(draft, 'norway', 'finland')).toEqual(['talks']);
    }
  });

  it('still reads the modal "may" as a plan', () => {
    const draft = ingestText('Talks\n\nNorway and Finland may hold talks in Oslo.\n');
    expect(kindsBetween(draft, 'norway', 'finland')).toEqual(['planned-meeting']);
  });
});

describe('subjects that act together', () => {
  it('reads "Qatar and Egypt brokered the ceasefire between A and B" as both mediating', () => {
    const draft = ingestFile('crisis-joint-mediators.txt');
    for (const mediator of ['qatar', 'egypt'])
      for (const party of ['estonia', 'latvia'])
        expect(kindsBetween(draft, mediator, party)).toContain('mediation');
  });

  it('reads each country of "Britain, France and Spain imposed sanctions on X"', () => {
    const draft = ingestFile('crisis-joint-mediators.txt');
    for (const country of ['united-kingdom', 'france', 'spain'])
      expect(kindsBetween(draft, country, 'latvia')).toContain('sanction');
  });

  it('joins no one to a subject by a comma alone', () => {
    const draft = ingestText('Crisis\n\nNorway, Sweden condemned Finland.\n');
    expect(kindsBetween(draft, 'norway', 'finland')).toEqual([]);
  });
});

describe('an accord named with its parties', () => {
  it('reads "a ceasefire between A and B took effect" as an agreement of A and B', () => {
    const draft = ingestText(
      'Truce\n\nA ceasefire between Norway and Finland took effect on Sunday.\n',
    );
    expect(kindsBetween(draft, 'norway', 'finland')).toContain('agreement');
  });

  it('reads no agreement where a truce between them is only urged or may follow', () => {
    for (const sentence of [
      'Qatar urged a truce between Norway and Finland.',
      'A truce between Norway and Finland could follow.',
    ]) {
      const draft = ingestText(`Truce\n\n${sentence}\n`);
      expect(kindsBetween(draft, 'norway', 'finland')).not.toContain('agreement');
    }
  });
});

describe('fire exchanged', () => {
  it('reads "A and B exchanged fire" and "A exchanged fire with B" as force both ways', () => {
    for (const sentence of [
      'Norway and Finland exchanged fire across the border.',
      'Norwegian troops exchanged fire with Finnish forces.',
    ]) {
      const draft = ingestText(`Border\n\n${sentence}\n`);
      expect(kindsBetween(draft, 'norway', 'finland')).toContain('military-action');
      expect(kindsBetween(draft, 'finland', 'norway')).toContain('military-action');
    }
  });

  it('reads no force in "exchanged prisoners" or "exchanged views"', () => {
    for (const what of ['prisoners', 'views on trade']) {
      const draft = ingestText(`Border\n\nNorway and Finland exchanged ${what}.\n`);
      expect(kindsBetween(draft, 'norway', 'finland')).not.toContain('military-action');
    }
  });
});

describe('denials and vows', () => {
  it('reads "denied Estonia\'s claims" as a rejection and "vowed to retaliate" as a threat', () => {
    const draft = ingestFile('crisis-denial-vow.txt');
    expect(kindsBetween(draft, 'latvia', 'estonia')).toEqual(
      expect.arrayContaining(['rejection', 'threat']),
    );
    expect(kindsBetween(draft, 'latvia', 'estonia')).not.toContain('military-action');
  });

  it('still reads "denied holding talks" as nothing held', () => {
    const draft = ingestFile('crisis-denial-vow.txt');
    expect(kindsBetween(draft, 'estonia', 'latvia')).toEqual([]);
  });
});
