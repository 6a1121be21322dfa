// Reads the import fixtures under test/fixtures/io as a person's file would arrive: name and text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join('test', 'fixtures', 'io');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}
