// The JSON Schema published at public/schema/dataset.schema.json, generated from the zod schema
// so editors validate datasets as you type. A test fails when the committed file is stale.
import { z } from 'zod';
import { DatasetSchema } from './schema';

export const JSON_SCHEMA_PATH = 'public/schema/dataset.schema.json';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    title: 'Parley dataset',
    description:
      'A Parley knowledge-graph dataset (see the README, "The data"). Generated from src/data/schema.ts by `npm run schema`; do not edit by hand.',
  };
}

export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
