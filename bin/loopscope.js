#!/usr/bin/env node
// `loopscope run FILE.py [OPTIONS] [ARGS...]`: runs a Python 3.11 asyncio program on the wasm
// engine through the package's own API (js/cli/). `loopscope --help` tells the options.
'use strict';
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
