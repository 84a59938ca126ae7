// A session: one engine worker that runs programs one after another, for Node (js/index.js,
// worker_threads) and browsers (js/browser/index.mjs, Web Workers) alike. The platform gives a
// `host` that starts a worker speaking js/engine_host.js's messages; everything else is here:
// options, queueing, streaming callbacks, limits, aborts, and what a stopped run resolves to.
//
// Loaded as CommonJS by Node, and by the browser entry as a plain module (no exports there:
// the API lands on globalThis.loopscopeSession); a bundler gives it to that entry either way.
(function (root, define) {
  'use strict';
  const api = define();
  if (typeof module === 'object' && module && module.exports) module.exports = api;
  else root.loopscopeSession = api;
})(globalThis, function () {
  'use strict';

  const STOPPED_STATUS = 124; // as the CLI and timeout(1)
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

  // host: { build, start(handlers) -> worker, reportError(err) }, where handlers are
  // { message(m), failed(text), exited() } and a worker is { post(m), end(), hold(busy) }
  // (hold: whether the worker keeps a Node process alive).
  class Session {
    constructor(host) {
      this._host = host;
      this._worker = null;
      this._ready = null; // Promise of a loaded worker
      this._queue = Promise.resolve();
      this._closed = false;
      this._current = null; // the request in progress: its message handler
      this._currentId = 0;
      this._lastId = 0;
      this.build = host.build;
      this.memoryBytes = 0; // the worker's wasm memory after the last run
      this.runs = 0;
    }

    // Runs programs one after another on this session's worker.
    run(source, options = {}) {
      if (typeof source !== 'string') return Promise.reject(new TypeError('loopscope: source must be a string'));
      try {
        checkOptions(options);
      } catch (err) {
        return Promise.reject(err);
      }
      return this._enqueue(() => this._runNow(source, options));
    }

    // Loads the engine now (the first run then starts at once); resolves once it is loaded.
    load() {
      if (this._closed) return Promise.reject(new Error('loopscope: the session is closed'));
      return this._startWorker().then(() => undefined);
    }

    async close() {
      this._closed = true;
      await this._queue;
      this._endWorker();
    }

    // Draws a view of a run's events on this session's engine (engine_host.js, draw()).
    _draw(view, events, args) {
      return this._enqueue(() => this._request({ type: 'draw', view, events, args }, (message, settle) => {
        if (message.type === 'drawn') settle(() => message.text);
      }));
    }

    _enqueue(work) {
      if (this._closed) return Promise.reject(new Error('loopscope: the session is closed'));
      const result = this._queue.then(work);
      this._queue = result.catch(() => {});
      return result;
    }

    _startWorker() {
      if (this._ready) return this._ready;
      let worker = null;
      this._ready = new Promise((resolve, reject) => {
        const handlers = {
          message: (message) => {
            if (message.id !== undefined) {
              if (message.id === this._currentId && this._current) this._current(message);
            } else if (message.type === 'ready') {
              if (!this._current) worker.hold(false);
              resolve(worker);
            } else if (message.type === 'load-error') {
              reject(new Error(`loopscope: the engine failed to load: ${message.message}`));
            }
          },
          failed: (text) => {
            if (this._worker === worker && this._current) this._current({ type: 'crash', message: text });
            reject(new Error(`loopscope: the engine worker failed: ${text}`));
          },
          exited: () => {
            if (this._worker !== worker) return;
            if (this._current) this._current({ type: 'crash', message: 'the engine worker exited' });
            this._worker = null;
            this._ready = null;
          },
        };
        worker = this._host.start(handlers);
        this._worker = worker;
      });
      this._ready.catch(() => this._endWorker());
      return this._ready;
    }

    _endWorker() {
      const worker = this._worker;
      this._worker = null;
      this._ready = null;
      if (worker) worker.end();
    }

    _callback(fn, value) {
      try {
        fn(value);
      } catch (err) {
        this._host.reportError(err); // a user callback's error is theirs, not the run's
      }
    }

    // Sends one request to the worker; `handle(message, settle)` reads its answers, where
    // settle(value thunk) ends the request. A crash rejects it and ends the worker.
    // The request goes to the worker at once: a worker still loading keeps it until it can run
    // it, which saves a round trip on a cold start.
    async _request(message, handle, { onStop } = {}) {
      const ready = this._startWorker();
      const worker = this._worker;
      if (!worker) await ready; // it could not start: throws why
      worker.hold(true);
      const id = ++this._lastId;
      return new Promise((resolve, reject) => {
        let finished = false;
        const finish = () => {
          finished = true;
          this._current = null;
          this._currentId = 0;
          if (this._worker) this._worker.hold(false);
          if (onStop) onStop.cleanup();
        };
        const settle = (value) => {
          finish();
          try {
            resolve(value());
          } catch (err) {
            reject(err);
          }
        };
        this._current = (answer) => {
          if (answer.type === 'crash') {
            if (onStop && onStop.crashed(answer.message, settle)) return;
            finish();
            this._endWorker();
            reject(new Error(`loopscope: the engine crashed: ${answer.message}`));
          } else {
            handle(answer, settle);
          }
        };
        this._currentId = id;
        if (onStop) onStop.arm(settle);
        if (finished) return; // an aborted signal ended it already
        ready.catch((err) => {
          if (finished) return;
          finish();
          reject(err);
        });
        worker.post({ ...message, id });
      });
    }

    _runNow(source, options) {
      const { onStdout, onStderr, onEvent, signal } = options;
      const wallTimeMs = options.limits && options.limits.wallTimeMs;
      let stdout = '';
      let stderr = '';
      const streamed = [];
      this.runs += 1;
      let timer = null;
      let onAbort = null;
      // The run is ended from outside: end the worker, keep what it reported so far.
      const stopped = (reason, notice) => {
        this._endWorker();
        stderr += `loopscope: stopped: ${notice}\n`;
        if (onStderr) this._callback(onStderr, `loopscope: stopped: ${notice}\n`);
        return { stdout, stderr, exitCode: STOPPED_STATUS, clock: options.clock || 'virtual', virtualTimeMs: null,
                 stopped: true, stopReason: reason, events: streamed };
      };
      const onStop = {
        arm: (settle) => {
          onAbort = () => settle(() => stopped('aborted', 'the run was aborted'));
          if (signal) {
            if (signal.aborted) return onAbort();
            signal.addEventListener('abort', onAbort, { once: true });
          }
          if (wallTimeMs && wallTimeMs <= LONGEST_TIMER_MS) {
            timer = setTimeout(() => settle(() => stopped('wallTime', `the wall-time limit (${wallTimeMs} ms) was reached`)), wallTimeMs);
          }
          return undefined;
        },
        crashed: (message, settle) => {
          if (!/memory|OOM/i.test(message)) return false;
          settle(() => stopped('memory', 'the memory limit was reached'));
          return true;
        },
        cleanup: () => {
          if (timer) clearTimeout(timer);
          if (signal && onAbort) signal.removeEventListener('abort', onAbort);
        },
      };
      const request = { type: 'run', source, options: engineOptions(options) };
      return this._request(request, (message, settle) => {
        if (message.type === 'stream') {
          for (const item of message.items) {
            if (item.type === 'output') {
              if (item.isStderr) {
                stderr += item.text;
                if (onStderr) this._callback(onStderr, item.text);
              } else {
                stdout += item.text;
                if (onStdout) this._callback(onStdout, item.text);
              }
            } else {
              for (const event of JSON.parse(item.json)) {
                streamed.push(event);
                this._callback(onEvent, event);
              }
            }
          }
        } else if (message.type === 'done') {
          settle(() => {
            this.memoryBytes = message.memoryBytes;
            const result = JSON.parse(message.resultJson);
            if (result.events === null) result.events = streamed;
            // Wasm memory never shrinks: the next run gets a fresh worker under the limit.
            if (result.stopReason === 'memory') this._endWorker();
            return { stdout, stderr, ...result };
          });
        }
      }, { onStop });
    }
  }

  return { Session, checkOptions, STOPPED_STATUS };
});
