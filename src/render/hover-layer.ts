// sigma clears the WebGL layer of hovered nodes on every frame, twice, though it is empty but for
// the moment a node is hovered or highlighted there. Without a GPU the browser reads each WebGL
// canvas that changed back from the software rasteriser to composite it, every frame: this one
// too, for nothing. Here the layer is cleared only when something was drawn on it since the last
// clear, and stays out of the page (display: none) while it is empty, so an empty layer costs
// nothing, on the first frame and every frame after.

type GL = WebGLRenderingContext | WebGL2RenderingContext;
type DrawCall = 'drawArrays' | 'drawElements' | 'drawArraysInstanced' | 'drawElementsInstanced';
const DRAW_CALLS: readonly DrawCall[] = [
  'drawArrays',
  'drawElements',
  'drawArraysInstanced',
  'drawElementsInstanced',
];

/**
 * `gl.clear` does nothing while nothing was drawn on `gl` since the last clear that did;
 * `holds(true)` on the first drawing after such a clear, `holds(false)` on the clear.
 */
export function clearOnlyWhenDrawn(gl: GL, holds: (drawn: boolean) => void = () => {}): void {
  let drawn = false;
  const clear = gl.clear.bind(gl);
  gl.clear = (mask: number) => {
    if (!drawn) return;
    drawn = false;
    clear(mask);
    holds(false);
  };
  const calls = gl as unknown as Record<DrawCall, ((...args: unknown[]) => void) | undefined>;
  for (const name of DRAW_CALLS) {
    const draw = calls[name]?.bind(gl);
    if (!draw) continue;
    calls[name] = (...args: unknown[]) => {
      if (!drawn) {
        drawn = true;
        holds(true);
      }
      draw(...args);
    };
  }
}

/** The layer of hovered nodes of `sigma`: in the page, and cleared, only while it holds a node. */
export function quietHoverLayer(sigma: object): void {
  const { webGLContexts } = sigma as unknown as { webGLContexts: Record<string, GL | undefined> };
  const gl = webGLContexts.hoverNodes;
  if (!gl) return;
  const canvas = gl.canvas as HTMLCanvasElement;
  // display, not visibility: the highlight overlay hides and shows the layer by its visibility
  canvas.style.display = 'none';
  clearOnlyWhenDrawn(gl, (drawn) => {
    canvas.style.display = drawn ? '' : 'none';
  });
}
