// Who leads a country's delegation acts for that country: "Armenia's delegation is led by X",
// "the team is headed by Y", "the head of the Georgian delegation, Z,", "a delegation led by W".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'delegation-heads.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-06-03',
});

describe("the head of a country's delegation", () => {
  it('acts for the country, however the sentence puts it', () => {
    expect(findRelation(draft, 'represents', 'aram-petrosyan', 'armenia')).toBeDefined();
    expect(findRelation(draft, 'represents', 'elchin-mammadov', 'azerbaijan')).toBeDefined();
    expect(findRelation(draft, 'represents', 'nino-beridze', 'georgia')).toBeDefined();
    expect(findRelation(draft, 'represents', 'ion-rusu', 'moldova')).toBeDefined();
  });

  it('is no head of the other side', () => {
    expect(findRelation(draft, 'represents', 'aram-petrosyan', 'azerbaijan')).toBeUndefined();
    expect(findRelation(draft, 'represents', 'elchin-mammadov', 'armenia')).toBeUndefined();
  });

  it('takes part, with the delegation, in the talks just told', () => {
    const event = draft.entities.find((e) => e.entity.kind === 'event')?.entity.id ?? '';
    for (const head of ['aram-petrosyan', 'elchin-mammadov'])
      expect(findRelation(draft, 'participant', head, event)).toBeDefined();
  });
});
