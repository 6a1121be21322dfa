// `npm run schema`: regenerates public/schema/dataset.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText, JSON_SCHEMA_PATH } from '../data/json-schema';

writeFileSync(JSON_SCHEMA_PATH, datasetJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
