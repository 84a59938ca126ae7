#!/usr/bin/env node
// `loopscope run FILE.py [OPTIONS] [ARGS...]`: runs a Python 3.11 asyncio program on the wasm
// engine through the package's own API (js/cli/). `loopscope --help` tells the options.
'use strict';

// A `run` needs the engine: its worker boots and its .wasm compiles while the CLI loads and
// reads the program (startup time is most of a short program's run).
let session = null;
if (process.argv[2] === 'run') {
  const { compileEngine, enginePath } = require('../js/engine_path');
  compileEngine(enginePath()).catch(() => {}); // a missing engine is reported by the run
  session = require('../js/index').createSession();
  session.load().catch(() => {}); // likewise
}
const { main } = require('../js/cli/main');

main(process.argv.slice(2), session).then(
  (status) => {
    process.exitCode = status;
  },
  (err) => {
    process.stderr.write(`loopscope: ${(err && err.stack) || err}\n`);
    process.exitCode = 1;
  },
);
