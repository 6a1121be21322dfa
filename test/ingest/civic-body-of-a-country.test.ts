// "the Chile Doctors Network", "the Ghana Heart Hospital": a body whose name a country's name
// only describes (a network, a hospital, a society, a company) does not act for the country; a
// ministry does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'civic-body-of-a-country.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-04',
});
const idOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.id;

describe('a civic body named after a country', () => {
  it('does not represent the country', () => {
    const network = idOf('Chile Doctors Network');
    expect(network).toBeDefined();
    expect(findRelation(draft, 'affiliation', network ?? '', 'chile')).toBeUndefined();
    const hospital = idOf('Ghana Heart Hospital');
    expect(findRelation(draft, 'affiliation', hospital ?? '', 'ghana')).toBeUndefined();
  });

  it('leaves a ministry acting for its country', () => {
    const ministry = idOf('Chilean Ministry of Health');
    expect(findRelation(draft, 'affiliation', ministry ?? '', 'chile')).toBeDefined();
  });
});
