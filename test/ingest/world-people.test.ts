// The table of office holders (world-people.ts) against the rest of the gazetteer: every person's
// side is a country or a body the reader knows, and no name of theirs names anything else.
import { describe, expect, it } from 'vitest';
import { BODIES, COUNTRIES } from '../../src/ingest/extract/gazetteer';
import { nameKey } from '../../src/ingest/extract/ids';
import { WORLD_PEOPLE } from '../../src/ingest/extract/world-people';

const sides = new Set([...COUNTRIES.map((c) => c.label), ...BODIES.map((b) => b.label)]);
const otherNames = new Set(
  [
    ...COUNTRIES.flatMap((c) => [c.label, ...c.names]),
    ...BODIES.flatMap((b) => [b.label, ...b.names]),
  ].map(nameKey),
);

describe('the office holders the reader knows', () => {
  it('each hold a post of a country or body the gazetteer knows, and say what it is', () => {
    const unknown = WORLD_PEOPLE.filter((p) => !sides.has(p.side)).map(
      (p) => `${p.label}: ${p.side}`,
    );
    expect(unknown).toEqual([]);
    for (const person of WORLD_PEOPLE)
      expect(person.description.length, person.label).toBeGreaterThan(0);
  });

  it('have names no other person, country or body has', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const person of WORLD_PEOPLE)
      for (const name of [person.label, ...person.names]) {
        const key = nameKey(name);
        const other = owner.get(key);
        if ((other && other !== person.label) || otherNames.has(key)) clashes.push(name);
        owner.set(key, person.label);
      }
    expect(clashes).toEqual([]);
  });
});
