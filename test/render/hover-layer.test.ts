// The hovered nodes' layer is cleared only when something was drawn on it since the last clear.
import { describe, expect, it, vi } from 'vitest';
import { clearOnlyWhenDrawn } from '../../src/render/hover-layer';

function fakeGl() {
  const cleared = vi.fn();
  const gl = {
    COLOR_BUFFER_BIT: 0x4000,
    clear: cleared,
    drawArrays: vi.fn(),
    drawArraysInstanced: vi.fn(),
  };
  return { gl, cleared };
}

describe('clearOnlyWhenDrawn', () => {
  it('leaves a layer nothing was drawn on alone', () => {
    const { gl, cleared } = fakeGl();
    clearOnlyWhenDrawn(gl as unknown as WebGL2RenderingContext);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.clear(gl.COLOR_BUFFER_BIT);
    expect(cleared).not.toHaveBeenCalled();
  });

  it('clears once after each drawing, with the mask it was given', () => {
    const { gl, cleared } = fakeGl();
    clearOnlyWhenDrawn(gl as unknown as WebGL2RenderingContext);
    gl.drawArraysInstanced(4, 0, 3, 2);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.clear(gl.COLOR_BUFFER_BIT);
    expect(cleared).toHaveBeenCalledTimes(1);
    expect(cleared).toHaveBeenCalledWith(0x4000);
    gl.drawArrays(4, 0, 3);
    gl.clear(gl.COLOR_BUFFER_BIT);
    expect(cleared).toHaveBeenCalledTimes(2);
  });

  it('says when the layer starts and stops holding something', () => {
    const { gl } = fakeGl();
    const holds: boolean[] = [];
    clearOnlyWhenDrawn(gl as unknown as WebGL2RenderingContext, (drawn) => holds.push(drawn));
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.drawArrays(4, 0, 3);
    gl.drawArrays(4, 0, 3);
    gl.clear(gl.COLOR_BUFFER_BIT);
    expect(holds).toEqual([true, false]);
  });

  it('still draws what it is asked to', () => {
    const { gl } = fakeGl();
    const draw = gl.drawArrays;
    clearOnlyWhenDrawn(gl as unknown as WebGL2RenderingContext);
    gl.drawArrays(1, 0, 2);
    expect(draw).toHaveBeenCalledWith(1, 0, 2);
  });
});
