import { describe, expect, it } from 'vitest';
import { EMPTY_STORY_MESSAGE, stageEmptyMessage } from '../../src/ui/stage-empty-state';

describe('stageEmptyMessage', () => {
  it('tells an empty story how to begin', () => {
    expect(stageEmptyMessage(0, 0, false)).toBe(EMPTY_STORY_MESSAGE);
    expect(EMPTY_STORY_MESSAGE).toContain('Add entity');
    expect(EMPTY_STORY_MESSAGE).toContain('Add article…');
  });
  it('says when the filters hide every entity, and how to bring them back', () => {
    expect(stageEmptyMessage(84, 0, false)).toBe(
      'The filters hide all 84 entities. Reset filters, under Filters, shows them again.',
    );
  });
  it('says nothing while the canvas shows something or proposals are reviewed', () => {
    expect(stageEmptyMessage(84, 3, false)).toBeNull();
    expect(stageEmptyMessage(0, 0, true)).toBeNull();
    expect(stageEmptyMessage(84, 0, true)).toBeNull();
  });
});
