// Selecting a passage by keyboard in the article viewer, the pure part: which key does what, and
// which sentences a sentence move selects. (The selection itself is checked in the browser.)
import { describe, expect, it } from 'vitest';
import { keyMove, nextSpan } from '../../src/ui/article-keys';

const key = (k: string, mods: { shift?: boolean; alt?: boolean; ctrl?: boolean } = {}) => ({
  key: k,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
});

describe('keyMove', () => {
  it('reads the arrows as sentence moves, and Shift with left and right as word moves', () => {
    expect(keyMove(key('ArrowDown'))).toEqual({ type: 'sentence', step: 1, extend: false });
    expect(keyMove(key('ArrowUp', { shift: true }))).toEqual({
      type: 'sentence',
      step: -1,
      extend: true,
    });
    expect(keyMove(key('ArrowLeft', { shift: true }))).toEqual({
      type: 'word',
      edge: 'end',
      direction: 'backward',
    });
    expect(keyMove(key('ArrowRight', { shift: true, alt: true }))).toEqual({
      type: 'word',
      edge: 'start',
      direction: 'forward',
    });
  });

  it('leaves every other key to the page: Tab, Escape, plain left and right, Ctrl shortcuts', () => {
    for (const k of [
      key('Tab'),
      key('Escape'),
      key('ArrowLeft'),
      key('ArrowRight'),
      key('ArrowDown', { ctrl: true }),
      key('ArrowDown', { alt: true }),
      key('a', { shift: true }),
    ])
      expect(keyMove(k)).toBeNull();
  });
});

describe('nextSpan', () => {
  const down = { step: 1, extend: false } as const;
  const up = { step: -1, extend: false } as const;
  const stretch = { step: 1, extend: true } as const;

  it('starts at the marked sentence, or at the first going down and the last going up', () => {
    expect(nextSpan(null, down, 5, 2)).toEqual({ anchor: 2, focus: 2 });
    expect(nextSpan(null, down, 5, -1)).toEqual({ anchor: 0, focus: 0 });
    expect(nextSpan(null, up, 5, -1)).toEqual({ anchor: 4, focus: 4 });
  });

  it('moves a sentence at a time and stops at either end', () => {
    expect(nextSpan({ anchor: 1, focus: 1 }, down, 3, -1)).toEqual({ anchor: 2, focus: 2 });
    expect(nextSpan({ anchor: 2, focus: 2 }, down, 3, -1)).toEqual({ anchor: 2, focus: 2 });
    expect(nextSpan({ anchor: 0, focus: 0 }, up, 3, -1)).toEqual({ anchor: 0, focus: 0 });
  });

  it('with Shift, stretches from where the selection started, and a plain move starts afresh', () => {
    const two = nextSpan({ anchor: 1, focus: 1 }, stretch, 5, -1);
    expect(two).toEqual({ anchor: 1, focus: 2 });
    expect(nextSpan(two, { step: -1, extend: true }, 5, -1)).toEqual({ anchor: 1, focus: 1 });
    expect(nextSpan(two, down, 5, -1)).toEqual({ anchor: 3, focus: 3 });
  });

  it('selects nothing in an article without sentences', () => {
    expect(nextSpan(null, down, 0, -1)).toBeNull();
  });
});
