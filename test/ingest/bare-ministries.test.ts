// "Foreign Ministry spokesman X", named without a state: the ministry is the state's of the people
// who speak for it; one nobody placed speaks for, or whose speakers may be two states', stays as
// written.
import { describe, expect, it } from 'vitest';
import { DraftSchema } from '../../src/ingest/draft';
import { findRelation, readFixture } from './fixture-reading';

const labels = (draft: ReturnType<typeof readFixture>) =>
  draft.entities.filter((p) => p.entity.kind === 'organization').map((p) => p.entity.label);

describe('a ministry named without its state', () => {
  const home = readFixture('bare-ministry-home.txt', '2025-03-03');

  it("is its speaker's state's, acting for that state", () => {
    const id = 'maltese-ministry-of-foreign-affairs';
    expect(findRelation(home, 'affiliation', 'jon-dahl', id)).toBeDefined();
    expect(findRelation(home, 'affiliation', id, 'malta')).toBeDefined();
  });

  it('stays as written where no one speaks for it', () => {
    expect(labels(home)).toContain('Defence Ministry');
  });

  it('stays as written where its speakers may be two states’', () => {
    const two = readFixture('bare-ministries.txt', '2025-03-03');
    expect(labels(two)).toContain('Foreign Ministry');
    expect(findRelation(two, 'affiliation', 'ana-vell', 'foreign-ministry')).toBeDefined();
    expect(DraftSchema.safeParse(two).success).toBe(true);
    expect(DraftSchema.safeParse(home).success).toBe(true);
  });
});
