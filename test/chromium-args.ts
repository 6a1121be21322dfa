// The flags Parley's browser tests and benchmarks start Debian's Chromium with: no sandbox (root
// in CI), no network chatter on a closed network, and software WebGL (SwiftShader) on no-GPU machines.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
