// `npm run ingest -- PAGE.html`: a saved web page becomes a draft of its article, its source
// described by the page's own metadata (an option given wins); a page with no article is refused
// with a message naming the file, and no draft is written.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCommand } from '../../src/cli/ingest';
import { DraftSchema } from '../../src/ingest/draft';
import { runCli } from '../cli/run-cli';
import { miniDataset } from '../fixtures/mini-dataset';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');

function pageIn(name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-page-'));
  const datasetFile = join(dir, 'mini.json');
  writeFileSync(datasetFile, JSON.stringify(miniDataset()));
  const page = join(dir, name);
  copyFileSync(join(FIXTURES, name), page);
  return { dir, datasetFile, page };
}

describe('npm run ingest on a saved web page', () => {
  it("reads the page's article and describes the source from its metadata", async () => {
    const { dir, datasetFile, page } = pageIn('page-html.html');
    const result = await runCli('ingest', ingestCommand, [
      page,
      '--dataset',
      datasetFile,
      '--publisher',
      'Given Publisher',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("Published: 2031-03-14 (the page's metadata");
    expect(result.stdout).toContain('Byline: Ilse Marwood');
    const draft = DraftSchema.parse(
      JSON.parse(readFileSync(join(dir, 'page-html.draft.json'), 'utf8')),
    );
    expect(draft.source).toMatchObject({
      title: 'Norvania and Castelia agree on a fishing truce',
      publisher: 'Given Publisher',
      published: '2031-03-14',
      url: 'https://ledger.example/world/fishing-truce',
    });
    expect(draft.sentences.join(' ')).not.toMatch(/Advertisement|All rights reserved/);
    expect(draft.entities.map((p) => p.entity.label)).toContain('Edda Kjelsen');
  });

  it('refuses a page with no article, naming the file, and writes no draft', async () => {
    const { dir, datasetFile, page } = pageIn('page-no-article.html');
    const result = await runCli('ingest', ingestCommand, [page, '--dataset', datasetFile]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${page}: no article was found in the page`);
    expect(existsSync(join(dir, 'page-no-article.draft.json'))).toBe(false);
  });
});
