// A line that nothing ends is not always a hard wrap: a standfirst under the headline, longer
// than a wrapped line runs, is a paragraph of its own, and a line of a few words above the first
// paragraph (the outlet's name) is set apart, so neither is glued to the sentence below ("…
// looks likely Officials from Norway …", "Nordic Wire Six hours …"). Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';
import { readPage } from '../../src/ingest/extract/page';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const text = readFileSync(join(FIXTURES, 'standfirst-and-outlet-line.txt'), 'utf8');

describe('lines that stand alone though nothing ends them', () => {
  it('keeps the standfirst and the outlet line apart from the lead', () => {
    const page = readPage(text);
    const prose = page.blocks.filter((b) => !b.heading).map((b) => b.text);
    expect(prose).toEqual([
      'Six hours of bargaining closed without a quota deal, though both delegations say a further session in Bergen looks likely',
      'Officials from Norway and Iceland held a first round of fisheries talks in Tromso on Monday.',
      'Norwegian Fisheries Minister Ona Dahl said the next session would take place within a month.',
    ]);
    expect(page.removed).toContainEqual({ kind: 'credit', text: 'Nordic Wire' });
  });

  it('proposes no actor made of a line and the sentence after it', () => {
    const draft = ingestArticle(text, EMPTY, { fileName: 'standfirst-and-outlet-line.txt' });
    const labels = draft.entities.map((p) => p.entity.label);
    expect(labels.filter((l) => /Wire|Officials/.test(l))).toEqual([]);
    expect(labels).toContain('Ona Dahl');
  });

  it('still joins a hard-wrapped lead whose line breaks inside a name', () => {
    const wrapped =
      'Talks resume\n\nIceland and Norway resumed talks on Monday after a call between Iceland’s Prime\nMinister Ivo Marr and Norwegian Foreign Minister Ona Dahl, the first since May.\n';
    const prose = readPage(wrapped).blocks.filter((b) => !b.heading);
    expect(prose).toHaveLength(1);
  });
});
