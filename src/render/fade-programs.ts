// sigma's node and edge programs, each taught to draw an item in one faded colour while a
// highlight shows, unless the item is in it. Which items are in the highlight is a vertex
// attribute (`a_inFocus`, from the reducers' `inFocus`); whether a highlight shows is a uniform.
// So a hover or a click re-reduces only the items whose state changed (the old and the new
// neighbourhood) and flips one uniform, instead of re-reducing and re-uploading every item or
// drawing the highlight with a second renderer over filtered copies of the first.
import type { RenderParams } from 'sigma/types';

/**
 * Shared by every program of one renderer: whether the faded colours apply now, and whether the
 * picking pass (the hidden drawing of item ids that hover and click read) is drawn: not while
 * the camera moves, when no one points at an item, and each frame costs as much again with it.
 */
export type FadeState = {
  active: boolean;
  picking: boolean;
  /** A frame was drawn without its picking pass: what the pointer reads may be out of date. */
  pickStale: boolean;
};

type DrawnItem = { inFocus?: boolean };
type ProgramInfo = {
  gl: WebGLRenderingContext;
  uniformLocations: Record<string, WebGLUniformLocation>;
};
type Definition = { VERTEX_SHADER_SOURCE: string; UNIFORMS: string[]; ATTRIBUTES: object[] };
/** What the wrapper uses of a sigma program (sigma/rendering's Program and its subclasses). */
type ItemProgram = {
  array: Float32Array;
  normalProgram: ProgramInfo;
  pickProgram: ProgramInfo | null;
  render(params: RenderParams): void;
  hasNothingToRender(): boolean;
  bindProgram(program: ProgramInfo): void;
  renderProgram(params: RenderParams, program: ProgramInfo): void;
  unbindProgram(program: ProgramInfo): void;
  isInstanced: boolean;
  VERTICES: number;
  ATTRIBUTES_ITEMS_COUNT: number;
  getDefinition(): Definition;
  processVisibleItem(...args: unknown[]): void;
  setUniforms(params: RenderParams, info: ProgramInfo): void;
};
type ProgramClass = new (...args: any[]) => object;

/** sigma's vertex shaders all end by setting the colour's alpha: the fade goes right after. */
const COLOR_LINE = 'v_color.a *= bias;';
const FADE_DECLARATIONS = [
  'attribute float a_inFocus;',
  'uniform float u_fade;',
  'uniform vec4 u_fadedColor;',
  '',
].join('\n');
const FADE_LINES = [
  COLOR_LINE,
  '  #ifndef PICKING_MODE',
  '  if (u_fade > 0.5 && a_inFocus < 0.5) v_color = u_fadedColor;',
  '  #endif',
].join('\n');

/** The vertex shader with the fade added; picking (PICKING_MODE) keeps the item's id colour. */
export function withFadeShader(source: string): string {
  if (!source.includes(COLOR_LINE))
    throw new Error(`fade-programs: a vertex shader without "${COLOR_LINE}" cannot be faded`);
  return FADE_DECLARATIONS + source.replace(COLOR_LINE, FADE_LINES);
}

/** "#rrggbb" → [r, g, b] in 0–1. */
export function rgbOf(hex: string): [number, number, number] {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!value) throw new Error(`fade-programs: "${hex}" is not a #rrggbb colour`);
  const n = Number.parseInt(value, 16);
  return [(n >> 16) / 255, ((n >> 8) & 0xff) / 255, (n & 0xff) / 255];
}

/**
 * Moves each vertex a program wrote (`floats` per vertex, packed) to make room for one more
 * float after it, and writes `value` there: the base program writes its own attributes, and
 * `a_inFocus` is the last attribute of every vertex. Backwards, so no vertex overwrites the next.
 */
export function appendToVertices(
  array: Float32Array,
  start: number,
  vertices: number,
  floats: number,
  value: number,
): void {
  for (let v = vertices - 1; v >= 0; v--) {
    const from = start + v * floats;
    const to = start + v * (floats + 1);
    if (to !== from) array.copyWithin(to, from, from + floats);
    array[to + floats] = value;
  }
}

/** `Base`, drawing in `fadedColor` what is not in focus while `fade.active`. */
export function withFade<T extends ProgramClass>(Base: T, fadedColor: string, fade: FadeState): T {
  const [r, g, b] = rgbOf(fadedColor);
  const BaseProgram = Base as unknown as new (...args: unknown[]) => ItemProgram;
  class FadedProgram extends BaseProgram {
    override getDefinition() {
      const definition = super.getDefinition();
      return {
        ...definition,
        VERTEX_SHADER_SOURCE: withFadeShader(definition.VERTEX_SHADER_SOURCE),
        UNIFORMS: [...definition.UNIFORMS, 'u_fade', 'u_fadedColor'],
        ATTRIBUTES: [
          ...definition.ATTRIBUTES,
          { name: 'a_inFocus', size: 1, type: WebGLRenderingContext.FLOAT },
        ],
      };
    }

    override processVisibleItem(...args: unknown[]): void {
      super.processVisibleItem(...args);
      const start = args[1] as number;
      const item = args.at(-1) as DrawnItem;
      // instanced programs hold one record per item, the others one per vertex
      const vertices = this.isInstanced ? 1 : this.VERTICES;
      const floats = this.ATTRIBUTES_ITEMS_COUNT - 1;
      appendToVertices(this.array, start, vertices, floats, item.inFocus ? 1 : 0);
    }

    override render(params: RenderParams): void {
      if (fade.picking || !this.pickProgram) {
        super.render(params);
        return;
      }
      fade.pickStale = true;
      // sigma's Program.render, less the picking pass
      if (this.hasNothingToRender()) return;
      const program = this.normalProgram;
      program.gl.viewport(
        0,
        0,
        params.width * params.pixelRatio,
        params.height * params.pixelRatio,
      );
      this.bindProgram(program);
      this.renderProgram(params, program);
      this.unbindProgram(program);
    }

    override setUniforms(params: RenderParams, info: ProgramInfo): void {
      super.setUniforms(params, info);
      const { gl, uniformLocations } = info;
      const fadeLocation = uniformLocations.u_fade;
      const colorLocation = uniformLocations.u_fadedColor;
      if (fadeLocation) gl.uniform1f(fadeLocation, fade.active ? 1 : 0);
      if (colorLocation) gl.uniform4f(colorLocation, r, g, b, 1);
    }
  }
  return FadedProgram as unknown as T;
}
