// `npm run serve`: starts the sync server with its store and the built explorer beside it, prints
// its address, and on Ctrl+C or SIGTERM writes every open story to the store before it stops.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readServeArgs } from './serve-args';
import { startSyncServer } from './sync-server';

async function main() {
  const read = readServeArgs(process.argv.slice(2));
  if (!read.ok) {
    console.error(`serve: ${read.message}`);
    process.exit(2);
  }
  const { options } = read;
  const distDir = resolve(options.distDir);
  const server = await startSyncServer({
    port: options.port,
    host: options.host,
    dataDir: resolve(options.dataDir),
    ...(existsSync(distDir) ? { distDir } : {}),
    ...(options.redis ? { redis: options.redis } : {}),
  });
  console.log(`Parley sync server at ${server.url} (stories kept in ${resolve(options.dataDir)})`);
  if (!existsSync(distDir))
    console.log(`No built explorer at ${distDir}: run \`npx vite build\` to serve it here too.`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
