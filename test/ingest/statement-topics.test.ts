// What a statement is of: "warned that Estonia's exercises around Latvia …" is said of Estonia
// (the possessive owns a deed, not a title's holder); "The group's spokesman, Jo Roe, said
// Estonian forces had …" has Jo Roe speaking, not Estonia (the comma closes his apposition).
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

const read = (text: string) => readLead('Tensions rise', text);

describe('what a statement is of', () => {
  it('reads a possessive owning a deed past a preposition as what is said of', () => {
    const draft = read(
      'Latvian President Edgars Rinkevics warned on Wednesday that Estonia’s military exercises around Latvia pose a threat to the region.',
    );
    expect(kindsBetweenLabels(draft, 'Edgars Rinkevics', 'Estonia')).toContain('statement');
  });

  it('reads the name set off by commas before "said" as the speaker', () => {
    const draft = read(
      'The Latvian government’s chief spokesman, Janis Berzins, said Estonian forces had captured 25 posts.',
    );
    expect(kindsBetweenLabels(draft, 'Estonia', 'Janis Berzins')).toEqual([]);
    expect(kindsBetweenLabels(draft, 'Janis Berzins', 'Estonia')).toContain('statement');
  });
});
