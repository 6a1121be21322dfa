// A sanction on an official named after their title falls on the official, not on the country or
// the group the title names: "sanctioned the Latvian minister for trade, Jon Marr", "sanctioned a
// spokesperson of the Red Hand rebels, Ola Fenn". A group named with what it is ("the Red Hand
// rebels") is a group, and its spokesperson works for it. A phrase set before the subject ("Along
// with …, the US sanctioned") names no subject, and no apposition of the name in it.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

const HEADLINE = 'Washington sanctions rebel backers';

describe('sanctions on named officials', () => {
  it('falls on a minister named after the title, not on the minister’s country', () => {
    const draft = readLead(
      HEADLINE,
      'The United States on Monday sanctioned the Latvian minister for trade, Jon Marr, for his role in the fighting.',
    );
    expect(kindsBetweenLabels(draft, 'United States', 'Jon Marr')).toContain('sanction');
    expect(kindsBetweenLabels(draft, 'United States', 'Latvia')).not.toContain('sanction');
    expect(kindsBetweenLabels(draft, 'Jon Marr', 'Latvia')).toContain('affiliation');
  });

  it('falls on a group’s spokesperson named after the title, who works for the group', () => {
    const draft = readLead(
      HEADLINE,
      'The United States on Monday also sanctioned a spokesperson of the Red Hand rebels, Ola Fenn.',
    );
    expect(draft.entities.find((e) => e.entity.label === 'Red Hand')?.entity.kind).toBe(
      'organization',
    );
    expect(kindsBetweenLabels(draft, 'United States', 'Ola Fenn')).toContain('sanction');
    expect(kindsBetweenLabels(draft, 'Ola Fenn', 'Red Hand')).toContain('affiliation');
  });

  it('finds the subject past a phrase set before it, and no apposition in that phrase', () => {
    const draft = readLead(
      HEADLINE,
      'Along with the Latvian minister for trade, Jon Marr, the United States on Monday also sanctioned a spokesperson of the Red Hand rebels, Ola Fenn.',
    );
    expect(kindsBetweenLabels(draft, 'United States', 'Ola Fenn')).toContain('sanction');
    expect(kindsBetweenLabels(draft, 'Jon Marr', 'Red Hand')).toEqual([]);
    expect(kindsBetweenLabels(draft, 'Jon Marr', 'Latvia')).toContain('affiliation');
  });
});
