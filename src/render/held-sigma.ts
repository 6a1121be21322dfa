// A sigma that draws nothing until it is opened. sigma draws a frame as it is constructed, at its
// default camera, and the opening camera, set just after, draws the graph again: in software
// WebGL a frame of a big graph costs as much as indexing it. This one indexes the graph when it
// is constructed (the display data and the opening camera's fit read it) and draws its first
// frame when opened: one raster, at the opening camera.
// Its label grid gives the names of a frame biggest node first (label-fit.ts's labelsBiggestFirst).
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { type LabelGrid, labelsBiggestFirst } from './label-fit';

type ParleySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
type ParleySettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** What the held render uses of sigma 3's internals: its render, its indexing and their flags. */
type Internals = {
  needToProcess: boolean;
  renderFrame: number | null;
  width: number;
  height: number;
  labelGrid: LabelGrid;
  process(): unknown;
  render(): unknown;
};

const SigmaWithInternals = Sigma as unknown as new (
  graph: ParleyGraph,
  container: HTMLElement,
  settings: Partial<ParleySettings>,
) => Internals;

class HeldSigma extends SigmaWithInternals {
  /** Set once sigma's constructor has run (class fields are): undefined, so held, inside it. */
  opened = false;
  /** The container's size when the graph was last indexed: the label grid is laid out for it.
   * Declared, not initialised: a field's initialiser would run after the constructor indexed. */
  declare indexedAt?: string;

  override process(): unknown {
    this.indexedAt = `${this.width}×${this.height}`;
    const processed = super.process();
    // sigma makes a new grid each time it indexes
    const grid = this.labelGrid;
    grid.getLabelsToDisplay = (ratio, density) => labelsBiggestFirst(grid, ratio, density);
    return processed;
  }

  /** Whether the container has another size than the one the graph was indexed at. */
  resizedSinceIndexed(): boolean {
    return this.indexedAt !== `${this.width}×${this.height}`;
  }

  override render(): unknown {
    if (this.opened) return super.render();
    // a render asked for before the first frame: the graph is indexed, nothing is drawn
    if (this.renderFrame !== null) cancelAnimationFrame(this.renderFrame);
    this.renderFrame = null;
    if (this.needToProcess) this.process();
    this.needToProcess = false;
    return this;
  }
}

/**
 * A sigma over `graph` whose display data are ready (positions normalised, label grid built)
 * and whose canvases stay empty until `open()` draws the first frame.
 */
export function createHeldSigma(
  graph: ParleyGraph,
  container: HTMLElement,
  settings: Partial<ParleySettings>,
): { sigma: ParleySigma; open(): void } {
  const held = new HeldSigma(graph, container, settings);
  return {
    sigma: held as unknown as ParleySigma,
    open() {
      if (held.opened) return;
      held.opened = true;
      // the panels mounted with the graph changed its container's size since the constructor
      // indexed it: sigma lays out its label grid (which labels show, which collide) as it
      // indexes, so it indexes again, or the first frame's labels would overlap
      if (held.resizedSinceIndexed()) held.needToProcess = true;
      held.render();
    },
  };
}
