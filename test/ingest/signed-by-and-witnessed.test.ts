// "The accord was signed on Sunday by A and B", "Z presided over the signing of the deal by A and
// his counterpart B": those after "by" are the accord's two parties. "A and B signed the accord.
// The deal was also witnessed by Z": one who oversees the accord the sentence before told
// mediates between its two parties.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

describe('an accord signed by two, and witnessed by a third', () => {
  it('reads the signers named after "by" in the passive', () => {
    const draft = readLead(
      'Accord signed',
      "The accord was signed on Sunday by Peru's Prime Minister Jo Ruiz and Chile's Prime Minister Tomas Oak.",
    );
    expect(findRelation(draft, 'agreement', 'jo-ruiz', 'tomas-oak')?.date).toBe('2025-03-02');
    expect(findRelation(draft, 'agreement', 'peru', 'chile')).toBeDefined();
  });

  it('reads the signers of "the signing of the deal by"', () => {
    const draft = readLead(
      'Accord signed',
      "Bolivia's president presided over the signing of the agreement by Peru's Prime Minister Jo Ruiz and his Chilean counterpart Tomas Oak on Sunday.",
    );
    expect(findRelation(draft, 'agreement', 'jo-ruiz', 'tomas-oak')?.date).toBe('2025-03-02');
  });

  it('makes the witness of the accord told before its mediator, between its parties', () => {
    const draft = readLead(
      'Accord signed',
      'Peruvian President Jo Ruiz and Chilean President Tomas Oak signed the accord on Sunday. The deal was also witnessed by Bolivian President Eva Paz.',
    );
    expect(findRelation(draft, 'mediation', 'eva-paz', 'jo-ruiz')).toBeDefined();
    expect(findRelation(draft, 'mediation', 'eva-paz', 'tomas-oak')).toBeDefined();
  });

  it('reads no accord between one who signed it long ago and its critic', () => {
    const draft = readLead(
      'Deal criticised',
      'The deal, signed by Peru in 2019, was criticised by Chile.',
    );
    expect(kindsBetween(draft, 'peru', 'chile')).not.toContain('agreement');
  });
});
