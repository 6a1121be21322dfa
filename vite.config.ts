// Vite serves and builds the explorer; vitest runs the unit tests (the browser tests live in test/e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173, strictPort: true },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Worker threads that keep their modules between test files: on a 2-core machine a fresh
    // process and module graph per file (the default) took two thirds of the time, importing zod
    // schemas, graphology and the NLP model again for each file. The tests share no global state
    // (fake IndexedDB is used by one file only), and each file builds its own graphs and stores.
    pool: 'threads',
    isolate: false,
    // A limit, not a wait: a test that starts tsx in a child process (the CLI tests) can take
    // more than the default 5 s on a loaded machine, and failing then would be a flake.
    testTimeout: 60_000,
  },
});
