// The worker side of js/index.js: loads the engine once, then runs one program per 'run'
// message, streaming its output (and, when asked, its events) to the parent as they happen.
// Messages to the parent: ready | load-error | output | event | done | crash.
'use strict';
const { parentPort, workerData } = require('worker_threads');
const { loadEngine } = require('./engine_path');

let engine = null;

function runOne({ id, source, options }) {
  const post = (message) => parentPort.postMessage({ id, ...message });
  try {
    const resultJson = engine.run(
      source,
      JSON.stringify(options),
      (text, isStderr) => post({ type: 'output', text, isStderr }),
      (eventJson) => post({ type: 'event', eventJson }),
    );
    post({ type: 'done', resultJson, memoryBytes: engine.memoryBytes() });
  } catch (err) {
    // An abort inside the module (out of memory, a runtime bug) leaves it unusable: the parent
    // ends this worker and starts a new one for the next run.
    post({ type: 'crash', message: String((err && err.message) || err) });
  }
}

loadEngine(workerData.enginePath).then(
  (loaded) => {
    engine = loaded;
    parentPort.on('message', (message) => {
      if (message.type === 'run') runOne(message);
    });
    parentPort.postMessage({ type: 'ready' });
  },
  (err) => parentPort.postMessage({ type: 'load-error', message: String((err && err.message) || err) }),
);
