import { describe, expect, it } from 'vitest';
import { WHOLE_IN_VIEW_UP_TO } from '../../src/render/opening-camera';
import { labelThreshold } from '../../src/render/size-settings';

describe('which names the graph shows', () => {
  it('shows every name in a small story, however small its node', () => {
    expect(labelThreshold(0, 0)).toBe(0);
    expect(labelThreshold(WHOLE_IN_VIEW_UP_TO, 60)).toBe(0);
  });
  it('shows the bigger names first past a small story, fewer still in a big graph', () => {
    const larger = labelThreshold(WHOLE_IN_VIEW_UP_TO + 1, 60);
    const big = labelThreshold(20_000, 60_000);
    expect(larger).toBeGreaterThan(0);
    expect(big).toBeGreaterThan(larger);
  });
});
