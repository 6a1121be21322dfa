// "The deal was witnessed by Z", "the meeting was chaired by Z", "Z presided over the signing by
// A and his counterpart B": one who oversees others' accord or talks mediates for each of them,
// whether the sentence names the oversight after the deed or lists the parties by "counterpart".
import { describe, expect, it } from 'vitest';
import { kindsBetween, kindsBetweenLabels, readLead } from './fixture-reading';

describe('an accord or meeting overseen, told by a passive', () => {
  it('makes the one who witnessed the deal its mediator for both sides', () => {
    const draft = readLead(
      'Chile and Peru sign border deal',
      'Chile and Peru signed a border deal in Oslo on Sunday. The deal was witnessed by Jonas Halvard, Norway’s prime minister.',
    );
    expect(kindsBetweenLabels(draft, 'Jonas Halvard', 'Chile')).toContain('mediation');
    expect(kindsBetweenLabels(draft, 'Jonas Halvard', 'Peru')).toContain('mediation');
  });

  it('makes the chair of the two sides’ meeting its mediator', () => {
    const draft = readLead(
      'Chile and Peru hold talks',
      'Chile and Peru held talks in Oslo on Sunday. The meeting was chaired by Norwegian Foreign Minister Jonas Halvard.',
    );
    expect(kindsBetweenLabels(draft, 'Jonas Halvard', 'Chile')).toContain('mediation');
    expect(kindsBetweenLabels(draft, 'Jonas Halvard', 'Peru')).toContain('mediation');
  });

  it('reads no mediation from a chair of nothing the sides hold', () => {
    const draft = readLead(
      'Chile and Peru hold talks',
      'Chile and Peru held talks in Oslo on Sunday. The party congress was chaired by Norwegian Foreign Minister Jonas Halvard.',
    );
    expect(kindsBetweenLabels(draft, 'Jonas Halvard', 'Chile')).not.toContain('mediation');
  });
});

describe('parties listed as "A and his counterpart B"', () => {
  it('gives the overseer of their signing both of them', () => {
    const draft = readLead(
      'Signing in Oslo',
      'Norwegian Foreign Minister Jonas Halvard presided over the signing of the agreement by Chilean Prime Minister Anton Velko and his Peruvian counterpart Boris Marek on Sunday.',
    );
    expect(kindsBetweenLabels(draft, 'Jonas Halvard', 'Anton Velko')).toContain('mediation');
    expect(kindsBetweenLabels(draft, 'Jonas Halvard', 'Boris Marek')).toContain('mediation');
  });

  it('gives one who met them a meeting with each', () => {
    const draft = readLead(
      'Talks in Oslo',
      'Norwegian Foreign Minister Jonas Halvard met Chilean Prime Minister Anton Velko and his Peruvian counterpart Boris Marek on Sunday.',
    );
    expect(kindsBetweenLabels(draft, 'Jonas Halvard', 'Boris Marek')).toContain('meeting');
  });

  it('makes the two of them meet when they are the subject', () => {
    const draft = readLead(
      'Talks in Oslo',
      'Chilean Prime Minister Anton Velko and his Peruvian counterpart Boris Marek met on Sunday in Oslo.',
    );
    expect(kindsBetweenLabels(draft, 'Anton Velko', 'Boris Marek')).toContain('meeting');
    expect(kindsBetween(draft, 'chile', 'peru')).toContain('meeting');
  });
});
