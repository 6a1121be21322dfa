import { describe, expect, it } from 'vitest';
import { freeArea, revealMove, roomForNames } from '../../src/render/review-camera';

describe('the part of the stage the review panel leaves free', () => {
  const stage = { left: 0, top: 132, right: 644, bottom: 542 };
  it('is the strip beside a panel floating over most of a narrow stage', () => {
    // a 1024 px window: the panel covers the stage from x 212 to 632
    const panel = { left: 212, top: 145, right: 632, bottom: 532 };
    expect(freeArea(stage, panel)).toEqual({ left: 0, top: 0, right: 212, bottom: 410 });
  });
  it('is the strip left of a panel docked on the right', () => {
    const panel = { left: 420, top: 132, right: 644, bottom: 542 };
    expect(freeArea(stage, panel)).toEqual({ left: 0, top: 0, right: 420, bottom: 410 });
  });
  it('is the strip above a bottom sheet (phone)', () => {
    const panel = { left: 0, top: 400, right: 644, bottom: 542 };
    expect(freeArea(stage, panel)).toEqual({ left: 0, top: 0, right: 644, bottom: 268 });
  });
  it('is the whole stage when the panel is elsewhere, hidden, or covers all of it', () => {
    const whole = { left: 0, top: 0, right: 644, bottom: 410 };
    expect(freeArea(stage, null)).toEqual(whole);
    expect(freeArea(stage, { left: 700, top: 132, right: 1000, bottom: 542 })).toEqual(whole);
    expect(freeArea(stage, { left: 300, top: 300, right: 300, bottom: 300 })).toEqual(whole);
    expect(freeArea(stage, { left: -10, top: 100, right: 700, bottom: 600 })).toEqual(whole);
  });
});

describe('bringing proposals into the free area', () => {
  const area = { left: 0, top: 0, right: 212, bottom: 410 };
  it('does nothing when they are all in it, away from its edges', () => {
    expect(
      revealMove(
        [
          { x: 50, y: 60 },
          { x: 150, y: 300 },
        ],
        area,
      ),
    ).toBeNull();
    expect(revealMove([], area)).toBeNull();
  });
  it('pans, without zooming, to one under the panel', () => {
    expect(revealMove([{ x: 400, y: 200 }], area)).toEqual({
      centre: { x: 400, y: 200 },
      zoomOut: 1,
    });
  });
  it('zooms out just enough for a spread wider than the free area', () => {
    // 490 px wide into 212 − 2 × 24 = 164 px
    const move = revealMove(
      [
        { x: 100, y: 100 },
        { x: 590, y: 200 },
      ],
      area,
    );
    expect(move?.centre).toEqual({ x: 345, y: 150 });
    expect(move?.zoomOut).toBeCloseTo(490 / 164);
  });
  it('counts the margin: a point 10 px from the edge is brought in', () => {
    expect(revealMove([{ x: 10, y: 200 }], area)).toEqual({
      centre: { x: 10, y: 200 },
      zoomOut: 1,
    });
  });
});

describe('room for the names', () => {
  it('keeps room for a short name right of the points', () => {
    expect(roomForNames({ left: 0, top: 0, right: 600, bottom: 400 })).toEqual({
      left: 0,
      top: 0,
      right: 504,
      bottom: 400,
    });
  });
  it('never takes more than two fifths of a narrow strip', () => {
    expect(roomForNames({ left: 10, top: 0, right: 110, bottom: 400 }).right).toBe(70);
  });
});
