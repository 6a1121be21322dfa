// What the panels say, tested without a browser: the words each pure helper of ui/ gives for the
// state it is handed (the DOM around them is covered by the browser tests).
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import type { Draft } from '../../src/ingest/draft';
import { INITIAL_STATE } from '../../src/state/app-state';
import { setAsOf, toggleSource } from '../../src/state/filters';
import { accountText } from '../../src/ui/corroboration-note';
import { shownSummary, toDateInput } from '../../src/ui/filters-panel';
import { importRefusal, isArticleFile } from '../../src/ui/import-controls';
import { kindCountText } from '../../src/ui/legend';
import { elapsedText } from '../../src/ui/progress-alert';
import { proposalName } from '../../src/ui/proposal-rows';
import { saveStatusText } from '../../src/ui/workspace-controls';
import { miniDataset } from '../fixtures/mini-dataset';

const graph = buildGraph(miniDataset(), { layout: false });

describe('saveStatusText', () => {
  it('says whether the work is kept, and what to do when it is not', () => {
    expect(saveStatusText({ state: 'saved', at: '2025-05-12T10:00:00Z' })).toBe(
      'Saved in this browser.',
    );
    expect(saveStatusText({ state: 'saving' })).toBe('Saving…');
    expect(saveStatusText({ state: 'failed', message: 'QuotaExceededError: full' })).toBe(
      'Not saved in this browser: QuotaExceededError: full. Use Save dataset to keep your work.',
    );
    expect(saveStatusText({ state: 'memory', message: 'private window' })).toBe(
      'Not saved: private window. Use Save dataset to keep your work.',
    );
  });
});

describe('proposalName', () => {
  const draft = {
    entities: [{ entity: { id: 'new-cy', label: 'Cyra Vale', kind: 'person', aliases: [] } }],
    relations: [{ relation: { source: 'ana', target: 'new-cy', label: 'met' } }],
  } as unknown as Draft;

  it('names a relation by its sentence and a new entity by its label and kind', () => {
    expect(proposalName(graph, draft, { type: 'relation', index: 0 })).toBe(
      'Ana Ruiz met Cyra Vale',
    );
    expect(proposalName(graph, draft, { type: 'entity', index: 0 })).toBe('Cyra Vale (new person)');
    expect(proposalName(graph, draft, { type: 'entity', index: 5 })).toBe('');
  });
});

describe('accountText', () => {
  it('gives the kind, the tone in words and who reported it', () => {
    expect(
      accountText(graph, {
        edge: 'r2',
        kind: 'criticism',
        label: 'criticised',
        tone: 'verbal-conflict',
        sources: ['a1', 'a2'],
      }),
    ).toBe('criticism, verbal conflict (criticised) — Article one; Article two (Example News)');
    expect(
      accountText(graph, { edge: 'r3', kind: 'call', label: 'called', tone: null, sources: ['x'] }),
    ).toBe('call, no tone (called) — x');
  });
});

describe('the filters and the legend', () => {
  it('say how much the filters leave', () => {
    expect(shownSummary(3, 4, 1, 5)).toBe('Showing 3 of 4 entities and 1 of 5 relations.');
    expect(kindCountText(12, 12)).toBe('12');
    expect(kindCountText(3, 12)).toBe('3/12');
  });

  it('put a month or a year in a date input as its first day', () => {
    expect(toDateInput('2025-05')).toBe('2025-05-01');
    expect(toDateInput('2025')).toBe('2025-01-01');
    expect(toDateInput('2025-05-22')).toBe('2025-05-22');
    expect(toDateInput(null)).toBe('');
  });
});

describe('isArticleFile', () => {
  it('takes a .txt or plain-text file as an article and anything else as a graph', () => {
    expect(isArticleFile({ name: 'talks.TXT', type: '' })).toBe(true);
    expect(isArticleFile({ name: 'notes', type: 'text/plain' })).toBe(true);
    expect(isArticleFile({ name: 'graph.json', type: 'application/json' })).toBe(false);
    expect(isArticleFile({ name: 'edges.csv', type: 'text/csv' })).toBe(false);
  });
});

describe('importRefusal', () => {
  const file = (name: string, size = 10) => ({ name, type: '', size }) as File;
  it('refuses an article picked with other files, and a file over the size limit', () => {
    expect(importRefusal('a.txt, b.csv', [file('a.txt'), file('b.csv')])).toEqual([
      'a.txt, b.csv: (files): an article (.txt) is read on its own; pick or drop it alone',
    ]);
    const huge = importRefusal('big.json', [file('big.json', 10 ** 12)]);
    expect(huge?.[0]).toMatch(/^big\.json: /);
    expect(importRefusal('g.json', [file('g.json')])).toBeNull();
  });
});

describe('elapsedText', () => {
  it('says the seconds a job has run, to a tenth', () => {
    expect(elapsedText(1000, 4250)).toBe(' (3.3 s)');
    expect(elapsedText(0, 0)).toBe(' (0.0 s)');
  });
});
