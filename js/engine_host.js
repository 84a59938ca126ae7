// The worker side of a session (js/session.js): answers 'run' and 'draw' messages on a loaded
// engine (wasm/engine_bindings.cpp), streaming a run's output and events as they happen.
// Messages to the session: ready | load-error | stream | done | drawn | crash.
//
// Node's worker (js/worker.js) requires this file. Browsers start it as the Web Worker itself
// (a classic script, so that it can importScripts Emscripten's module): it then waits for a
// 'load' message naming the engine's files, and hides Emscripten 3.1.6's loading quirks.
(function (root, define) {
  'use strict';
  const api = define();
  if (typeof module === 'object' && module && module.exports) module.exports = api;
  else if (typeof root.importScripts === 'function') api.serveWebWorker(root);
})(globalThis, function () {
  'use strict';

  // Events go in batches in browsers (a message per event floods a page on a run with
  // thousands of tasks); output goes at once, with the events before it. During a long silence
  // (`while True: pass`) the engine polls (an empty json) until the batch left behind is sent.
  const FLUSH_ITEMS = 400;
  const FLUSH_MS = 40;

  function errorText(err) {
    return String((err && err.message) || err);
  }

  // The message handler of a loaded engine; post(message) answers the session. `batch`: keep
  // events until output, FLUSH_ITEMS of them or FLUSH_MS (else each goes at once).
  function engineServer(engine, post, { batch }) {
    // (Node's worker never reads the clock: its `performance` loads a dozen modules.)
    const now = batch ? () => performance.now() : () => 0;
    function run({ id, source, options }) {
      let items = [];
      let lastFlush = now();
      const flush = () => {
        if (items.length) post({ type: 'stream', id, items });
        items = [];
        lastFlush = now();
      };
      const push = (item) => {
        items.push(item);
        if (!batch || item.type === 'output' || items.length >= FLUSH_ITEMS || now() - lastFlush >= FLUSH_MS) flush();
      };
      try {
        const resultJson = engine.run(
          source,
          JSON.stringify(options),
          (text, isStderr) => push({ type: 'output', text, isStderr }),
          // An empty json is the engine's poll during a long computation: send what is due,
          // and say whether events are still held back.
          (json) => {
            if (json) push({ type: 'events', json });
            else if (items.length && now() - lastFlush >= FLUSH_MS) flush();
            return items.length > 0;
          },
        );
        flush();
        post({ type: 'done', id, resultJson, memoryBytes: engine.memoryBytes() });
      } catch (err) {
        // An abort inside the module (out of memory, a runtime bug) leaves it unusable: the
        // session ends this worker and starts a new one for the next run.
        flush();
        post({ type: 'crash', id, message: errorText(err) });
      }
    }

    function draw({ id, view, events, args }) {
      try {
        if (view !== 'chromeTrace' && view !== 'textTimeline') throw new Error(`no view named ${view}`);
        post({ type: 'drawn', id, text: engine[view](events, ...args) });
      } catch (err) {
        post({ type: 'crash', id, message: errorText(err) });
      }
    }

    return (message) => {
      if (message.type === 'run') run(message);
      else if (message.type === 'draw') draw(message);
    };
  }

  // Loads Emscripten's module in this Web Worker. files: { script, wasm, pthreadWorker? }, as
  // absolute URLs (a bundler renames them, so the loader's own guesses would miss).
  async function loadInWebWorker(scope, files) {
    scope.importScripts(files.script);
    if (typeof scope.LoopscopeEngine !== 'function') throw new Error(`${files.script} did not define LoopscopeEngine`);
    return scope.LoopscopeEngine({
      locateFile: (name) => {
        if (name.endsWith('.wasm')) return files.wasm;
        if (name.endsWith('.worker.js') && files.pthreadWorker) return files.pthreadWorker;
        return new URL(name, files.script).href;
      },
      // The pthread workers load the module script from here (TOOLCHAIN.md: without it every
      // pthread worker dies in createObjectURL).
      mainScriptUrlOrBlob: files.script,
    });
  }

  function serveWebWorker(scope) {
    let serve = null;
    const early = []; // requests sent while the engine loads
    scope.onmessage = ({ data }) => {
      if (data.type !== 'load') {
        if (serve) serve(data);
        else early.push(data);
        return;
      }
      loadInWebWorker(scope, data.files).then(
        (engine) => {
          serve = engineServer(engine, (message) => scope.postMessage(message), { batch: true });
          scope.postMessage({ type: 'ready' });
          for (const request of early.splice(0)) serve(request);
        },
        (err) => scope.postMessage({ type: 'load-error', message: errorText(err) }),
      );
    };
  }

  return { engineServer, serveWebWorker };
});
