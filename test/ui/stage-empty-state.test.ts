import { describe, expect, it } from 'vitest';
import {
  EMPTY_READ_ONLY_MESSAGE,
  EMPTY_STORY_MESSAGE,
  stageEmptyMessage,
} from '../../src/ui/stage-empty-state';

const counts = (total: number, shown: number) => ({
  total,
  shown,
  reviewing: false,
  readOnly: false,
});

describe('stageEmptyMessage', () => {
  it('tells an empty story how to begin', () => {
    expect(stageEmptyMessage(counts(0, 0))).toBe(EMPTY_STORY_MESSAGE);
    expect(EMPTY_STORY_MESSAGE).toContain('Add entity');
    expect(EMPTY_STORY_MESSAGE).toContain('Add article…');
  });
  it('says when the filters hide every entity, and how to bring them back', () => {
    expect(stageEmptyMessage(counts(84, 0))).toBe(
      'The filters hide all 84 entities. Reset filters, under Filters, shows them again.',
    );
  });
  it('says nothing while the canvas shows something or proposals are reviewed', () => {
    expect(stageEmptyMessage(counts(84, 3))).toBeNull();
    expect(stageEmptyMessage({ ...counts(0, 0), reviewing: true })).toBeNull();
    expect(stageEmptyMessage({ ...counts(84, 0), reviewing: true })).toBeNull();
  });
  it('does not send a person on a read-only link to controls they cannot use', () => {
    const message = stageEmptyMessage({ ...counts(0, 0), readOnly: true });
    expect(message).toBe(EMPTY_READ_ONLY_MESSAGE);
    expect(message).not.toContain('Add entity');
    expect(message).toContain('read-only link');
  });
});
