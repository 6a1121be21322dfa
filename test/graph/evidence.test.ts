// Joining evidence keeps every distinct quote once, whatever whitespace its copies carry.
import { describe, expect, it } from 'vitest';
import { evidenceKey, joinEvidence } from '../../src/graph/evidence';

describe('joinEvidence', () => {
  it('keeps the first list and adds only the quotes it does not hold', () => {
    const kept = [{ source: 'a1', quote: 'Ana called\nBo.' }];
    const added = [
      { source: 'a1', quote: ' Ana  called Bo. ' },
      { source: 'a2', quote: 'Ana called Bo.' },
      { source: 'a1', quote: 'Bo answered.' },
    ];
    expect(joinEvidence(kept, added)).toEqual([
      { source: 'a1', quote: 'Ana called\nBo.' },
      { source: 'a2', quote: 'Ana called Bo.' },
      { source: 'a1', quote: 'Bo answered.' },
    ]);
  });

  it('adds a quote the second list repeats only once', () => {
    const twice = [
      { source: 'a1', quote: 'Talks resumed.' },
      { source: 'a1', quote: 'Talks  resumed.' },
    ];
    expect(joinEvidence([], twice)).toEqual([{ source: 'a1', quote: 'Talks resumed.' }]);
  });

  it('tells sources apart', () => {
    expect(evidenceKey({ source: 'a1', quote: 'x' })).not.toBe(
      evidenceKey({ source: 'a2', quote: 'x' }),
    );
  });
});
