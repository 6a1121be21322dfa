// What the page says as a workspace opens, and the names of the files it writes: a person reads
// these to know what they are looking at and where their changes came from.
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../src/io/import-report';
import {
  adoptedNotice,
  beforeResetName,
  datasetIdOf,
  fileSafe,
  importNotice,
  layoutNote,
  openedNotice,
  sinceWhat,
} from '../../src/session/open-notices';
import type { Origin } from '../../src/workspace/record';

const curated: Origin = { type: 'curated', datasetId: 'trade-talks', datasetHash: 'aaaa0001' };
const imported: Origin = { type: 'import', fileName: 'My Notes (v2).graphml' };
const story: Origin = { type: 'new', title: 'Harbour Strike' };

describe('file names', () => {
  it('names exports after the curated dataset, the story title or the imported file', () => {
    expect(datasetIdOf(curated)).toBe('trade-talks');
    expect(datasetIdOf(story)).toBe('harbour-strike');
    expect(datasetIdOf(imported)).toBe('My-Notes-v2-');
  });

  it('never gives an empty or unsafe name', () => {
    expect(fileSafe('')).toBe('graph');
    expect(fileSafe('a/../b')).toBe('a-..-b');
    expect(datasetIdOf({ type: 'new', title: '…' })).toBe('-');
  });
});

describe('openedNotice', () => {
  const base = { restoring: false, name: 'Draft', origin: curated, changes: 0 };

  it('counts the changes since the workspace began', () => {
    expect(openedNotice({ ...base, restoring: true, changes: 3 })).toBe(
      'Restored your workspace: 3 changes since the curated dataset.',
    );
    expect(openedNotice({ ...base, origin: imported, changes: 1 })).toBe(
      'Opened Draft: 1 change since My Notes (v2).graphml was imported.',
    );
    expect(openedNotice({ ...base, origin: story })).toBe(
      'Opened Draft: no changes since the story began.',
    );
  });

  it('says when the stored format was brought up to date', () => {
    expect(openedNotice({ ...base, migratedFrom: 1 })).toBe(
      'Opened Draft: no changes since the curated dataset (its stored format was brought up to date).',
    );
  });

  it('says the curated dataset changed only when its fingerprint differs', () => {
    expect(openedNotice({ ...base, curatedHash: 'aaaa0001' })).not.toContain('updated');
    expect(openedNotice({ ...base, curatedHash: undefined })).not.toContain('updated');
    expect(openedNotice({ ...base, curatedHash: 'bbbb0002' })).toContain(
      'The curated dataset has been updated since this workspace began: Reset workspace starts from the new one.',
    );
    // an imported workspace has nothing to do with the curated file
    expect(openedNotice({ ...base, origin: imported, curatedHash: 'bbbb0002' })).not.toContain(
      'updated',
    );
  });
});

describe('importNotice', () => {
  const facts = { fileName: 'n.gexf', entities: 4, relations: 2, laidOut: false };

  it('counts what was imported and says where the previous workspace is', () => {
    expect(importNotice(facts)).toBe(
      'Imported 4 entities and 2 relations from n.gexf. The previous workspace stays in Workspaces.',
    );
  });

  it('says whether a layout was done, or stopped part way', () => {
    expect(layoutNote(false, undefined)).toBe('');
    expect(importNotice({ ...facts, laidOut: true })).toContain(
      'from n.gexf (laid out, as the file had no positions).',
    );
    expect(
      importNotice({ ...facts, laidOut: true, layoutStopped: { done: 40, total: 300 } }),
    ).toContain('(layout stopped after 40 of 300 iterations, as you asked).');
  });

  it('uses the import report when there is one', () => {
    const report = emptyReport(['n.gexf'], 'gexf');
    const text = importNotice({ ...facts, report });
    expect(text).not.toContain('Imported 4 entities');
    expect(text.endsWith(' The previous workspace stays in Workspaces.')).toBe(true);
  });
});

describe('other tabs and Reset', () => {
  it('tells a crossed change from a plain update', () => {
    expect(adoptedNotice(false)).toBe('Brought up to date with the change made in another tab.');
    expect(adoptedNotice(true)).toContain('your last change was not kept');
  });

  it('names the workspace left by Reset with when it was left', () => {
    const name = beforeResetName('Draft', new Date(2026, 11, 5, 14, 30));
    expect(name).toMatch(/^Draft \(before reset, 5 Dec 2026, 14:30\)$/);
  });
});
