// Chromium keeps only the last --disable-features it is given, so the browser tests' own list
// (test/chromium-args.ts) repeats Playwright's. When an upgrade of Playwright changes its list,
// this fails and says what to copy, instead of a feature Playwright switches off (PaintHolding,
// MediaRouter…) silently coming back on in every browser test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES } from '../chromium-args';

/** The features the installed playwright-core switches off, read from its bundle. */
function playwrightsList(): string[] {
  const bundle = createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle');
  const source = readFileSync(bundle, 'utf8');
  const block = /disabledFeatures = \[([\s\S]*?)\]\.filter/.exec(source)?.[1];
  if (!block) throw new Error(`no disabledFeatures list in ${bundle}: read it anew by hand`);
  return [...block.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
}

describe('the browser tests’ --disable-features', () => {
  it('repeats every feature the installed Playwright switches off', () => {
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual(playwrightsList().sort());
  });

  it('is given once, so Chromium keeps all of it', () => {
    expect(CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='))).toHaveLength(1);
  });
});
