// `npx tsx test/bench/trace-frame.ts [--size=10000] [--runs=1] [--site=DIR] [--out=FILE]`: where the
// bench's Parley page spends its first frame. Builds the bench pages (or reuses --site, a folder a
// previous run left), opens the page under a Chrome trace and a CPU profile, and prints the page's
// milestones, the main thread's and the GPU process's busy time between them, and the functions
// that took the most of sigma's mount and first frames. Writes nothing into the repository.
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { BenchWindow, FirstFrame } from '../bench-pages/protocol';
import { buildPages, launchBrowser, PARLEY, servePages, VIEWPORT } from './browser-bench';
import { makeBenchDataset, writeBenchFiles } from './datasets';

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
};
type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
};
type Profile = {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
  'gpu',
  'v8',
  'gpu.angle',
  'disabled-by-default-gpu.service',
];

async function site(size: number): Promise<string> {
  const given = arg('site', '');
  if (given) {
    const exists = await stat(join(given, 'data', `dataset-${size}.json`)).catch(() => null);
    if (exists) return given;
  }
  const dir = given || join(await mkdtemp(join(os.tmpdir(), 'parley-trace-')), 'site');
  await buildPages(dir, { minify: false });
  await mkdir(join(dir, 'data'), { recursive: true });
  await writeBenchFiles(join(dir, 'data'), makeBenchDataset(size));
  process.stderr.write(`trace: pages and data in ${dir} (--site=${dir} reuses them)\n`);
  return dir;
}

/** Thread names by pid:tid, from the trace's metadata events. */
function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? ''));
  }
  return names;
}

/** Busy time (top-level tasks, µs clipped to the window) of each named thread between two instants. */
function busy(events: TraceEvent[], names: Map<string, string>, from: number, to: number) {
  const byThread = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || e.name !== 'ThreadControllerImpl::RunTask') continue;
    const start = Math.max(from, e.ts);
    const end = Math.min(to, e.ts + e.dur);
    if (end <= start) continue;
    const name = names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    byThread.set(name, (byThread.get(name) ?? 0) + (end - start));
  }
  return [...byThread].filter(([, us]) => us > 5000).sort((a, b) => b[1] - a[1]);
}

/** Self and total time per function in the profile between two instants (µs, profile clock). */
function functionsBetween(profile: Profile, from: number, to: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes)
    for (const child of (n as { children?: number[] }).children ?? []) parentOf.set(child, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    const next = profile.timeDeltas[i + 1] ?? 0;
    if (t < from || t > to) continue;
    let id: number | undefined = profile.samples[i];
    const key = (n: ProfileNode) =>
      `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    const leaf = id === undefined ? undefined : byId.get(id);
    if (leaf) self.set(key(leaf), (self.get(key(leaf)) ?? 0) + next);
    const seen = new Set<string>();
    while (id !== undefined) {
      const node = byId.get(id);
      if (!node) break;
      const k = key(node);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + next);
      seen.add(k);
      id = parentOf.get(id);
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self: top(self, 25), total: top(total, 40) };
}

const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;

/** Time per trace event name on the renderer's and the GPU process's main threads in a window. */
function eventsBetween(events: TraceEvent[], names: Map<string, string>, from: number, to: number) {
  const byName = new Map<string, { us: number; count: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || e.ts < from || e.ts > to) continue;
    const thread = names.get(`${e.pid}:${e.tid}`) ?? '';
    if (thread !== 'CrRendererMain' && thread !== 'CrGpuMain') continue;
    if (/RunTask|ExecuteDeferredRequest|GPUTask|^WebGL$|Flush|PutChanged/.test(e.name)) continue;
    const key = `${thread} ${e.name}`;
    const entry = byName.get(key) ?? { us: 0, count: 0 };
    entry.us += e.dur;
    entry.count += 1;
    byName.set(key, entry);
  }
  return [...byName].sort((a, b) => b[1].us - a[1].us).slice(0, 20);
}

/** Opens the page under a trace and a CPU profile; the trace's events, the profile, the milestones. */
async function tracedOpen(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(240_000);
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => '__bench' in window);
  const ready = (await page.evaluate(
    () => (window as unknown as BenchWindow).__bench.ready,
  )) as FirstFrame;
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { ready, events, profile };
}

function report({ ready, events, profile }: Awaited<ReturnType<typeof tracedOpen>>) {
  // navigation start on the trace clock is performance.now()'s 0; the profile's clock is the trace's
  const origin =
    events.find((e) => e.name === 'navigationStart' && e.cat.includes('blink.user_timing'))?.ts ??
    0;
  const marks: Record<string, number> = { ...ready.marks, firstFrame: ready.firstFrame };
  console.log(`\n${ready.nodes} nodes, ${ready.edges} edges`);
  console.log(
    Object.entries(marks)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', '),
  );
  const names = threadNames(events);
  const at = (name: string) => origin + (marks[name] ?? 0) * 1000;
  const windows: [string, number, number][] = [
    ['built → mounted', at('built'), at('mounted')],
    ['mounted → first frame', at('mounted'), at('firstFrame')],
  ];
  for (const [label, from, to] of windows) {
    console.log(`\n${label}: ${ms(to - from)}\n  busy threads:`);
    for (const [thread, us] of busy(events, names, from, to))
      console.log(`    ${ms(us).padStart(8)}  ${thread}`);
    console.log('  trace events (main threads):');
    for (const [name, { us, count }] of eventsBetween(events, names, from, to))
      console.log(`    ${ms(us).padStart(8)}  ${count}× ${name}`);
    const fns = functionsBetween(profile, from, to);
    console.log('  functions, total (top 40):');
    for (const [fn, us] of fns.total) console.log(`    ${ms(us).padStart(8)}  ${fn}`);
    console.log('  functions, self (top 25):');
    for (const [fn, us] of fns.self) console.log(`    ${ms(us).padStart(8)}  ${fn}`);
  }
}

async function main() {
  const size = Number(arg('size', '10000'));
  const dir = await site(size);
  const server = await servePages(dir);
  const browser = await launchBrowser();
  try {
    for (let run = 0; run < Number(arg('runs', '1')); run++) {
      const traced = await tracedOpen(browser, `${server.url}${PARLEY.path}?size=${size}`);
      const out = arg('out', '');
      if (out)
        await writeFile(`${out}.${run}.json`, JSON.stringify({ traceEvents: traced.events }));
      console.log(`\nrun ${run + 1}`);
      report(traced);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
