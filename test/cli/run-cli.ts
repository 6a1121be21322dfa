// Runs Parley's command-line tools for the tests: in-process, with stdout and stderr collected
// (the same function `npm run …` runs), or, to test the program's own start and exit code, as
// a child process started with tsx.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { type CliCommand, runCommand } from '../../src/cli/cli-run';

export type CliResult = { status: number; stdout: string; stderr: string };

/** A stream that keeps what is written to it, and asks writers to wait as a pipe would. */
function collector() {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 1 << 16,
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      setImmediate(done);
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Runs a tool's command in this process, as `npm run <name> -- ...args` would. */
export async function runCli(
  name: string,
  command: CliCommand,
  args: string[],
): Promise<CliResult> {
  const stdout = collector();
  const stderr = collector();
  const status = await runCommand(name, command, args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  for (const { stream } of [stdout, stderr]) {
    stream.end();
    await finished(stream);
  }
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/** Starts the tool as a program (src/cli/<script>) in a child process. */
export function spawnCli(script: string, args: string[]) {
  return spawnSync(join('node_modules', '.bin', 'tsx'), [join('src', 'cli', script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
}
