import { describe, expect, it } from 'vitest';
import { legendOpenAtStart } from '../../src/ui/legend';

describe('legendOpenAtStart', () => {
  it('opens on a tall screen and stays closed on a laptop or phone screen', () => {
    expect(legendOpenAtStart(null, 1080)).toBe(true);
    expect(legendOpenAtStart(null, 900)).toBe(true);
    expect(legendOpenAtStart(null, 800)).toBe(false);
    expect(legendOpenAtStart(null, 667)).toBe(false);
  });
  it('follows the choice this browser kept over the screen height', () => {
    expect(legendOpenAtStart(true, 700)).toBe(true);
    expect(legendOpenAtStart(false, 1200)).toBe(false);
  });
});
