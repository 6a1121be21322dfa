// The canvas as a PNG download: what the Export control's "PNG image" does, kept beside the
// renderer so the control itself never talks to sigma.
import type Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';

type ParleySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * What sigma's canvas shows, on white, as a PNG. sigma draws in WebGL without keeping its drawing
 * buffer, so the picture is copied right after a render of its own, in the same task.
 */
export function canvasPng(sigma: ParleySigma): Promise<Blob | null> {
  const stage = sigma.getStageCanvas();
  const copy = document.createElement('canvas');
  copy.width = stage.width;
  copy.height = stage.height;
  const context = copy.getContext('2d');
  if (!context) return Promise.resolve(null);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, copy.width, copy.height);
  const drawn = new Promise<void>((resolve) => {
    const onRender = () => {
      sigma.off('afterRender', onRender);
      context.drawImage(stage, 0, 0);
      resolve();
    };
    sigma.on('afterRender', onRender);
  });
  sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
  return drawn.then(() => new Promise((resolve) => copy.toBlob(resolve, 'image/png')));
}

/** Saves what the canvas shows as `<fileName>.png` on white; false when there is no canvas. */
export function pngExporter(
  getSigma: () => ParleySigma | null,
): (fileName: string) => Promise<boolean> {
  return async (fileName) => {
    const sigma = getSigma();
    const blob = sigma ? await canvasPng(sigma) : null;
    if (!blob) return false;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}.png`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return true;
  };
}
