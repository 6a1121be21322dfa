// The press at work is no actor: an outlet's staff ("an AFP photographer confirmed", "Reuters
// correspondents reported", "witnessed by Associated Press journalists"), an outlet that carried
// remarks ("picked up by", "broadcast live by"), one that tells with its sources in an aside
// ("Politico, citing three sources, reported") or past an adverb ("Axios first reported"), and one
// an unnamed source speaks to ("a senior official told CNBC").
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

const name = 'press-at-work.txt';
const draft = readFixture(name, '2025-03-03');
const labels = draft.entities.map((e) => e.entity.label);
const OUTLETS = [
  'Agence France-Presse',
  'Reuters',
  'Associated Press',
  'Bloomberg News',
  'Politico',
  'Axios',
  'CNBC',
  'Sky News',
];

describe('the press at work', () => {
  it.each(OUTLETS)('proposes no entity for %s', (outlet) => {
    expect(labels).not.toContain(outlet);
  });

  it('still reads the story the press tells', () => {
    expect(labels).toEqual(expect.arrayContaining(['Estonia', 'Latvia', 'Kristen Michal']));
    const kinds = draft.relations.map((r) => r.relation.kind);
    expect(kinds).toEqual(expect.arrayContaining(['military-action', 'threat', 'rejection']));
  });
});
