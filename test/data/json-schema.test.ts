// The published JSON Schema is generated from zod; a stale committed copy fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText, JSON_SCHEMA_PATH } from '../../src/data/json-schema';

describe('public/schema/dataset.schema.json', () => {
  it('matches what the zod schema generates (run `npm run schema` when it does not)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(datasetJsonSchemaText());
  });

  it('lists the required top-level fields of a dataset', () => {
    const schema = JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8'));
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'title', 'sources', 'entities', 'relations']),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});
