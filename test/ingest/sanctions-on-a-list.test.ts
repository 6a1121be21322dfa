// "leveled penalties on X; his sister, Y; his nephew, Z; and the interior minister W":
// penalties are sanctions, and a list set off by semicolons names each one sanctioned.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

const draft = readLead(
  'Sanctions on a president',
  'On Friday the Treasury Department leveled penalties on Chilean President Anton Velko; his sister, Maria Velko; his nephew, Pablo Velko; and Chile’s interior minister Jan Roe.',
  'WASHINGTON',
);

describe('penalties on a list set off by semicolons', () => {
  it('sanction each one listed', () => {
    for (const name of ['Anton Velko', 'Maria Velko', 'Pablo Velko', 'Jan Roe'])
      expect(kindsBetweenLabels(draft, 'US Treasury', name)).toContain('sanction');
  });
});

describe('a penalty no party is named in', () => {
  it('is no sanction when no one is named', () => {
    const other = readLead(
      'Match report',
      'The referee imposed a penalty on the home team on Friday.',
    );
    expect(other.relations.map((p) => p.relation.kind)).not.toContain('sanction');
  });
});
