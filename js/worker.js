// The worker side of js/index.js: waits for the 'load' message (the engine's path, and its
// .wasm compiled by the parent while this worker booted), loads the engine, then answers the
// session's messages (js/engine_host.js).
'use strict';
const { parentPort } = require('worker_threads');
const { loadEngine } = require('./engine_path');
const { engineServer } = require('./engine_host');

// Requests sent before the engine is loaded wait here (the 'load' message may come after them).
const early = [];

function beforeLoad(message) {
  if (message.type !== 'load') {
    early.push(message);
    return;
  }
  loadEngine(message.enginePath, message.wasmModule).then(
    (engine) => {
      const serve = engineServer(engine, (answer) => parentPort.postMessage(answer), { batch: false });
      parentPort.off('message', beforeLoad);
      parentPort.on('message', serve);
      parentPort.postMessage({ type: 'ready' });
      for (const request of early.splice(0)) serve(request);
    },
    (err) => parentPort.postMessage({ type: 'load-error', message: String((err && err.message) || err) }),
  );
}
parentPort.on('message', beforeLoad);
