// Names with letters beyond Latin-1 ("Juknevičienė", "Plenković", "Hřib", "Rinkēvičs"): the
// tagger splits them at those letters; the reader reads each as one name, whole.
import { describe, expect, it } from 'vitest';
import { readLead } from './fixture-reading';

const people = (text: string) =>
  readLead('Ministers meet', text)
    .entities.filter((e) => e.entity.kind === 'person')
    .map((e) => e.entity.label)
    .sort();

describe('letters beyond Latin-1 in a name', () => {
  it('reads the whole name of each person', () => {
    expect(
      people(
        'Lithuanian Foreign Minister Rasa Juknevičienė met Croatian Interior Minister Davor Božinović and Prague Mayor Zdeněk Hřib in Vilnius.',
      ),
    ).toEqual(['Davor Božinović', 'Rasa Juknevičienė', 'Zdeněk Hřib']);
  });
});
