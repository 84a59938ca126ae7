// The worker side of js/index.js: waits for the 'load' message (the engine's path, and its
// .wasm compiled by the parent while this worker booted), loads the engine, then answers the
// session's messages (js/engine_host.js).
'use strict';
const { parentPort } = require('worker_threads');
const { loadEngine } = require('./engine_path');
const { engineServer } = require('./engine_host');

function onLoad(message) {
  if (message.type !== 'load') return;
  parentPort.off('message', onLoad);
  loadEngine(message.enginePath, message.wasmModule).then(
    (engine) => {
      parentPort.on('message', engineServer(engine, (answer) => parentPort.postMessage(answer), { batch: false }));
      parentPort.postMessage({ type: 'ready' });
    },
    (err) => parentPort.postMessage({ type: 'load-error', message: String((err && err.message) || err) }),
  );
}
parentPort.on('message', onLoad);
