// One ministry under two of its names: "Maltese Foreign Ministry spokeswoman X" and "Maltese
// Foreign Minister Y" work at the same ministry, not at two.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'one-ministry-two-names.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-04-09',
});
/** The bodies a person is affiliated with (their country is an affiliation too). */
const workplace = (person: string) =>
  draft.relations
    .map((p) => p.relation)
    .filter((r) => r.kind === 'affiliation' && r.source === person && r.target !== 'malta')
    .map((r) => r.target);

describe('a ministry named two ways', () => {
  it('is one entity, with both of its names', () => {
    const ministries = draft.entities.filter((e) => /Ministr/.test(e.entity.label));
    expect(ministries).toHaveLength(1);
    const names = [ministries[0]?.entity.label, ...(ministries[0]?.entity.aliases ?? [])];
    expect(names).toEqual(
      expect.arrayContaining(['Maltese Foreign Ministry', 'Maltese Ministry of Foreign Affairs']),
    );
  });

  it('is where the spokeswoman and the minister both work', () => {
    const [ministry] = workplace('ana-vella');
    expect(ministry).toBeDefined();
    expect(workplace('jon-borg')).toEqual([ministry]);
  });
});
