// "designated the Andes Cartel a Foreign Terrorist Organization": a capitalised name after "a"
// or "an" is a kind of body, not one, and is proposed as no entity; the body designated is.
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

describe('a kind of body named after "a"', () => {
  const draft = readLead(
    'Cartel designated',
    'The US State Department designated the Andes Cartel a Foreign Terrorist Organization on Monday.',
  );
  const labels = draft.entities.map((e) => e.entity.label);

  it('is no entity', () => {
    expect(labels).not.toContain('Foreign Terrorist Organization');
  });

  it('leaves the designation a sanction on the body designated', () => {
    const cartel = draft.entities.find((e) => e.entity.label === 'Andes Cartel')?.entity.id;
    const department = draft.entities.find((e) => e.entity.label === 'US State Department');
    expect(
      findRelation(draft, 'sanction', department?.entity.id ?? '', cartel ?? ''),
    ).toBeDefined();
  });
});
