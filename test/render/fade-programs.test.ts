// The fade that sigma's programs learn: the shader change, and how each vertex a base program
// writes gets the extra in-focus float (the part that, done wrong, shifts every vertex after it).
import { describe, expect, it } from 'vitest';
import { appendToVertices, rgbOf, withFadeShader } from '../../src/render/fade-programs';

const SHADER = [
  'attribute vec4 a_color;',
  'void main() {',
  '  #ifdef PICKING_MODE',
  '  v_color = a_id;',
  '  #else',
  '  v_color = a_color;',
  '  #endif',
  '  v_color.a *= bias;',
  '}',
].join('\n');

describe('withFadeShader', () => {
  it('declares the attribute and uniforms and fades only outside picking, after the colour', () => {
    const faded = withFadeShader(SHADER);
    expect(faded).toContain('attribute float a_inFocus;');
    expect(faded).toContain('uniform float u_fade;');
    const colour = faded.indexOf('v_color.a *= bias;');
    const fade = faded.indexOf('v_color = u_fadedColor');
    expect(colour).toBeGreaterThan(-1);
    expect(fade).toBeGreaterThan(colour);
    expect(faded.slice(colour, fade)).toContain('#ifndef PICKING_MODE');
  });

  it('refuses a shader it does not know where to fade', () => {
    expect(() => withFadeShader('void main() { gl_Position = vec4(0.0); }')).toThrow(/bias/);
  });
});

describe('appendToVertices', () => {
  it('spreads each vertex of a non-instanced item and appends the value to each', () => {
    // two vertices of three floats each, written packed by the base program at offset 2
    const array = new Float32Array(2 + 2 * 4);
    array.set([1, 2, 3, 4, 5, 6], 2);
    appendToVertices(array, 2, 2, 3, 1);
    expect([...array]).toEqual([0, 0, 1, 2, 3, 1, 4, 5, 6, 1]);
  });

  it('appends after the single record of an instanced item', () => {
    const array = new Float32Array([7, 8, 9, 0]);
    appendToVertices(array, 0, 1, 3, 0);
    expect([...array]).toEqual([7, 8, 9, 0]);
    appendToVertices(array, 0, 1, 3, 1);
    expect([...array]).toEqual([7, 8, 9, 1]);
  });
});

describe('rgbOf', () => {
  it('reads #rrggbb and refuses anything else', () => {
    expect(rgbOf('#ff8000')).toEqual([1, 128 / 255, 0]);
    expect(() => rgbOf('red')).toThrow(/colour/);
  });
});
