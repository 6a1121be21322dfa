// `npm run ingest` as a person runs it: an article becomes a draft file and a summary; `--merge`
// writes the accepted proposals into the dataset, or refuses and leaves the file byte for byte.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCommand } from '../../src/cli/ingest';
import { parseDatasetText } from '../../src/data/validate';
import { type Draft, DraftSchema } from '../../src/ingest/draft';
import { miniDataset } from '../fixtures/mini-dataset';
import { runCli, spawnCli } from './run-cli';

const ingest = (args: string[]) => runCli('ingest', ingestCommand, args);

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
  const datasetFile = join(dir, 'mini.json');
  const datasetText = `${JSON.stringify(miniDataset(), null, 2)}\n`;
  writeFileSync(datasetFile, datasetText);
  return { dir, datasetFile, datasetText };
}

const ARTICLE = `Talks resume
Ana Ruiz held a phone call with Bo Li on Monday, the ministry said.
The weather was mild.
`;

function draftFor(overrides: Partial<Draft>): Draft {
  return {
    draftVersion: 1,
    source: { id: 'a3', title: 'Talks resume', publisher: null, published: null, url: null },
    sentences: ['Ana Ruiz held a phone call with Bo Li on Monday, the ministry said.'],
    links: [],
    entities: [
      {
        entity: { id: 'cy', label: 'Cy Park', kind: 'person', aliases: [] },
        mention: 'Cy Park',
        confidence: 0.8,
        rule: 'mention:name',
        sentence: 0,
        decision: 'accepted',
      },
    ],
    relations: [],
    ...overrides,
  };
}

describe('npm run ingest', () => {
  it('writes a valid draft for an article and prints a summary', async () => {
    const { dir, datasetFile } = workspace();
    const article = join(dir, 'talks.txt');
    writeFileSync(article, ARTICLE);
    // as a program: the one case that starts tsx, for the entry point and its exit code
    const result = spawnCli('ingest.ts', [
      article,
      '--dataset',
      datasetFile,
      '--published',
      '2025-05-12',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Article: Talks resume');
    expect(result.stdout).toContain('Published: 2025-05-12 (given)');
    const draft = DraftSchema.parse(
      JSON.parse(readFileSync(join(dir, 'talks.draft.json'), 'utf8')),
    );
    expect(draft.source.published).toBe('2025-05-12');
    expect(draft.source.id).not.toBe('a1');
    // the call between two known people, dated from "on Monday" and the publication date, adds
    // its evidence to the call the dataset already holds
    const calls = draft.relations.filter((p) => p.relation.kind === 'call');
    expect(calls.map((p) => [p.relation.source, p.relation.target, p.extends])).toEqual([
      ['ana', 'bo', 'r1'],
    ]);
    expect(calls[0]?.relation.date).toBe('2025-05-12');
    // the call is proposed as an event (both known people take part); the weather sentence
    // proposes nothing
    expect(draft.entities.map((p) => p.entity.kind)).toEqual(['event']);
    expect(draft.relations.filter((p) => p.relation.kind === 'participant')).toHaveLength(2);
  });

  it('refuses a date that is not a real date, and a missing article', async () => {
    const { dir, datasetFile } = workspace();
    const article = join(dir, 'talks.txt');
    writeFileSync(article, ARTICLE);
    const badDate = await ingest([article, '--dataset', datasetFile, '--published', '2025-02-30']);
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toContain('--published must be a real date');
    const badUrl = await ingest([article, '--dataset', datasetFile, '--url', 'example.com']);
    expect(badUrl.status).toBe(1);
    expect(badUrl.stderr).toContain('--url: url must be an http(s) address');
    const missing = await ingest([join(dir, 'nope.txt'), '--dataset', datasetFile]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read article');
  });

  it('merges an accepted draft into the dataset file', async () => {
    const { dir, datasetFile } = workspace();
    const draftFile = join(dir, 'draft.json');
    writeFileSync(draftFile, JSON.stringify(draftFor({})));
    const result = await ingest(['--merge', draftFile, '--dataset', datasetFile]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('1 new entities');
    const merged = parseDatasetText(readFileSync(datasetFile, 'utf8'));
    if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
    expect(merged.dataset.entities.map((e) => e.id)).toContain('cy');
    expect(merged.dataset.sources.map((s) => s.id)).toContain('a3');
    // no temporary file is left beside the dataset
    expect(readdirSync(dir).sort()).toEqual(['draft.json', 'mini.json']);
  });

  it('refuses a draft that breaks validation and leaves the dataset untouched', async () => {
    const { dir, datasetFile, datasetText } = workspace();
    const draftFile = join(dir, 'draft.json');
    const broken = draftFor({
      relations: [
        {
          relation: {
            id: 'a3:r1',
            source: 'ana',
            target: 'nobody',
            kind: 'call',
            label: 'held a call with',
            directed: false,
            evidence: [{ source: 'a3', quote: 'Ana Ruiz held a phone call with Bo Li' }],
          },
          confidence: 0.9,
          rule: 'pattern:call',
          sentence: 0,
          decision: 'accepted',
        },
      ],
    });
    writeFileSync(draftFile, JSON.stringify(broken));
    const result = await ingest(['--merge', draftFile, '--dataset', datasetFile]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${draftFile}: draft relations[0].relation.target: unknown entity "nobody"`,
    );
    expect(result.stderr).toContain('is unchanged');
    expect(readFileSync(datasetFile, 'utf8')).toBe(datasetText);
  });

  it('refuses a file that is not a draft, naming the place', async () => {
    const { dir, datasetFile, datasetText } = workspace();
    const draftFile = join(dir, 'draft.json');
    writeFileSync(
      draftFile,
      JSON.stringify({ ...draftFor({}), entities: [{ decision: 'maybe' }] }),
    );
    const result = await ingest(['--merge', draftFile, '--dataset', datasetFile]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/draft\.json: entities\[0\]\.\w+: /);
    expect(readFileSync(datasetFile, 'utf8')).toBe(datasetText);
  });
});
