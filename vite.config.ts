// Vite serves and builds the explorer; vitest runs the unit tests (the browser tests live in test/e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173, strictPort: true },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
