// zod's global settings, applied before any schema is built: main.ts imports this module first.
// jitless: zod 4 otherwise compiles object parsers with `new Function` (and probes for it when the
// first schema is built), which the page's Content-Security-Policy (script-src 'self', no
// 'unsafe-eval') refuses and reports as a violation. The interpreted parsers give the same results.
import { z } from 'zod';

z.config({ jitless: true });
