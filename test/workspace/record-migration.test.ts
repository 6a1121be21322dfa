// The workspace record's first migration: a workspace stored by a Parley that wrote format 1 (the
// vocabulary before sanctions, threats and military actions) opens unchanged, with its history.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import {
  readWorkspaceBase,
  readWorkspaceRecord,
  WORKSPACE_FORMAT,
} from '../../src/workspace/record';
import { newWorkspace, restoreWorkspace } from '../../src/workspace/session';

const curatedGraph = () =>
  buildGraph(
    DatasetSchema.parse(JSON.parse(readFileSync('graph-data/us-china-trade-talks.json', 'utf8'))),
  );

/** A workspace as format 1 stored it: the same shapes, with format 1 on both records. */
function storedInFormat1() {
  const { record, base } = newWorkspace(curatedGraph(), 'Trade talks', {
    type: 'import',
    fileName: 'talks.json',
  });
  return {
    record: JSON.parse(JSON.stringify({ ...record, format: 1 })) as Record<string, unknown>,
    base: JSON.parse(JSON.stringify({ ...base, format: 1 })) as Record<string, unknown>,
  };
}

describe('a workspace stored in format 1', () => {
  it('is now written in a later format', () => {
    expect(WORKSPACE_FORMAT).toBe(2);
  });

  it('reads through the migration, marked as migrated, with nothing else changed', () => {
    const stored = storedInFormat1();
    const read = readWorkspaceRecord(stored.record);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(1);
    expect(read.value.format).toBe(2);
    const { format: _old, ...rest } = stored.record;
    const { format: _new, ...after } = read.value as unknown as Record<string, unknown>;
    expect(after).toEqual(rest);
  });

  it('keeps its base graph readable and opens with every entity of it', () => {
    const stored = storedInFormat1();
    expect(readWorkspaceBase(stored.base).ok).toBe(true);
    const id = stored.record.id as string;
    const opened = restoreWorkspace(id, stored);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.migratedFrom).toBe(1);
    expect(opened.opened.workspace.graph.order).toBe(curatedGraph().order);
  });

  it('a record from a later format than this Parley reads is still refused', () => {
    const stored = storedInFormat1();
    const read = readWorkspaceRecord({ ...stored.record, format: WORKSPACE_FORMAT + 1 });
    expect(read.ok).toBe(false);
    expect(readWorkspaceBase({ ...stored.base, format: WORKSPACE_FORMAT + 1 }).ok).toBe(false);
  });
});
