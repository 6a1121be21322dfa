// The deeds of a conflict that no trade story tells: people seized, held and given back, arrests
// of another country's people, projectiles intercepted, deployments and alerts. Short invented
// articles, read into an empty graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2025-03-10',
  });

describe('captives seized and given back', () => {
  const draft = ingestFile('o-captives.txt');

  it('reads seizing, capturing, kidnapping or taking people hostage as an assault on their country', () => {
    expect(findRelation(draft, 'military-action', 'ridge-brigade', 'austria')?.label).toBe(
      'seized',
    );
    expect(findRelation(draft, 'military-action', 'ridge-brigade', 'czech-republic')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'slovenia', 'croatia')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'hungary', 'slovakia')).toBeDefined();
  });

  it('reads freeing or handing over captives as yielding to their country', () => {
    expect(findRelation(draft, 'cooperation', 'croatia', 'slovenia')?.label).toBe('released');
    expect(findRelation(draft, 'cooperation', 'slovakia', 'hungary')).toBeDefined();
  });

  it('reads an exchange of prisoners, told by a verb or a noun, both ways', () => {
    for (const [a, b] of [
      ['denmark', 'finland'],
      ['estonia', 'latvia'],
    ] as const) {
      expect(findRelation(draft, 'cooperation', a, b)).toBeDefined();
      expect(findRelation(draft, 'cooperation', b, a)).toBeDefined();
    }
  });

  it('reads a release only agreed to as none done', () => {
    expect(kindsBetween(draft, 'portugal', 'spain')).not.toContain('cooperation');
  });
});

describe('arrests of another country’s people or of a group', () => {
  const draft = ingestFile('o-arrests.txt');

  it('reads an arrest or a detention of foreign nationals as coercion of their country', () => {
    expect(findRelation(draft, 'sanction', 'slovenia', 'croatia')?.label).toBe('detained');
    expect(findRelation(draft, 'sanction', 'hungary', 'slovakia')).toBeDefined();
  });

  it('reads a passive detention by a country’s guards', () => {
    expect(findRelation(draft, 'sanction', 'czech-republic', 'austria')).toBeDefined();
  });

  it('reads the arrest of a group’s members as coercion of the group', () => {
    expect(findRelation(draft, 'sanction', 'denmark', 'harbour-league')).toBeDefined();
  });

  it('reads an arrest only threatened as none made', () => {
    expect(kindsBetween(draft, 'finland', 'estonia')).not.toContain('sanction');
  });
});

describe('force used, stopped and shown', () => {
  const draft = ingestFile('o-force.txt');

  it('reads drones or missiles intercepted or shot down as an attack by the side that fired them', () => {
    expect(findRelation(draft, 'military-action', 'croatia', 'slovenia')?.label).toBe('attacked');
    expect(findRelation(draft, 'military-action', 'slovenia', 'croatia')).toBeUndefined();
    expect(findRelation(draft, 'military-action', 'slovakia', 'hungary')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'hungary', 'slovakia')).toBeUndefined();
  });

  it('reads a jet shot down as force used by the side that downed it', () => {
    expect(findRelation(draft, 'military-action', 'austria', 'czech-republic')).toBeDefined();
  });

  it('reads "launched an offensive against" as an attack', () => {
    expect(findRelation(draft, 'military-action', 'denmark', 'finland')).toBeDefined();
  });

  it('reads forces deployed, massed or on alert at another’s border as a threat', () => {
    expect(findRelation(draft, 'threat', 'estonia', 'latvia')?.label).toBe('showed force against');
    expect(findRelation(draft, 'threat', 'poland', 'lithuania')).toBeDefined();
    expect(findRelation(draft, 'threat', 'latvia', 'lithuania')).toBeDefined();
  });

  it('reads troops sent to help as no threat', () => {
    expect(kindsBetween(draft, 'portugal', 'spain')).not.toContain('threat');
  });
});

describe('a truce broken, and proposals made, taken, turned down or answered', () => {
  const draft = ingestFile('o-truce.txt');

  it('reads "a charge B denied" as B rejecting the charge of the side that made it', () => {
    expect(findRelation(draft, 'rejection', 'latvia', 'estonia')).toBeDefined();
  });

  it('reads a truce violated or breached as force used on the other side', () => {
    expect(findRelation(draft, 'military-action', 'portugal', 'spain')?.label).toBe(
      'broke the truce with',
    );
    expect(findRelation(draft, 'military-action', 'netherlands', 'belgium')).toBeDefined();
  });

  it('reads a proposal made as said to, taken as agreed with, turned down as rejected', () => {
    expect(findRelation(draft, 'statement', 'slovakia', 'hungary')?.label).toBe(
      'made a proposal to',
    );
    expect(findRelation(draft, 'agreement', 'hungary', 'slovakia')).toBeDefined();
    expect(findRelation(draft, 'rejection', 'croatia', 'slovenia')).toBeDefined();
    expect(findRelation(draft, 'statement', 'denmark', 'norway')?.label).toBe('sent a response to');
  });

  it('reads "the blockade of A by B" as B blockading A', () => {
    expect(findRelation(draft, 'sanction', 'poland', 'lithuania')).toBeDefined();
  });

  it('reads a proposal only hoped to be accepted as no agreement', () => {
    expect(kindsBetween(draft, 'finland', 'sweden')).not.toContain('agreement');
  });
});

describe('a deed of one side aimed at no one named', () => {
  const draft = ingestFile('o-two-sides.txt');

  it('falls on the article’s other side', () => {
    expect(findRelation(draft, 'threat', 'estonia', 'latvia')).toBeDefined();
    expect(findRelation(draft, 'threat', 'latvia', 'estonia')?.label).toBe('showed force against');
    expect(findRelation(draft, 'sanction', 'latvia', 'estonia')).toBeDefined();
    expect(findRelation(draft, 'rejection', 'estonia', 'latvia')).toBeDefined();
  });

  it('but not when a third country acts, nor when the deed is only hoped for', () => {
    expect(draft.relations.some((p) => p.relation.source === 'finland')).toBe(false);
    expect(findRelation(draft, 'sanction', 'estonia', 'latvia')).toBeUndefined();
  });
});

describe('deeds told in the report of the side they fell on', () => {
  const draft = ingestFile('o-reported-deeds.txt');

  it('reads a strike named by its agent’s adjective, in a side’s report, as on that side', () => {
    expect(findRelation(draft, 'military-action', 'czech-republic', 'austria')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'hungary', 'slovakia')).toBeDefined();
  });

  it('reads "vowed to respond" as a threat', () => {
    expect(findRelation(draft, 'threat', 'denmark', 'finland')).toBeDefined();
  });

  it('reads captives freed in exchange for others as given back to their own country only', () => {
    expect(findRelation(draft, 'cooperation', 'ridge-brigade', 'poland')).toBeDefined();
    expect(findRelation(draft, 'cooperation', 'ridge-brigade', 'lithuania')).toBeUndefined();
  });
});

describe('hostages held, accusations traded, and strikes launched at no one named', () => {
  const draft = ingestFile('o-held-and-traded.txt');

  it('reads holding another country’s people hostage as an assault on it', () => {
    expect(findRelation(draft, 'military-action', 'harbour-league', 'norway')?.label).toBe(
      'held hostages of',
    );
  });

  it('reads "A and B traded accusations" as criticism both ways', () => {
    expect(findRelation(draft, 'criticism', 'sweden', 'denmark')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'denmark', 'sweden')).toBeDefined();
  });

  it('reads strikes a side launched at no one named as aimed at the article’s other side', () => {
    expect(findRelation(draft, 'military-action', 'norway', 'finland')).toBeDefined();
  });
});

describe('mediators with a proposal, and an article whose lead tells no main event', () => {
  const draft = ingestFile('o-mediators-proposal.txt');

  it('reads mediators presenting a proposal to the parties as mediating for each', () => {
    for (const mediator of ['switzerland', 'norway'])
      for (const party of ['austria', 'ridge-brigade'])
        expect(findRelation(draft, 'mediation', mediator, party)).toBeDefined();
  });

  it('aims a side’s deed at no one when the lead tells no two sides', () => {
    expect(findRelation(draft, 'military-action', 'austria', 'switzerland')).toBeUndefined();
  });
});

describe('a side’s own forces named with a qualifier, and a crossing closed', () => {
  const draft = ingestFile('o-own-defences.txt');

  it('reads "its air defences", "its border guards" as the forces of the side reporting', () => {
    expect(findRelation(draft, 'military-action', 'croatia', 'slovenia')).toBeDefined();
    expect(findRelation(draft, 'sanction', 'latvia', 'estonia')).toBeDefined();
  });

  it('reads "closed the border crossing with B" as closed to B', () => {
    expect(findRelation(draft, 'sanction', 'hungary', 'slovakia')?.label).toBe('closed to');
  });
});
