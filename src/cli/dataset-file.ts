// Node-side helpers shared by the command-line tools: where datasets live and how to read one.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorDetail } from '../data/errors';
import { parseDatasetText, type ValidationResult } from '../data/validate';

export const DATASET_DIR = 'graph-data';
export const DEFAULT_DATASET = join(DATASET_DIR, 'us-china-trade-talks.json');

export function listDatasetFiles(dir = DATASET_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

export function readDatasetFile(file: string): ValidationResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const detail = errorDetail(error);
    return { ok: false, problems: [{ path: '(file)', message: `cannot read file: ${detail}` }] };
  }
  return parseDatasetText(text);
}
