// The canvas as a PNG download: what the Export control's "PNG image" does, kept beside the
// renderer so the control itself never talks to sigma.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';

/** Saves what the canvas shows as `<fileName>.png` on white; false when there is no canvas. */
export function pngExporter(getSigma: () => Sigma | null): (fileName: string) => Promise<boolean> {
  return async (fileName) => {
    const sigma = getSigma();
    if (!sigma) return false;
    await downloadAsPNG(sigma, { fileName, backgroundColor: '#ffffff' });
    return true;
  };
}
