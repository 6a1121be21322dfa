// A program wrapped by compiledOnFirstItem is constructed (its shaders compiled) only once it is
// given an item to draw, and then behaves as the program itself.
import type { RenderParams } from 'sigma/types';
import { describe, expect, it } from 'vitest';
import { compiledOnFirstItem } from '../../src/render/lazy-programs';

const built: unknown[][] = [];
const calls: string[] = [];

class FakeProgram {
  drawLabel = 'its own label drawer';
  constructor(...args: unknown[]) {
    built.push(args);
  }
  reallocate(capacity: number) {
    calls.push(`reallocate ${capacity}`);
  }
  process(...args: unknown[]) {
    // a node program is given three arguments, an edge program five
    calls.push(`process ${args.filter((a) => a !== undefined).join(' ')}`);
  }
  render(_params: RenderParams) {
    calls.push('render');
  }
  kill() {
    calls.push('kill');
  }
}

type Lazy = FakeProgram;
const Lazy = compiledOnFirstItem(FakeProgram);
const params = {} as RenderParams;

function fresh(): Lazy {
  built.length = 0;
  calls.length = 0;
  return new Lazy('gl', 'framebuffer', 'renderer');
}

describe('compiledOnFirstItem', () => {
  it('compiles nothing for a type the graph does not hold', () => {
    const program = fresh();
    program.reallocate(0);
    program.render(params);
    program.kill();
    expect(built).toEqual([]);
    expect(calls).toEqual([]);
    expect(program.drawLabel).toBeUndefined();
  });

  it('compiles once, with sigma’s arguments, when given items, and then passes every call on', () => {
    const program = fresh();
    program.reallocate(2);
    program.process(1, 0, 'data');
    program.process(2, 1, 'source', 'target', 'edge');
    program.render(params);
    program.reallocate(0);
    expect(built).toEqual([['gl', 'framebuffer', 'renderer']]);
    expect(calls).toEqual([
      'reallocate 2',
      'process 1 0 data',
      'process 2 1 source target edge',
      'render',
      'reallocate 0',
    ]);
    expect(program.drawLabel).toBe('its own label drawer');
  });

  it('lets go of the compiled program when killed', () => {
    const program = fresh();
    program.reallocate(1);
    program.kill();
    program.render(params);
    expect(calls).toEqual(['reallocate 1', 'kill']);
  });
});
