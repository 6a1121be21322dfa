// "Lee Jae Myung" is "Lee Jae-myung": a known person's given name romanised with a hyphen is
// found when a page writes its two syllables as two words.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

const name = 'korean-name-spaced.txt';
const draft = readFixture(name, '2025-03-03');
const labels = draft.entities.map((e) => e.entity.label);

describe('a hyphened given name written as two words', () => {
  it('is the known person under their usual name', () => {
    expect(labels).toContain('Lee Jae-myung');
    expect(labels).not.toContain('Lee Jae Myung');
  });

  it('keeps the meeting with its known participant', () => {
    const lee = draft.entities.find((e) => e.entity.label === 'Lee Jae-myung')?.entity.id;
    expect(
      draft.relations.some((r) => r.relation.kind === 'meeting' && r.relation.source === lee),
    ).toBe(true);
  });
});
