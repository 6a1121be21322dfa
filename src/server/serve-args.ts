// The options of `npm run serve`, read from its command line and checked: a port, the folder the
// stories are kept in, the built explorer to serve, the address to listen on, a Redis to share
// stories with other instances through.
import { z } from 'zod';

export const DEFAULT_SERVE_OPTIONS = {
  port: 4321,
  host: '127.0.0.1',
  dataDir: 'parley-data',
  distDir: 'dist',
  redis: null as { host: string; port: number } | null,
};

export type ServeOptions = typeof DEFAULT_SERVE_OPTIONS;

const Port = z.coerce.number().int().min(1).max(65_535);
const RedisAddress = z
  .string()
  .regex(/^[^:\s]+:\d+$/, 'give it as host:port')
  .transform((text) => {
    const [host = '', port = ''] = text.split(':');
    return { host, port: Number(port) };
  });

export const SERVE_USAGE =
  'usage: npm run serve [-- --port N --data DIR --dist DIR --host ADDRESS --redis HOST:PORT]';

/** The options the arguments ask for, or why they cannot be read. */
export function readServeArgs(
  args: readonly string[],
): { ok: true; options: ServeOptions } | { ok: false; message: string } {
  const options: ServeOptions = { ...DEFAULT_SERVE_OPTIONS };
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i] ?? '';
    const value = args[i + 1];
    if (value === undefined) return { ok: false, message: `${name} needs a value. ${SERVE_USAGE}` };
    if (name === '--port') {
      const port = Port.safeParse(value);
      if (!port.success)
        return { ok: false, message: `--port ${value}: not a port number (1–65535)` };
      options.port = port.data;
    } else if (name === '--data') options.dataDir = value;
    else if (name === '--dist') options.distDir = value;
    else if (name === '--host') options.host = value;
    else if (name === '--redis') {
      const redis = RedisAddress.safeParse(value);
      if (!redis.success) return { ok: false, message: `--redis ${value}: give it as host:port` };
      options.redis = redis.data;
    } else return { ok: false, message: `unknown option ${name}. ${SERVE_USAGE}` };
  }
  return { ok: true, options };
}
