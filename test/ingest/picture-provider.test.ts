// "A handout picture released by the Peruvian Foreign Ministry shows …": the one who gave out a
// picture is its credit, named in the caption, and no actor of the story; the same body acting
// in the story is still read.
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

const labels = (text: string) => readLead('Talks resume', text).entities.map((e) => e.entity.label);

describe('the one who gave out a picture', () => {
  it('is not proposed from the caption’s credit', () => {
    expect(
      labels(
        'A handout picture released by the Bolivian Foreign Ministry shows envoys of Peru and Chile in La Paz.',
      ),
    ).not.toContain('Bolivian Foreign Ministry');
    expect(labels('Footage provided by the Lima Rescue Service shows the port.')).not.toContain(
      'Lima Rescue Service',
    );
  });

  it('is read where it acts', () => {
    const draft = readLead(
      'Talks resume',
      'The Bolivian Foreign Ministry condemned Chile on Sunday for the shelling.',
    );
    const ministry = draft.entities.find((e) => e.entity.label === 'Bolivian Foreign Ministry');
    expect(ministry).toBeDefined();
    expect(findRelation(draft, 'criticism', ministry?.entity.id ?? '', 'chile')).toBeDefined();
  });
});
