// sigma compiles every program it is given as it mounts (each twice on a layer with a picking
// pass), and adds its own arrow program to the edge programs unless one is given: programs for
// item types the graph may not hold (curves without parallel relations, arrows among thin lines,
// hovered nodes before any hover). Wrapped here, a program is compiled the first time it is given
// an item to draw, so a graph's first frame compiles only what it draws.
import type { RenderParams } from 'sigma/types';

/** What sigma calls on a node or edge program (sigma/rendering's Program and compound programs). */
type ItemProgram = {
  reallocate(capacity: number): void;
  process(...args: unknown[]): void;
  render(params: RenderParams): void;
  kill(): void;
  drawLabel?: unknown;
  drawHover?: unknown;
};
type ProgramClass = new (...args: any[]) => object;

/** `Program`, constructed (its shaders compiled) when it is first given an item to draw. */
export function compiledOnFirstItem<T extends ProgramClass>(Program: T): T {
  const Base = Program as unknown as new (...args: unknown[]) => ItemProgram;
  class LazyProgram implements ItemProgram {
    private program: ItemProgram | null = null;
    private readonly args: unknown[];

    constructor(...args: unknown[]) {
      this.args = args;
    }

    private compiled(): ItemProgram {
      this.program ??= new Base(...this.args);
      return this.program;
    }

    /** sigma reads these only for items of this program's type: it is compiled by then. */
    get drawLabel() {
      return this.program?.drawLabel;
    }

    get drawHover() {
      return this.program?.drawHover;
    }

    reallocate(capacity: number): void {
      if (capacity > 0 || this.program) this.compiled().reallocate(capacity);
    }

    // sigma passes three arguments to a node program, five to an edge program: named, not
    // spread, as this runs for every item each time the graph is indexed
    process(index: unknown, offset: unknown, a: unknown, b?: unknown, c?: unknown): void {
      (this.program ?? this.compiled()).process(index, offset, a, b, c);
    }

    render(params: RenderParams): void {
      this.program?.render(params);
    }

    kill(): void {
      this.program?.kill();
      this.program = null;
    }
  }
  return LazyProgram as unknown as T;
}
