// The 2D canvases Parley draws over sigma's layers (proposals, a big graph's highlight): each
// frame they take sigma's size at the screen's pixel ratio and start clear.

/** Sizes `canvas` to `width` × `height` CSS pixels at the device pixel ratio, and clears it. */
export function clearOverlayCanvas(
  canvas: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
  { width, height }: { width: number; height: number },
): void {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
}
