// `npm run serve`'s command line: the defaults, each option, and a clear refusal of bad ones.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVE_OPTIONS, readServeArgs } from '../../src/server/serve-args';

describe('readServeArgs', () => {
  it('keeps the defaults with no arguments', () => {
    expect(readServeArgs([])).toEqual({ ok: true, options: DEFAULT_SERVE_OPTIONS });
  });

  it('reads the port, the data folder and a Redis address', () => {
    const read = readServeArgs(['--port', '4400', '--data', '/tmp/x', '--redis', 'localhost:6380']);
    expect(read).toMatchObject({
      ok: true,
      options: { port: 4400, dataDir: '/tmp/x', redis: { host: 'localhost', port: 6380 } },
    });
  });

  it.each([
    [['--port', '99999'], /not a port number/],
    [['--port'], /needs a value/],
    [['--redis', 'nohost'], /host:port/],
    [['--prot', '1'], /unknown option --prot/],
  ])('refuses %j, saying why', (args, message) => {
    const read = readServeArgs(args);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });
});

describe('the static files beside the server', () => {
  it('never leaves the folder it serves', async () => {
    const { fileFor } = await import('../../src/server/static-files');
    expect(fileFor('/srv/dist', '/')).toBe('/srv/dist/index.html');
    expect(fileFor('/srv/dist', '/assets/a.js?v=1')).toBe('/srv/dist/assets/a.js');
    expect(fileFor('/srv/dist', '/../secret')).toBeNull();
    expect(fileFor('/srv/dist', '/%2e%2e/secret')).toBeNull();
    expect(fileFor('/srv/dist', '/%E0%A4%A')).toBeNull();
  });
});
