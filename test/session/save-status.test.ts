// The save status and the person: the alert comes once when the work stops being stored (not
// at every failed write), offers Try again only where trying again can help, and every status
// reaches the store for the status line.
import { describe, expect, it } from 'vitest';
import { needsAlert, saveStatusReporter } from '../../src/session/save-status';
import { type AppState, INITIAL_STATE } from '../../src/state/app-state';
import { createStore } from '../../src/state/store';
import type { AlertMessage, AlertRegion } from '../../src/ui/alert-region';
import type { SaveStatus } from '../../src/workspace/persistence';

const saved: SaveStatus = { state: 'saved', at: '2026-12-05T10:00:00.000Z' };
const failed: SaveStatus = { state: 'failed', message: 'the quota is used up' };
const memory: SaveStatus = { state: 'memory', message: 'IndexedDB is refused' };

function harness() {
  const store = createStore<AppState>(INITIAL_STATE);
  const shown: AlertMessage[] = [];
  const handle = { clear() {}, shown: true };
  const alerts: AlertRegion = {
    problem: (message) => {
      shown.push(message);
      return handle;
    },
    show: () => handle,
    report: () => handle,
    clear() {},
  };
  const calls: string[] = [];
  const report = saveStatusReporter(store, alerts, {
    saveDataset: () => calls.push('save'),
    retry: () => calls.push('retry'),
  });
  return { store, shown, calls, report };
}

describe('needsAlert', () => {
  it('alerts when saving starts to fail, or fails in another way', () => {
    expect(needsAlert(saved, failed)).toBe(true);
    expect(needsAlert({ state: 'saving' }, memory)).toBe(true);
    expect(needsAlert(failed, memory)).toBe(true);
  });

  it('stays quiet while things go well or keep failing the same way', () => {
    expect(needsAlert(saved, { state: 'saving' })).toBe(false);
    expect(needsAlert(failed, saved)).toBe(false);
    expect(needsAlert(failed, { ...failed, message: 'another write failed' })).toBe(false);
  });
});

describe('saveStatusReporter', () => {
  it('puts every status in the store', () => {
    const { store, report } = harness();
    report(saved);
    expect(store.get().saveStatus).toBe(saved);
    report(failed);
    expect(store.get().saveStatus).toBe(failed);
  });

  it('alerts once for a run of failed writes, with Save dataset and Try again', () => {
    const { shown, calls, report } = harness();
    report(saved);
    report(failed);
    report({ state: 'saving' });
    expect(shown).toHaveLength(1);
    report(failed);
    expect(shown).toHaveLength(2);
    const alert = shown[0] as AlertMessage;
    expect(alert.title).toBe('Your changes are not being saved in this browser');
    expect(alert.lines).toEqual(['the quota is used up']);
    expect(alert.actions?.map((a) => a.text)).toEqual(['Save dataset', 'Try again']);
    for (const action of alert.actions ?? []) action.run();
    expect(calls).toEqual(['save', 'retry']);
  });

  it('offers no Try again when the browser keeps no storage at all', () => {
    const { shown, report } = harness();
    report(memory);
    report(memory);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.actions?.map((a) => a.text)).toEqual(['Save dataset']);
  });
});
