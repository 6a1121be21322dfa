// The workspace controls' rules, tested without a browser: which keys are Undo and Redo, what
// the buttons say (including on a read-only link), how a change in the History is dated and
// attributed, and which save statuses are problems (the DOM is covered by the browser tests).
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from '../../../src/state/app-state';
import { READ_ONLY_REASON, READ_ONLY_VIEW } from '../../../src/state/shared-view';
import { historyTimeText } from '../../../src/ui/workspace/history-list';
import { undoRedoShortcut, undoRedoTexts } from '../../../src/ui/workspace/undo-redo';
import { whenText } from '../../../src/ui/workspace/when-text';
import { isSaveProblem } from '../../../src/ui/workspace-controls';

const keys = (key: string, mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>>) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
});

describe('undoRedoShortcut', () => {
  it('reads Ctrl or Cmd with Z as undo, with Shift+Z or Y as redo', () => {
    expect(undoRedoShortcut(keys('z', { ctrl: true }))).toBe('undo');
    expect(undoRedoShortcut(keys('z', { meta: true }))).toBe('undo');
    expect(undoRedoShortcut(keys('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoRedoShortcut(keys('y', { ctrl: true }))).toBe('redo');
  });
  it('ignores the keys without Ctrl or Cmd, with Alt, Shift+Y, and other letters', () => {
    expect(undoRedoShortcut(keys('z', {}))).toBeNull();
    expect(undoRedoShortcut(keys('z', { ctrl: true, alt: true }))).toBeNull();
    expect(undoRedoShortcut(keys('y', { ctrl: true, shift: true }))).toBeNull();
    expect(undoRedoShortcut(keys('x', { ctrl: true }))).toBeNull();
  });
});

describe('undoRedoTexts', () => {
  it('names the change each would act on, or that there is none', () => {
    const history = { ...INITIAL_STATE.history, undo: 'Edit Alpha', redo: null };
    expect(undoRedoTexts({ ...INITIAL_STATE, history })).toEqual({
      undo: 'Undo: Edit Alpha',
      redo: 'Nothing to redo',
    });
  });
  it('says why not on a read-only link', () => {
    const history = { ...INITIAL_STATE.history, undo: 'Edit Alpha', redo: 'Merge' };
    expect(undoRedoTexts({ ...INITIAL_STATE, history, shared: READ_ONLY_VIEW })).toEqual({
      undo: READ_ONLY_REASON,
      redo: READ_ONLY_REASON,
    });
  });
});

describe('historyTimeText', () => {
  const at = '2025-05-12T10:00:00Z';
  it('dates a change, marks an undone one, and names its author when known', () => {
    expect(historyTimeText({ done: true, at }, null)).toBe(whenText(at));
    expect(historyTimeText({ done: false, at }, null)).toBe(`undone · ${whenText(at)}`);
    expect(historyTimeText({ done: true, at }, 'Ana')).toBe(`by Ana · ${whenText(at)}`);
  });
  it('shows a time it cannot read as it is', () => {
    expect(whenText('not a time')).toBe('not a time');
  });
});

describe('isSaveProblem', () => {
  it('is a problem when not saved in this browser, not while saved or saving', () => {
    expect(isSaveProblem({ state: 'failed', message: 'full' })).toBe(true);
    expect(isSaveProblem({ state: 'memory', message: 'private window' })).toBe(true);
    expect(isSaveProblem({ state: 'saving' })).toBe(false);
    expect(isSaveProblem({ state: 'saved', at: '2025-05-12T10:00:00Z' })).toBe(false);
  });
});
