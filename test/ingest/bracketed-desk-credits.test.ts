// "(Reporting by A and B, editing by C and D)": the desk's credits in brackets, a lower-case
// "editing by" after a comma included, name no actors; "(HW Photo))", a caption's credit with a
// closing bracket too many, is still the caption's credit.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

describe("the desk's credits in brackets and a caption's doubled bracket", () => {
  const draft = readFixture('bracketed-desk-credits.txt', '2025-03-07');
  const labels = draft.entities.map((p) => p.entity.label);

  it('proposes none of the editors', () => {
    expect(labels).not.toContain('Eva Paz');
    expect(labels).not.toContain('Lena Holm');
  });

  it("proposes no credit from the caption's doubled bracket", () => {
    expect(labels).not.toContain('HW');
    expect(labels).toContain('Ana Vell');
  });
});
