// Small statistics and formatting helpers for the benchmark tables: medians and percentiles of
// samples, milliseconds and ratios printed the same way everywhere.

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (rank - low);
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export function shareOver(samples: readonly number[], limit: number): number {
  if (samples.length === 0) return Number.NaN;
  return samples.filter((s) => s > limit).length / samples.length;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(value >= 10 ? 0 : 1)}×` : '–';
}

export function percent(value: number): string {
  return Number.isFinite(value) ? `${(100 * value).toFixed(0)}%` : '–';
}

/** A plain-text table: columns padded to their widest cell; the first `textColumns` left-aligned. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  textColumns = 1,
): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => {
        const width = widths[c] ?? 0;
        return c < textColumns ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** This process's CPU time so far in milliseconds (every thread: the collector's helpers too). */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Times one call in milliseconds: wall clock, and the process's CPU time, which other processes
 * on a loaded machine disturb far less (they only delay the call, and the wall clock counts that).
 */
export function time<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const start = performance.now();
  const cpuStart = cpuNow();
  const value = run();
  return { ms: performance.now() - start, cpuMs: cpuNow() - cpuStart, value };
}

/** Asks V8 for a full collection between runs when node runs with --expose-gc; a no-op otherwise. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
