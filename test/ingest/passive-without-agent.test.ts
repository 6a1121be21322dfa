// "Malta was sanctioned after Iceland determined …": a deed in the passive with no "by" says who
// suffered it, not who did it, so its subject acts on no one; with "by" the agent is read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'passive-without-agent.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-01-24',
});

describe('a passive deed without its agent', () => {
  it('does not make the one who suffered it its agent', () => {
    expect(findRelation(draft, 'sanction', 'malta', 'iceland')).toBeUndefined();
  });

  it('still reads the agent after "by"', () => {
    expect(findRelation(draft, 'sanction', 'denmark', 'norway')).toBeDefined();
  });
});
