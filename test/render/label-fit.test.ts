import { describe, expect, it } from 'vitest';
import { fitLabel, labelsBiggestFirst, nameBox } from '../../src/render/label-fit';

// every character 8 px wide, the ellipsis too
const measure = (text: string) => 8 * [...text].length;

describe('a name fitted to the room left at the right edge of the graph', () => {
  it('is left whole when it fits', () => {
    expect(fitLabel('Piet Vogel', 80, measure)).toBe('Piet Vogel');
    expect(fitLabel('Piet Vogel', 1000, measure)).toBe('Piet Vogel');
  });

  it('ends with "…" at the edge, as long as the room allows, with no space before it', () => {
    const fitted = fitLabel('Maximiliane Oberhauser-Lindqvist', 100, measure);
    expect(fitted).toBe('Maximiliane…');
    expect(measure(fitted)).toBeLessThanOrEqual(100);
    expect(fitLabel('Maximiliane Oberhauser-Lindqvist', 104, measure)).toBe('Maximiliane…');
    expect(fitLabel('Association of Southeast Asian Nations', 120, measure)).toBe(
      'Association of…',
    );
  });

  it('keeps a few letters however narrow the room, and short names whole', () => {
    expect(fitLabel('Maximiliane Oberhauser-Lindqvist', 5, measure)).toBe('Max…');
    expect(fitLabel('EU', 5, measure)).toBe('EU');
    expect(fitLabel('NATO', 5, measure)).toBe('NATO');
  });
});

describe('a name that would be written over another', () => {
  const node = { x: 200, y: 100, size: 5 };
  const widths = { right: 80, left: 80 };
  it('goes right of its disc when nothing is written there', () => {
    expect(nameBox(node, widths, 12, [])).toEqual({
      side: 'right',
      box: { left: 208, top: 94, right: 288, bottom: 106 },
    });
    // a name on the line below, or left of the disc, is no obstacle
    const below = { left: 200, top: 107, right: 300, bottom: 119 };
    const before = { left: 100, top: 94, right: 190, bottom: 106 };
    expect(nameBox(node, widths, 12, [below, before])?.side).toBe('right');
  });

  it('goes left of its disc when the right is taken, with its whole name', () => {
    const taken = { left: 250, top: 98, right: 400, bottom: 110 };
    expect(nameBox(node, { right: 50, left: 80 }, 12, [taken])).toEqual({
      side: 'left',
      box: { left: 112, top: 94, right: 192, bottom: 106 },
    });
  });

  it('is left out when both sides are taken, or the left runs off the canvas', () => {
    const right = { left: 250, top: 98, right: 400, bottom: 110 };
    const left = { left: 150, top: 90, right: 180, bottom: 100 };
    expect(nameBox(node, widths, 12, [right, left])).toBeNull();
    expect(nameBox({ x: 40, y: 100, size: 5 }, widths, 12, [{ ...right, left: 40 }])).toBeNull();
  });
});

describe('the names a frame writes, biggest node first', () => {
  const grid = {
    cells: {
      '0': [
        { key: 'small-a', size: 2 },
        { key: 'tiny-a', size: 1 },
      ],
      '1': [
        { key: 'big', size: 20 },
        { key: 'mid', size: 8 },
        { key: 'tiny-b', size: 1 },
      ],
    },
    getLabelsToDisplay: () => [],
  };

  it('takes as many of each cell as sigma 3 would, biggest first over the whole stage', () => {
    // density 1 at ratio 1: one name a cell
    expect(labelsBiggestFirst(grid, 1, 1)).toEqual(['big', 'small-a']);
    // zoomed in twice: four a cell
    expect(labelsBiggestFirst(grid, 0.5, 1)).toEqual(['big', 'mid', 'small-a', 'tiny-a', 'tiny-b']);
  });

  it('orders nodes of the same size by key, so frames agree', () => {
    const even = { cells: { '0': [{ key: 'b', size: 3 }], '1': [{ key: 'a', size: 3 }] } };
    expect(labelsBiggestFirst({ ...even, getLabelsToDisplay: () => [] }, 1, 1)).toEqual(['a', 'b']);
  });
});
