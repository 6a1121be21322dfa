import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../src/render/label-fit';

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
