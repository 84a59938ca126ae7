// Where the wasm engine (wasm/engine_bindings.cpp, built as loopscope_engine.js + .wasm) lives,
// and how Node loads it: $LOOPSCOPE_ENGINE if set, else the single-threaded wasm build of this
// checkout or package.
'use strict';
const path = require('path');
const fs = require('fs');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_ENGINE = path.join(ROOT, 'build', 'wasm', 'wasm', 'loopscope_engine.js');

function enginePath() {
  return process.env.LOOPSCOPE_ENGINE ? path.resolve(process.env.LOOPSCOPE_ENGINE) : DEFAULT_ENGINE;
}

// The engine's .wasm compiled, once per file in this thread: compiling runs on V8's background
// threads, so it overlaps whatever this thread does meanwhile (a worker booting).
const compiled = new Map();
function compileEngine(file) {
  if (!compiled.has(file)) {
    const pending = fs.promises.readFile(file.replace(/\.js$/, '.wasm')).then((bytes) => WebAssembly.compile(bytes));
    pending.catch(() => compiled.delete(file));
    compiled.set(file, pending);
  }
  return compiled.get(file);
}

// Loads the module factory in this thread, from `wasmModule` when given (a compiled
// WebAssembly.Module), else from the .wasm beside the script. Emscripten 3.1.6's loader would
// fetch() the .wasm by path, which Node's global fetch rejects (TOOLCHAIN.md): wasm/node_pre.js
// hands it the bytes read with fs instead, and hiding fetch while the factory runs keeps that
// the only path.
async function loadEngine(file = enginePath(), wasmModule = null) {
  const factory = require(file);
  const settings = {};
  let failed = null; // rejects when instantiating the given module fails (the factory would wait on)
  if (wasmModule) {
    settings.wasmBinary = EMPTY; // not read: instantiateWasm takes over (node_pre.js reads none)
    failed = new Promise((resolve, reject) => {
      settings.instantiateWasm = (imports, receiveInstance) => {
        WebAssembly.instantiate(wasmModule, imports).then((instance) => receiveInstance(instance, wasmModule), reject);
        return {}; // the exports come later, through receiveInstance
      };
    });
  }
  const savedFetch = globalThis.fetch;
  try {
    delete globalThis.fetch;
    const pending = factory(settings);
    return await (failed ? Promise.race([pending, failed]) : pending);
  } finally {
    if (savedFetch !== undefined) globalThis.fetch = savedFetch;
  }
}
const EMPTY = new Uint8Array(0);

module.exports = { enginePath, loadEngine, compileEngine, DEFAULT_ENGINE };
