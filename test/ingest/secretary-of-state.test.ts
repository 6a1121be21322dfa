// "Secretary of State Dana Reyes", with no country: English-language news gives that bare post to
// the United States alone, so she acts for it; "Britain's Secretary of State for Trade" does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'secretary-of-state.txt'), 'utf8'), EMPTY, {
  fileName: 'secretary-of-state.txt',
});

describe('a Secretary of State named without a country', () => {
  it('acts for the United States, with the post as her title', () => {
    expect(findRelation(draft, 'affiliation', 'dana-reyes', 'united-states')).toMatchObject({
      label: 'is Secretary of State of',
    });
  });

  it("gives no American post to another country's secretary of state", () => {
    expect(kindsBetween(draft, 'ann-holt', 'united-states')).toEqual([]);
  });
});
