// Loopscope's JS API in Node: run a Python 3.11 asyncio program on the wasm engine, off the main
// thread (a worker_threads Worker), and get CPython's stdout, stderr and exit status with the
// run's events. Limits and aborts end the worker, never the host process.
'use strict';
const path = require('path');
const fs = require('fs');
const { Worker } = require('worker_threads');
const { enginePath, loadEngine } = require('./engine_path');

const WORKER_FILE = path.join(__dirname, 'worker.js');
const STOPPED_STATUS = 124; // as the CLI and timeout(1)
// The interpreter's recursion guard watches wasm's own stack (16 MiB), but wasm frames also
// take room on the thread's machine stack, where Node gives a worker 4 MiB: deep recursion
// through native code (repr, hash of nested tuples) would end the worker with "Maximum call
// stack size exceeded" before the guard raised RecursionError. 64 MiB was measured enough
// (tests/cli/test_runaway.py); 256 leaves a margin, as the native CLI's thread does. A stack's
// untouched pages cost nothing.
const WORKER_STACK_MB = 256;
const LONGEST_TIMER_MS = 2 ** 31 - 1; // setTimeout fires at once beyond this: a longer limit is none

function checkOptions(options) {
  if (options.clock !== undefined && options.clock !== 'virtual' && options.clock !== 'real') {
    throw new TypeError(`loopscope: options.clock must be 'virtual' or 'real', not ${JSON.stringify(options.clock)}`);
  }
  if (options.cpus !== undefined && !(Number.isInteger(options.cpus) && options.cpus >= 1 && options.cpus <= 1024)) {
    throw new TypeError(`loopscope: options.cpus must be a whole number from 1 to 1024, not ${JSON.stringify(options.cpus)}`);
  }
  if (options.stdin !== undefined && typeof options.stdin !== 'string') {
    throw new TypeError('loopscope: options.stdin must be a string');
  }
  if (options.argv !== undefined && !(Array.isArray(options.argv) && options.argv.every((a) => typeof a === 'string'))) {
    throw new TypeError('loopscope: options.argv must be an array of strings');
  }
  const limits = options.limits || {};
  for (const name of ['steps', 'wallTimeMs', 'memoryMb']) {
    const v = limits[name];
    if (v !== undefined && v !== null && !(typeof v === 'number' && v > 0)) {
      throw new TypeError(`loopscope: options.limits.${name} must be a positive number`);
    }
  }
}

// What the engine reads (wasm/engine_bindings.cpp, run()).
function engineOptions(options) {
  const limits = options.limits || {};
  return {
    filename: options.filename || 'main.py',
    stdin: options.stdin || '',
    argv: options.argv || [],
    argv0: options.argv0 || '',
    clock: options.clock || 'virtual',
    epochStart: typeof options.epochStart === 'number' ? options.epochStart : -1,
    cpus: options.cpus || 4,
    maxSteps: limits.steps || 0,
    memoryBytes: limits.memoryMb ? limits.memoryMb * 1024 * 1024 : 0,
    streamEvents: typeof options.onEvent === 'function',
  };
}

class Session {
  constructor({ engine = enginePath() } = {}) {
    this._engine = engine;
    this._worker = null;
    this._ready = null; // Promise of a loaded worker
    this._queue = Promise.resolve();
    this._closed = false;
    this._current = null; // the run in progress: its message handler
    this.memoryBytes = 0; // the worker's wasm memory after the last run
    this.runs = 0;
  }

  // Runs programs one after another on this session's worker.
  run(source, options = {}) {
    if (this._closed) return Promise.reject(new Error('loopscope: the session is closed'));
    if (typeof source !== 'string') return Promise.reject(new TypeError('loopscope: source must be a string'));
    try {
      checkOptions(options);
    } catch (err) {
      return Promise.reject(err);
    }
    const result = this._queue.then(() => this._runNow(source, options));
    this._queue = result.catch(() => {});
    return result;
  }

  async close() {
    this._closed = true;
    await this._queue;
    this._endWorker();
  }

  _startWorker() {
    if (this._ready) return this._ready;
    if (!fs.existsSync(this._engine)) {
      return Promise.reject(new Error(`loopscope: the wasm engine is not built (${this._engine}); run \`npm run build\``));
    }
    const worker = new Worker(WORKER_FILE, { workerData: { enginePath: this._engine }, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
    this._worker = worker;
    this._ready = new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (this._current && message.id !== undefined) return this._current(message);
        if (message.type === 'ready') resolve(worker);
        if (message.type === 'load-error') reject(new Error(`loopscope: the engine failed to load: ${message.message}`));
      };
      worker.on('message', onMessage);
      worker.on('error', (err) => {
        if (this._current) this._current({ type: 'crash', message: String(err && err.message) });
        reject(err);
      });
      worker.on('exit', () => {
        if (this._worker === worker) {
          if (this._current) this._current({ type: 'crash', message: 'the engine worker exited' });
          this._worker = null;
          this._ready = null;
        }
      });
    });
    this._ready.catch(() => this._endWorker());
    return this._ready;
  }

  _endWorker() {
    const worker = this._worker;
    this._worker = null;
    this._ready = null;
    if (worker) worker.terminate();
  }

  async _runNow(source, options) {
    const worker = await this._startWorker();
    worker.ref();
    const { onStdout, onStderr, onEvent, signal } = options;
    const wallTimeMs = options.limits && options.limits.wallTimeMs;
    let stdout = '';
    let stderr = '';
    const streamed = [];
    const id = ++this.runs;
    const callback = (fn, value) => {
      try {
        fn(value);
      } catch (err) {
        process.nextTick(() => { throw err; }); // a user callback's error is theirs, not the run's
      }
    };
    return new Promise((resolve, reject) => {
      let timer = null;
      const finish = () => {
        this._current = null;
        if (timer) clearTimeout(timer);
        if (signal) signal.removeEventListener('abort', onAbort);
        if (this._worker) this._worker.unref();
      };
      // The run is ended from outside: end the worker, keep what it reported so far.
      const stop = (reason, message) => {
        finish();
        this._endWorker();
        stderr += `loopscope: stopped: ${message}\n`;
        if (onStderr) callback(onStderr, `loopscope: stopped: ${message}\n`);
        resolve({ stdout, stderr, exitCode: STOPPED_STATUS, clock: options.clock || 'virtual', virtualTimeMs: null,
                  stopped: true, stopReason: reason, events: streamed });
      };
      const onAbort = () => stop('aborted', 'the run was aborted');
      this._current = (message) => {
        if (message.id !== id) return;
        if (message.type === 'output') {
          if (message.isStderr) {
            stderr += message.text;
            if (onStderr) callback(onStderr, message.text);
          } else {
            stdout += message.text;
            if (onStdout) callback(onStdout, message.text);
          }
        } else if (message.type === 'event') {
          for (const event of JSON.parse(message.eventJson)) {
            streamed.push(event);
            callback(onEvent, event);
          }
        } else if (message.type === 'done') {
          finish();
          this.memoryBytes = message.memoryBytes;
          const result = JSON.parse(message.resultJson);
          if (result.events === null) result.events = streamed;
          // Wasm memory never shrinks: the next run gets a fresh worker under the limit.
          if (result.stopReason === 'memory') this._endWorker();
          resolve({ stdout, stderr, ...result });
        } else if (message.type === 'crash') {
          if (/memory|OOM/i.test(message.message)) return stop('memory', 'the memory limit was reached');
          finish();
          this._endWorker();
          reject(new Error(`loopscope: the engine crashed: ${message.message}`));
        }
      };
      if (signal) {
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
      }
      if (wallTimeMs && wallTimeMs <= LONGEST_TIMER_MS) timer = setTimeout(() => stop('wallTime', `the wall-time limit (${wallTimeMs} ms) was reached`), wallTimeMs);
      worker.postMessage({ type: 'run', id, source, options: engineOptions(options) });
    });
  }
}

function createSession(options) {
  return new Session(options);
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
// this thread: drawing is pure, it runs no program.
let viewEngine = null;
function views() {
  if (!viewEngine) viewEngine = loadEngine();
  return viewEngine;
}

async function toChromeTrace(events, { processName = 'loopscope' } = {}) {
  return (await views()).chromeTrace(events, processName);
}

async function toTextTimeline(events, { clock = '', width = 100 } = {}) {
  const clockName = clock ? `${clock} clock` : '';
  return (await views()).textTimeline(events, clockName, width);
}

module.exports = { run, createSession, toChromeTrace, toTextTimeline, STOPPED_STATUS };
