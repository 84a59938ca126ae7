// Where the wasm engine (wasm/engine_bindings.cpp, built as loopscope_engine.js + .wasm) lives:
// $LOOPSCOPE_ENGINE if set, else the single-threaded wasm build of this checkout or package.
'use strict';
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_ENGINE = path.join(ROOT, 'build', 'wasm', 'wasm', 'loopscope_engine.js');

function enginePath() {
  return process.env.LOOPSCOPE_ENGINE ? path.resolve(process.env.LOOPSCOPE_ENGINE) : DEFAULT_ENGINE;
}

// Loads the module factory in this thread. Emscripten 3.1.6's loader would fetch() the .wasm
// by path, which Node's global fetch rejects (TOOLCHAIN.md): wasm/node_pre.js hands it the bytes
// read with fs instead, and hiding fetch while the factory runs keeps that the only path.
async function loadEngine(file = enginePath()) {
  const factory = require(file);
  const savedFetch = globalThis.fetch;
  try {
    delete globalThis.fetch;
    const pending = factory();
    return await pending;
  } finally {
    if (savedFetch !== undefined) globalThis.fetch = savedFetch;
  }
}

module.exports = { enginePath, loadEngine, DEFAULT_ENGINE };
