// The curated datasets have no relation of an entity with itself. The dataset format allows such
// self-loops (graphs imported from other tools have them, and Save dataset keeps them),
// so this is a rule of the curated data, not of the format: a loop there is a curation mistake.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'graph-data';
const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));

describe.each(files)('the curated dataset %s', (name) => {
  it('has no relation of an entity with itself', () => {
    const dataset = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as {
      relations: { id: string; source: string; target: string }[];
    };
    expect(dataset.relations.length).toBeGreaterThan(0);
    const loops = dataset.relations.filter((r) => r.source === r.target).map((r) => r.id);
    expect(loops).toEqual([]);
  });
});
