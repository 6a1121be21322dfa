// Browser tests: Playwright drives Debian's Chromium (/usr/bin/chromium) against the built app
// served by `vite preview`. Software WebGL (SwiftShader) renders sigma's canvas.
import { statfsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './test/chromium-args';

// PARLEY_PORT / PARLEY_DIST let two people (or two jobs) run the browser tests side by side
// against separate builds (`vite build --outDir dist-mine`); the defaults are what npm test uses.
/** Whether /dev/shm has at least 1 GiB free (Chromium's shared memory can stay there). */
function roomyDevShm(): boolean {
  try {
    const fs = statfsSync('/dev/shm');
    return fs.bavail * fs.bsize >= 2 ** 30;
  } catch {
    return false;
  }
}

const port = Number(process.env.PARLEY_PORT ?? 4173);
const dist = process.env.PARLEY_DIST ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: `test-results/artifacts-${port}`,
  fullyParallel: true,
  workers: 2,
  // No retries, in CI either: a test that passes only on its second try is a bug to fix, not hide.
  retries: 0,
  // Generous limits, not waits: a passing test takes no longer for them, and on a machine whose
  // two cores are shared (software WebGL is CPU work) opening the explorer has taken 15 s, the
  // three axe checks 84 s and a ForceAtlas2 layout of 1,500 nodes 100 s.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      // Playwright moves Chromium's shared memory out of /dev/shm, which containers often keep
      // at 64 MB; where /dev/shm is roomy it stays there (three spec files ran 105–110 s against
      // 113–128 s without; the whole suite's runs differ by less than their noise)
      ...(roomyDevShm() ? { ignoreDefaultArgs: ['--disable-dev-shm-usage'] } : {}),
    },
    // No trace unless asked for (PARLEY_TRACE=1, or `--trace on`): recording one snapshots the
    // DOM at every step of every test, and in CI nobody can open it. When asked for, the DOM
    // snapshots explain a failure; screencast frames would read the SwiftShader canvas back at
    // every step.
    trace: process.env.PARLEY_TRACE
      ? { mode: 'retain-on-failure', screenshots: false, snapshots: true }
      : 'off',
  },
  projects: [
    // The desktop tests run as a person who asked their system for reduced motion: the camera
    // jumps to a selection instead of gliding there for 450 ms, one frame drawn instead of about
    // thirty (each a software-WebGL render and read-back). The phone tests keep the glide, so
    // both ways are driven in a real browser.
    {
      name: 'desktop',
      use: { viewport: { width: 1400, height: 900 }, contextOptions: { reducedMotion: 'reduce' } },
      testIgnore: /phone/,
    },
    {
      name: 'phone',
      use: {
        ...devices['Pixel 5'],
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
      },
      testMatch: /phone/,
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
