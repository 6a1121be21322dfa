// How Parley's command-line tools run: each is a function of its arguments and two output
// streams that returns its exit code, so the tests run it in-process (no child process, no tsx
// start-up per case) and `npm run …` runs the very same function as a program.
import { realpathSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

export type CliStreams = { stdout: Writable; stderr: Writable };
export type CliCommand = (args: string[], streams: CliStreams) => Promise<number>;

/** Thrown by `fail`: the tool stops, says why on stderr and exits with 1. */
class CliFailure extends Error {}

/** Stops the tool with a message, printed as `tool: message`, and the exit code 1. */
export function fail(message: string): never {
  throw new CliFailure(message);
}

/** Writes one line of text to a stream. */
export function writeLine(stream: Writable, text: string): void {
  stream.write(`${text}\n`);
}

/** Runs a tool: its exit code, or 1 with `name: message` on stderr when it failed. */
export async function runCommand(
  name: string,
  command: CliCommand,
  args: string[],
  streams: CliStreams,
): Promise<number> {
  try {
    return await command(args, streams);
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    writeLine(streams.stderr, `${name}: ${error.message}`);
    return 1;
  }
}

/** The file node was started with, resolved as module URLs are (symlinks followed). */
function entryUrl(): string | null {
  const entry = process.argv[1];
  if (!entry) return null;
  try {
    return pathToFileURL(realpathSync(entry)).href;
  } catch {
    return null;
  }
}

/** Runs the tool when its module is the program node was started with (not when imported). */
export function runIfMain(moduleUrl: string, name: string, command: CliCommand): void {
  if (entryUrl() !== moduleUrl) return;
  const streams = { stdout: process.stdout, stderr: process.stderr };
  runCommand(name, command, process.argv.slice(2), streams).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
