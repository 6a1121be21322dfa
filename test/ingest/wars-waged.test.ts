// "Russia's war in Ukraine", "its conflict with Latvia", "Estonia's retaliation against Latvia":
// a war its owner's possessive names, waged on a side named after "in", "on", "against" or
// "with", is the owner's force on that side; "Estonia and Latvia's strikes" and "US and Estonian
// strikes" name each of their countries as agents. A trade war is no force, and a body named
// past the war's preposition is not the possessive's.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

const kinds = (text: string, a: string, b: string) =>
  kindsBetweenLabels(readLead('Leaders meet', text), a, b);

describe('a war its owner wages', () => {
  it('reads the owner of a war in a country as its attacker', () => {
    expect(
      kinds('Lund defended Estonia’s war in Latvia at the summit.', 'Estonia', 'Latvia'),
    ).toContain('military-action');
  });

  it('reads a war with a side, past adjectives and a year', () => {
    expect(
      kinds('Estonia’s two-year war with Latvia entered a new phase.', 'Estonia', 'Latvia'),
    ).toContain('military-action');
  });

  it('reads "its conflict with" as the conflict of the side the pronoun stands for', () => {
    expect(
      kinds(
        'Finland has sent troops to help Estonia in its conflict with Latvia.',
        'Estonia',
        'Latvia',
      ),
    ).toContain('military-action');
  });

  it('reads a retaliation owned by a side against another', () => {
    expect(
      kinds('Estonia’s retaliation against Latvia began hours later.', 'Estonia', 'Latvia'),
    ).toContain('military-action');
  });

  it('reads no force in a trade war', () => {
    expect(
      kinds('Estonia’s trade war with Latvia entered a new phase.', 'Estonia', 'Latvia'),
    ).not.toContain('military-action');
  });

  it('ties no group to the country whose war is waged against it', () => {
    const draft = readLead('Leaders meet', 'Israel’s war against Hamas entered its third year.');
    expect(kindsBetweenLabels(draft, 'Hamas', 'Israel')).not.toContain('affiliation');
    expect(kindsBetweenLabels(draft, 'Israel', 'Hamas')).toEqual(['military-action']);
  });
});

describe('strikes named by several countries', () => {
  it('reads a country’s name joined to an adjective as a second agent', () => {
    const draft = readLead(
      'Agency halts work',
      'The agency suspended its work after Estonian and US strikes on Latvia.',
    );
    expect(kindsBetweenLabels(draft, 'Estonia', 'Latvia')).toContain('military-action');
    expect(kindsBetweenLabels(draft, 'United States', 'Latvia')).toContain('military-action');
  });

  it('reads the adjective joined after a country’s name as an agent too', () => {
    const draft = readLead(
      'Agency halts work',
      'The agency suspended its work after US and Estonian strikes on Latvia.',
    );
    expect(kindsBetweenLabels(draft, 'Estonia', 'Latvia')).toContain('military-action');
    expect(kindsBetweenLabels(draft, 'United States', 'Latvia')).toContain('military-action');
  });

  it('reads the countries whose adjectives name strikes as their agents, not the clause’s subject', () => {
    const draft = readLead(
      'Leaders meet',
      'Icelandic Prime Minister Tomas Varga joined Norwegian Prime Minister Jonas Gahr Store at a military parade in Oslo on Thursday, a week after Latvian and Estonian strikes on Finland.',
    );
    expect(kindsBetweenLabels(draft, 'Latvia', 'Finland')).toContain('military-action');
    expect(kindsBetweenLabels(draft, 'Estonia', 'Finland')).toContain('military-action');
    expect(kindsBetweenLabels(draft, 'Jonas Gahr Støre', 'Finland')).not.toContain(
      'military-action',
    );
  });
});

describe('a war waged on the one its preposition names', () => {
  const draft = readLead(
    'Leaders meet',
    'Icelandic Prime Minister Tomas Varga raised the issue of Malta’s war with Finland during a meeting with Norwegian Prime Minister Jonas Gahr Store on Monday.',
  );

  it('reads the war on that one alone, undated, as a war going on', () => {
    const war = draft.relations.filter((r) => r.relation.kind === 'military-action');
    expect(war.map((r) => [r.relation.source, r.relation.target])).toEqual([['malta', 'finland']]);
    expect(war[0]?.relation.date ?? null).toBeNull();
  });

  it('reads the issue as raised with the one met, not the one the war is with', () => {
    expect(kindsBetweenLabels(draft, 'Tomas Varga', 'Jonas Gahr Støre')).toContain('statement');
    expect(kindsBetweenLabels(draft, 'Tomas Varga', 'Finland')).not.toContain('statement');
  });
});
