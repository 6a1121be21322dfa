// "Peru's army-backed government severed ties with Chile … Vega said Peru was “severing
// relations with Chile”, recalling its ambassador": a branch hyphened to the word after it
// describes the government, and no army acts; a quotation that opens after the subject and its
// auxiliary is the sentence's own predicate; and "its" in the deed is never the speaker's.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

describe('ties cut, told in part in quotation marks', () => {
  it('reads the army-backed government as the country', () => {
    const draft = readLead(
      'Ties cut',
      "Peru's army-backed government on Sunday severed diplomatic ties with Chile.",
    );
    expect(findRelation(draft, 'sanction', 'peru', 'chile')?.date).toBe('2025-03-02');
    expect(draft.entities.map((e) => e.entity.label)).not.toContain('Peruvian military');
  });

  it('reads the deed in a quotation that follows the subject and its auxiliary', () => {
    const draft = readLead(
      'Ties cut',
      'Rosa Vega said Peru was "severing diplomatic relations with Chile", the ministry said.',
    );
    expect(findRelation(draft, 'sanction', 'peru', 'chile')).toBeDefined();
  });

  it('still leaves a long quotation of someone else’s words alone', () => {
    const draft = readLead(
      'Ties cut',
      'Rosa Vega said: "We are severing diplomatic relations with Chile at once", in a speech.',
    );
    expect(findRelation(draft, 'sanction', 'peru', 'chile')).toBeUndefined();
  });

  it('never aims a deed on “its” something at the person who reports it', () => {
    const draft = readLead('Envoy recalled', 'Rosa Vega said Peru was withdrawing its ambassador.');
    expect(kindsBetween(draft, 'peru', 'rosa-vega')).not.toContain('sanction');
    const byCountry = readLead('Envoy recalled', 'Chile said Peru was withdrawing its ambassador.');
    expect(findRelation(byCountry, 'sanction', 'peru', 'chile')).toBeDefined();
  });
});
