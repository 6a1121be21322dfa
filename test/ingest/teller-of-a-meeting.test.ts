// "… during a meeting with Store, Agnes Berg, an Icelandic official, said": the one set off after
// the gathering who tells of it is no party to the meeting event; a third party named with the
// others still is.
import { describe, expect, it } from 'vitest';
import { readLead } from './fixture-reading';

const partiesOf = (text: string) =>
  readLead('Leaders meet', text)
    .relations.filter((r) => r.relation.kind === 'participant')
    .map((r) => r.relation.source)
    .sort();

describe('the teller of a meeting', () => {
  it('leaves the speaker after the gathering out of its parties', () => {
    expect(
      partiesOf(
        'Icelandic Prime Minister Tomas Varga raised the issue during a meeting with Norwegian Prime Minister Jonas Gahr Store, Agnes Berg, an Icelandic official, said.',
      ),
    ).toEqual(['jonas-gahr-store', 'tomas-varga']);
  });

  it('keeps a third party named after the one met', () => {
    expect(
      partiesOf(
        'Icelandic Prime Minister Tomas Varga met Norwegian Prime Minister Jonas Gahr Store and Finnish President Alexander Stubb in Oslo.',
      ),
    ).toEqual(['alexander-stubb', 'jonas-gahr-store', 'tomas-varga']);
  });
});
