// A leader the news names by his given name alone, as is the custom for him ("Anwar" for
// Malaysia's prime minister Anwar Ibrahim): the name is the known person.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('a leader named by the given name the news uses alone', () => {
  it('is the known person, who made the call', () => {
    const draft = readLead(
      'Calls for calm',
      'Anwar spoke by phone with Chilean President Anton Velko on Sunday about the border.',
      'KUALA LUMPUR',
    );
    const labels = draft.entities.map((e) => e.entity.label);
    expect(labels).toContain('Anwar Ibrahim');
    expect(kindsBetweenLabels(draft, 'Anwar Ibrahim', 'Anton Velko')).toContain('call');
  });
});
