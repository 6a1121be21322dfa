// The schema's named limits are the ones it enforces (the entity editor and the fast check read
// the same constants), and every tone has the words a panel shows for it.
import { describe, expect, it } from 'vitest';
import {
  EntitySchema,
  EvidenceSchema,
  IdSchema,
  MAX_ALIASES,
  MAX_DESCRIPTION_LENGTH,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_TITLE_LENGTH,
  SourceSchema,
  TONES,
  toneName,
} from '../../src/data/schema';

const entity = (over: Record<string, unknown>) =>
  EntitySchema.safeParse({ id: 'e1', label: 'Ana', kind: 'person', aliases: [], ...over }).success;
const source = (title: string) =>
  SourceSchema.safeParse({ id: 's1', title, publisher: null, published: null, url: null }).success;

describe('the named limits', () => {
  it('are where the schema starts refusing', () => {
    expect(IdSchema.safeParse('a'.repeat(MAX_ID_LENGTH)).success).toBe(true);
    expect(IdSchema.safeParse('a'.repeat(MAX_ID_LENGTH + 1)).success).toBe(false);
    expect(entity({ label: 'x'.repeat(MAX_LABEL_LENGTH) })).toBe(true);
    expect(entity({ label: 'x'.repeat(MAX_LABEL_LENGTH + 1) })).toBe(false);
    expect(entity({ description: 'x'.repeat(MAX_DESCRIPTION_LENGTH) })).toBe(true);
    expect(entity({ description: 'x'.repeat(MAX_DESCRIPTION_LENGTH + 1) })).toBe(false);
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `alias ${i}`);
    expect(entity({ aliases: aliases(MAX_ALIASES) })).toBe(true);
    expect(entity({ aliases: aliases(MAX_ALIASES + 1) })).toBe(false);
    expect(source('t'.repeat(MAX_TITLE_LENGTH))).toBe(true);
    expect(source('t'.repeat(MAX_TITLE_LENGTH + 1))).toBe(false);
    const quote = (n: number) => EvidenceSchema.safeParse({ source: 's1', quote: 'q'.repeat(n) });
    expect(quote(MAX_QUOTE_LENGTH).success).toBe(true);
    expect(quote(MAX_QUOTE_LENGTH + 1).success).toBe(false);
  });
});

describe('toneName', () => {
  it('gives every tone its words and leaves an unknown one as it is', () => {
    expect(TONES.map(toneName)).toEqual([
      'verbal cooperation',
      'material cooperation',
      'verbal conflict',
      'material conflict',
    ]);
    expect(toneName('neutral')).toBe('neutral');
  });
});
