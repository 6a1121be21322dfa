// What is told to a body: "told an emergency meeting of the Harbour Council" is told to the
// council, and "told the council", after the council was named, to the same body (only "told"
// an outlet by its name, "told AFP", is the press asking).
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('a body told', () => {
  it('is the body whose meeting is told', () => {
    const draft = readLead(
      'Nuclear chief warns council',
      'Nuclear agency chief Jo Roe told an emergency meeting of the UN Security Council on Sunday that the strikes threaten a wider war.',
    );
    expect(kindsBetweenLabels(draft, 'Jo Roe', 'UN Security Council')).toContain('statement');
  });

  it('is the body named before that "the council" stands for', () => {
    const draft = readLead(
      'Nuclear chief warns council',
      'Jo Roe told the UN Security Council on Sunday that the strikes threaten a wider war. Assistant Secretary-General Ana Vell told the council that the sites had been evacuated.',
    );
    expect(kindsBetweenLabels(draft, 'Ana Vell', 'UN Security Council')).toContain('statement');
  });
});
