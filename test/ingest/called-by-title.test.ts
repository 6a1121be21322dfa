// "X called Latvia's president Y", "called Latvian Prime Minister Y": a call to the person whose
// title (and country) opens the object; "called his Lithuanian counterpart" is a call to that
// country; "called Y “reckless”" names Y, it is no call.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readFixture } from './fixture-reading';

const name = 'called-by-title.txt';
const draft = readFixture(name, '2025-03-03');
const related = (kind: string, a: string, b: string) =>
  kindsBetweenLabels(draft, a, b).some((k) => k === kind);

describe('a call to a person named with their title', () => {
  it("reads a call to the person a country's possessive and a title open", () => {
    expect(related('call', 'Alar Karis', 'Edgars Rinkevics')).toBe(true);
  });

  it('reads a call to the person a title opens', () => {
    expect(related('call', 'Kristen Michal', 'Evika Siliņa')).toBe(true);
  });

  it("reads a call to a counterpart as a call to the counterpart's country", () => {
    expect(related('call', 'Margus Tsahkna', 'Lithuania')).toBe(true);
  });

  it('reads a name given as said of the person, not as a call', () => {
    expect(related('call', 'Kristen Michal', 'Dovile Sakaliene')).toBe(false);
    expect(related('statement', 'Kristen Michal', 'Dovile Sakaliene')).toBe(true);
  });
});
