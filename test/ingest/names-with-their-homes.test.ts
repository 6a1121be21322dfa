// "Jean Roe of France, Jo Doe of Britain and Ann Lee of Germany accused Iran …": people listed
// each with the country an "of" gives them act together, as a list without the countries does.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('a list of people each with their home', () => {
  const draft = readLead(
    'Ministers accuse Iran',
    'The three ministers — Ilze Ozola of Latvia, Kari Tamm of Estonia, and Rasa Kaliene of Lithuania — accused Iran of significant breaches.',
  );

  it('reads every one listed as the subject', () => {
    for (const minister of ['Ilze Ozola', 'Kari Tamm', 'Rasa Kaliene'])
      expect(kindsBetweenLabels(draft, minister, 'Iran')).toContain('criticism');
  });
});
