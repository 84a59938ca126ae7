// Loopscope's JS API in Node: run a Python 3.11 asyncio program on the wasm engine, off the main
// thread (a worker_threads Worker), and get CPython's stdout, stderr and exit status with the
// run's events. Limits and aborts end the worker, never the host process. The session logic is
// shared with the browser entry (js/session.js); this file starts Node's workers.
'use strict';
const path = require('path');
const fs = require('fs');
const { Worker } = require('worker_threads');
const { enginePath, loadEngine, compileEngine } = require('./engine_path');
const { Session, STOPPED_STATUS } = require('./session');

const WORKER_FILE = path.join(__dirname, 'worker.js');
// The interpreter's recursion guard watches wasm's own stack (16 MiB), but wasm frames also
// take room on the thread's machine stack, where Node gives a worker 4 MiB: deep recursion
// through native code (repr, hash of nested tuples) would end the worker with "Maximum call
// stack size exceeded" before the guard raised RecursionError. 64 MiB was measured enough
// (tests/cli/test_runaway.py); 256 leaves a margin, as the native CLI's thread does. A stack's
// untouched pages cost nothing.
const WORKER_STACK_MB = 256;
const BUILD = { threads: false, reason: 'Node runs the single-threaded engine.' };

// Starts the engine's workers: each one boots while this thread compiles the .wasm (once per
// file, kept for the sessions after: a new worker then only instantiates it).
function nodeHost(engine) {
  return {
    build: BUILD,
    start(on) {
      if (!fs.existsSync(engine)) {
        throw new Error(`loopscope: the wasm engine is not built (${engine}); run \`npm run build\``);
      }
      const worker = new Worker(WORKER_FILE, { resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
      worker.on('message', on.message);
      worker.on('error', (err) => on.failed(String((err && err.message) || err)));
      worker.on('exit', on.exited);
      compileEngine(engine).then(
        (wasmModule) => worker.postMessage({ type: 'load', enginePath: engine, wasmModule }),
        // The worker reads and compiles the .wasm itself, and says what went wrong.
        () => worker.postMessage({ type: 'load', enginePath: engine, wasmModule: null }),
      );
      return {
        post: (message) => worker.postMessage(message),
        end: () => worker.terminate(),
        hold: (busy) => (busy ? worker.ref() : worker.unref()),
      };
    },
    reportError(err) {
      process.nextTick(() => { throw err; });
    },
  };
}

function createSession({ engine = enginePath() } = {}) {
  return new Session(nodeHost(engine));
}

function engineBuild() {
  return { ...BUILD };
}

// One program on a fresh worker, ended afterwards.
async function run(source, options = {}) {
  const session = createSession();
  try {
    return await session.run(source, options);
  } finally {
    await session.close();
  }
}

// The views of a run's events, drawn by the engine (the same code as the CLI's). Loaded once in
// this thread: drawing is pure, it runs no program. Its module is the sessions' (compiled once).
let viewEngine = null;
function views() {
  if (!viewEngine) {
    const file = enginePath();
    viewEngine = compileEngine(file).then((wasmModule) => loadEngine(file, wasmModule));
    viewEngine.catch(() => { viewEngine = null; });
  }
  return viewEngine;
}

// `session`: draw on that session's engine instead (its worker, after its queued runs).
async function toChromeTrace(events, { processName = 'loopscope', session } = {}) {
  if (session) return session._draw('chromeTrace', events, [processName]);
  return (await views()).chromeTrace(events, processName);
}

async function toTextTimeline(events, { clock = '', width = 100, session } = {}) {
  const clockName = clock ? `${clock} clock` : '';
  if (session) return session._draw('textTimeline', events, [clockName, width]);
  return (await views()).textTimeline(events, clockName, width);
}

module.exports = { run, createSession, engineBuild, toChromeTrace, toTextTimeline, STOPPED_STATUS };
