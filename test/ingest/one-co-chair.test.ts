// "A met B on Sunday. The meeting was co-chaired by Z": a co-chair named alone (the other is not
// named) oversees the meeting told before, as a chair does; two co-chairs still meet.
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

describe('a co-chair named alone', () => {
  it('mediates between the parties of the meeting told before', () => {
    const draft = readLead(
      'Leaders meet',
      'Peruvian President Jo Ruiz met Chilean President Tomas Oak on Sunday. The meeting was co-chaired by Bolivian President Eva Paz.',
    );
    expect(findRelation(draft, 'mediation', 'eva-paz', 'jo-ruiz')?.date).toBe('2025-03-02');
    expect(findRelation(draft, 'mediation', 'eva-paz', 'tomas-oak')).toBeDefined();
  });

  it('leaves two co-chairs meeting each other', () => {
    const draft = readLead('Talks', 'The talks were co-chaired by Bolivia and Ecuador.');
    expect(findRelation(draft, 'meeting', 'bolivia', 'ecuador')).toBeDefined();
  });
});
