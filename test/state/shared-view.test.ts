// What the panels read of a shared story: the reason it cannot be changed here, whose Undo and
// Redo the buttons offer, and who made each change.
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from '../../src/state/app-state';
import {
  authorOf,
  editBlock,
  READ_ONLY_REASON,
  READ_ONLY_VIEW,
  type SharedView,
  undoRedo,
} from '../../src/state/shared-view';

const history = {
  items: [{ id: 'c1', label: 'Add entity Ona', at: '2026-12-05T10:00:00Z', done: true }],
  undo: 'Add entity Ona',
  redo: null,
};
const shared = (view: Partial<SharedView>) => ({
  ...INITIAL_STATE,
  history,
  shared: { readOnly: null, undo: null, redo: null, authors: new Map(), ...view },
});

describe('the shared view', () => {
  it('leaves a workspace that is not shared as it was: its own history, editable', () => {
    const state = { ...INITIAL_STATE, history };
    expect(undoRedo(state)).toEqual({ undo: 'Add entity Ona', redo: null });
    expect(editBlock(state)).toBeNull();
    expect(authorOf(state, 'c1')).toBeNull();
  });

  it('offers Undo only for this person’s own change, even when others made the last one', () => {
    expect(undoRedo(shared({ undo: null, redo: 'Edit Ivo' }))).toEqual({
      undo: null,
      redo: 'Edit Ivo',
    });
  });

  it('offers neither Undo nor Redo on a read-only link, and says why nothing can be changed', () => {
    const state = { ...INITIAL_STATE, history, shared: READ_ONLY_VIEW };
    expect(undoRedo(state)).toEqual({ undo: null, redo: null });
    expect(editBlock(state)).toBe(READ_ONLY_REASON);
    expect(READ_ONLY_REASON).toMatch(/^Read only: .*read-only link/);
  });

  it('names who made each change', () => {
    const state = shared({ authors: new Map([['c1', 'Ana']]) });
    expect(authorOf(state, 'c1')).toBe('Ana');
    expect(authorOf(state, 'unknown')).toBeNull();
  });
});
