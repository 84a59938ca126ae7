#!/usr/bin/env node
// `loopscope run FILE.py`: runs a Python scenario on the WebAssembly build of the engine, with
// the CLI contract of DESIGN.md (program stdout on stdout, tracebacks on stderr, CPython's exit
// status). The full npm package (API, --timeline, --trace, --json) comes with issue 6; this is
// the runner the tests and `../shared/tools/check-scenarios` use today.
'use strict';
const path = require('path');
const fs = require('fs');

const engine = path.join(__dirname, '..', 'build', 'wasm', 'loopscope.js');
if (!fs.existsSync(engine)) {
  console.error(`loopscope: the engine is not built yet (${path.relative(process.cwd(), engine)}); run \`npm run build\` first`);
  process.exit(2);
}
// Emscripten 3.1.6's loader tries Node 20's global fetch on a file path and fails
// (TOOLCHAIN.md); without it, it reads the .wasm with fs.
delete globalThis.fetch;
process.argv = [process.argv[0], engine, ...process.argv.slice(2)];
require(engine);
