// --pre-js of the wasm modules; runs inside the module factory, before the loader starts.

// In Node, hand the loader the .wasm bytes: Emscripten 3.1.6 would fetch() a file path, which
// Node 20's global fetch rejects (TOOLCHAIN.md). pthread workers get the compiled module from
// the main thread instead, so they skip this.
if (typeof process == 'object' && typeof process.versions == 'object' &&
    typeof process.versions.node == 'string' && !Module['wasmBinary'] &&
    !Module['ENVIRONMENT_IS_PTHREAD']) {
  Module['wasmBinary'] = require('fs').readFileSync(__filename.replace(/\.js$/, '.wasm'));
}

// Ends the pthread workers (pthreads build) so that a Node process can exit once it is done
// with the module. No-op in the single-threaded build.
Module['terminateThreads'] = function() {
  if (typeof PThread != 'undefined') PThread.terminateAllThreads();
};
