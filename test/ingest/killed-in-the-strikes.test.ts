// People named as killed with no one named as killing them ("Jon Marr and Ola Fenn have both been
// killed in the strikes") were struck by the side whose strikes the story opened with, unless they
// are of that side.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

const HEADLINE = 'Latvia strikes Estonian bases';
const LEAD =
  'Latvia launched strikes on military bases in Estonia on Sunday. Estonia answered with about 40 drones fired towards Latvia.';

describe('those killed in the strikes', () => {
  it('were struck by the side whose strikes the story opened with', () => {
    const draft = readLead(
      HEADLINE,
      `${LEAD} Jon Marr, the commander of the Northern Guard, and Ola Fenn, a nuclear scientist, have both been killed in the strikes.`,
    );
    expect(kindsBetweenLabels(draft, 'Latvia', 'Jon Marr')).toContain('military-action');
    expect(kindsBetweenLabels(draft, 'Latvia', 'Ola Fenn')).toContain('military-action');
    expect(kindsBetweenLabels(draft, 'Estonia', 'Jon Marr')).not.toContain('military-action');
  });

  it('were not struck by their own side', () => {
    const draft = readLead(
      HEADLINE,
      `${LEAD} Latvian pilot Jon Marr was killed when his jet crashed.`,
    );
    expect(kindsBetweenLabels(draft, 'Latvia', 'Jon Marr')).not.toContain('military-action');
  });

  it('names no one struck in a story of no strikes', () => {
    const draft = readLead(
      'Latvian envoy dies',
      'Latvia and Estonia met in Riga on Sunday. Jon Marr, a Latvian envoy, was killed in a car crash.',
    );
    expect(draft.relations.map((p) => p.relation.kind)).not.toContain('military-action');
  });
});
