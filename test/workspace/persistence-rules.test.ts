// The persistence rules, tested without storage: how a page starts (saved, or only in this page
// without storage), and what another tab's message asks of this one.
import { describe, expect, it } from 'vitest';
import { startStatus, tabMessageAction } from '../../src/workspace/persistence';

describe('startStatus', () => {
  it('starts saved with storage, kept only in this page without it', () => {
    const now = new Date('2025-05-12T10:00:00Z');
    expect(startStatus(true, now)).toEqual({ state: 'saved', at: '2025-05-12T10:00:00.000Z' });
    expect(startStatus(false)).toEqual({
      state: 'memory',
      message: 'this browser keeps no storage for Parley',
    });
  });
});

describe('tabMessageAction', () => {
  const here = { tab: 'tab-a', id: 'ws-1', revision: 4 };
  const saved = (over: object) => ({
    type: 'saved' as const,
    workspace: 'ws-1',
    revision: 5,
    tab: 'tab-b',
    ...over,
  });
  it('loads a newer revision of this workspace written by another tab', () => {
    expect(tabMessageAction(saved({}), here)).toBe('load');
  });
  it('ignores its own messages, other workspaces, revisions already shown, and junk', () => {
    expect(tabMessageAction(saved({ tab: 'tab-a' }), here)).toBe('ignore');
    expect(tabMessageAction(saved({ workspace: 'ws-2' }), here)).toBe('ignore');
    expect(tabMessageAction(saved({ revision: 4 }), here)).toBe('ignore');
    expect(tabMessageAction(null, here)).toBe('ignore');
  });
  it('reads the list again when another tab changed it', () => {
    expect(tabMessageAction({ type: 'listChanged', tab: 'tab-b' }, here)).toBe('listChanged');
    expect(tabMessageAction({ type: 'listChanged', tab: 'tab-a' }, here)).toBe('ignore');
  });
});
