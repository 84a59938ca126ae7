#!/usr/bin/env node
// `loopscope run FILE.py [OPTIONS] [ARGS...]`: runs a Python 3.11 asyncio program on the wasm
// engine through the package's own API (js/cli/). `loopscope --help` tells the options.
'use strict';

// A `run` needs the engine: its .wasm compiles (on V8's background threads) while the CLI
// loads; the run's worker then boots while the program is read (startup time is most of a
// short program's run).
if (process.argv[2] === 'run') {
  const { compileEngine, enginePath } = require('../js/engine_path');
  compileEngine(enginePath()).catch(() => {}); // a missing engine is reported by the run
}
const { main } = require('../js/cli/main');

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (err) => {
    process.stderr.write(`loopscope: ${(err && err.stack) || err}\n`);
    process.exitCode = 1;
  },
);
