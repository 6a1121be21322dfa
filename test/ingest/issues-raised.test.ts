// A matter raised with another is said to them: "raised the issue during a meeting with Xi",
// "raised concerns about steel tariffs with Xi" (a statement, not a tariff: the concerns are
// what is raised); "sought to persuade Xi to lift the tariffs" is a demand.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readLead } from './fixture-reading';

const read = (text: string) => readLead('Leaders meet', text, 'LIMA');

describe('an issue raised with another', () => {
  it('reads the issue raised during a meeting as said to the one met', () => {
    const draft = read(
      'Chilean President Gabriel Boric raised the issue during a meeting with Chinese President Xi Jinping on Monday.',
    );
    expect(kindsBetween(draft, 'gabriel-boric', 'xi-jinping')).toEqual(
      expect.arrayContaining(['statement', 'meeting']),
    );
  });

  it('reads concerns about tariffs raised with another as no tariff', () => {
    const draft = read('Boric raised concerns about steel tariffs with Xi Jinping on Monday.');
    const kinds = kindsBetween(draft, 'gabriel-boric', 'xi-jinping');
    expect(kinds).toContain('statement');
    expect(kinds).not.toContain('tariff');
  });

  it('reads an attempt to persuade another as a demand', () => {
    const draft = read('Boric sought to persuade Xi Jinping to lift the tariffs.');
    expect(kindsBetween(draft, 'gabriel-boric', 'xi-jinping')).toContain('demand');
  });
});
