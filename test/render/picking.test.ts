// When the picking pass (the ids sigma reads under the pointer) is drawn: only for a pointer over
// the graph, soon after the camera stops or at once when the pointer reads it; never while no
// pointer is there. A fake sigma counts the renders; every render without the pass leaves it
// stale, as sigma's own frames do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FadeState } from '../../src/render/fade-programs';
import { deferPicking } from '../../src/render/picking';

class FakeCamera extends EventTarget {
  on(_type: 'updated', listener: () => void) {
    this.addEventListener('updated', listener);
  }
  off(_type: 'updated', listener: () => void) {
    this.removeEventListener('updated', listener);
  }
  move() {
    this.dispatchEvent(new Event('updated'));
  }
}

function setUp(hovered = false) {
  const fade: FadeState = { active: false, picking: false, pickStale: false };
  const camera = new FakeCamera();
  let pickRenders = 0;
  /** A frame as sigma draws it: with the picking pass only while `fade.picking`. */
  const frame = () => {
    if (fade.picking) pickRenders += 1;
    else fade.pickStale = true;
  };
  const sigma = { refresh: () => frame(), getCamera: () => camera };
  const container = Object.assign(new EventTarget(), { matches: () => hovered });
  const page = new EventTarget();
  const picking = deferPicking(
    sigma as unknown as Parameters<typeof deferPicking>[0],
    container,
    fade,
    page,
  );
  frame(); // the first frame, drawn without the pass
  const mouse = (target: EventTarget, type: string, buttons = 0) =>
    target.dispatchEvent(Object.assign(new Event(type), { buttons }));
  return { fade, camera, container, page, picking, frame, mouse, picks: () => pickRenders };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the picking pass', () => {
  it('is never drawn while no pointer is over the graph, however the camera moves', () => {
    const t = setUp();
    vi.advanceTimersByTime(1000);
    t.camera.move();
    t.frame();
    vi.advanceTimersByTime(1000);
    t.picking.pickSoon();
    vi.advanceTimersByTime(1000);
    expect(t.picks()).toBe(0);
    expect(t.fade.picking).toBe(false);
  });

  it('is drawn at once when the pointer moves onto the graph, and once only', () => {
    const t = setUp();
    t.mouse(t.container, 'pointerenter');
    t.mouse(t.container, 'mousemove');
    expect(t.picks()).toBe(1);
    t.mouse(t.container, 'mousemove');
    expect(t.picks()).toBe(1);
  });

  it('follows the first frame when the page opens under the pointer', () => {
    const t = setUp(true);
    expect(t.picks()).toBe(0);
    vi.advanceTimersByTime(300);
    expect(t.picks()).toBe(1);
  });

  it('waits for the camera to stop while the pointer is over the graph', () => {
    const t = setUp();
    t.mouse(t.container, 'mousemove');
    t.camera.move();
    t.frame();
    vi.advanceTimersByTime(60);
    t.camera.move();
    t.frame();
    vi.advanceTimersByTime(60);
    expect(t.picks()).toBe(1);
    vi.advanceTimersByTime(60);
    expect(t.picks()).toBe(2);
  });

  it('is not drawn during a drag, and is at its end', () => {
    const t = setUp();
    t.mouse(t.container, 'mousedown');
    expect(t.picks()).toBe(1);
    t.camera.move();
    t.frame();
    t.mouse(t.container, 'mousemove', 1);
    expect(t.picks()).toBe(1);
    t.mouse(t.page, 'mouseup');
    expect(t.picks()).toBe(2);
  });

  it('is not drawn for a press that ended on the page but began elsewhere', () => {
    const t = setUp();
    t.mouse(t.page, 'mouseup');
    expect(t.picks()).toBe(0);
  });

  it('stops being drawn once the pointer leaves the graph', () => {
    const t = setUp();
    t.mouse(t.container, 'mousemove');
    t.mouse(t.container, 'pointerleave');
    t.camera.move();
    t.frame();
    vi.advanceTimersByTime(1000);
    expect(t.picks()).toBe(1);
    expect(t.fade.picking).toBe(false);
  });

  it('listens to nothing once disposed', () => {
    const t = setUp();
    t.picking.dispose();
    t.mouse(t.container, 'mousemove');
    expect(t.picks()).toBe(0);
  });
});
