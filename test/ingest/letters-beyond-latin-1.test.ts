// Names with letters beyond Latin-1 ("Juknevičienė", "Plenković", "Hřib", "Rinkēvičs"): the
// tagger splits them at those letters; the reader reads each as one name, whole. One ending a
// sentence ("Chișinău.", "Bălți.") also ends its sentence.
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

  it('ends the sentence at a full stop after such a name, and reads the place whole', () => {
    const draft = readLead(
      'Protests in Moldova',
      'Thousands protested in Chișinău. Latvian President Edgars Rinkevics met Estonian President Alar Karis in Bălți.',
    );
    const meeting = draft.relations.find((r) => r.relation.kind === 'meeting');
    expect(draft.sentences[meeting?.sentence ?? -1]).toMatch(/^Latvian President/);
    const event = draft.entities.find((e) => e.entity.kind === 'event');
    expect(event?.entity.label).toBe('Edgars Rinkevics–Alar Karis meeting in Bălți');
  });
});
