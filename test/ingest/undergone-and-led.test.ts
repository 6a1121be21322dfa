// A side that was "subjected to attacks by" others, or "faced Estonian airstrikes", suffers them
// (not an infinitive "to attack"); a side hyphened to "led" before a coalition or a campaign
// ("the Finnish-led coalition that has fought", "a Swedish-led airstrike campaign") leads the deed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'undergone-and-led.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-03',
});
const idOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.id;
const struck = (a: string) =>
  draft.relations.some(
    (r) =>
      r.relation.kind === 'military-action' &&
      r.relation.source === idOf(a) &&
      r.relation.target === idOf('Harbour Front'),
  );

describe('force undergone, and force a side leads', () => {
  it('reads each side a group was subjected to attacks by', () => {
    expect(struck('Latvia')).toBe(true);
    expect(struck('Lithuania')).toBe(true);
  });

  it('reads the side whose airstrikes a group faced', () => {
    expect(struck('Estonia')).toBe(true);
  });

  it('reads the leader of a coalition and of a campaign as the one who fought', () => {
    expect(struck('Finland')).toBe(true);
    expect(struck('Sweden')).toBe(true);
  });

  it('reads no force from talks a side leads', () => {
    expect(struck('Norway')).toBe(false);
  });
});
