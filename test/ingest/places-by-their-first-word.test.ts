// A town whose name opens with a word that names a kind of place in Arabic or Hebrew ("Deir", a
// monastery; "Beit", a house; "Kafr", a village; "Wadi", a valley; "Khan", an inn) is a place,
// not a person, wherever it stands: struck, reported from, lived in.
import { describe, expect, it } from 'vitest';
import { readLead } from './fixture-reading';

const kindOf = (text: string, label: string) =>
  readLead('Strikes on the valley', text).entities.find((e) => e.entity.label === label)?.entity
    .kind;

describe('places named by their first word', () => {
  it('reads a struck town as a place', () => {
    expect(
      kindOf('Velorian jets struck Deir el-Marun on Sunday, killing six people.', 'Deir el-Marun'),
    ).toBe('place');
  });

  it('reads a town a reporter speaks from as a place', () => {
    expect(
      kindOf(
        'The talks stalled, Jo Ward, reporting from Khan Barida, said on Monday.',
        'Khan Barida',
      ),
    ).toBe('place');
  });

  it('still reads a person whose surname is Khan as a person', () => {
    expect(
      kindOf('Foreign Minister Omar Khan said on Monday the talks had stalled.', 'Omar Khan'),
    ).toBe('person');
  });
});
