// Loopscope's JS API in browsers (package.json `exports`, condition "browser"): the same API as
// in Node (js/index.js, types in js/index.d.ts), each session's engine in a Web Worker. Where
// the page is cross-origin isolated (SharedArrayBuffer), the pthreads build runs; elsewhere the
// single-threaded one. Works as it is (an ES module and its files beside it) and through a
// bundler: every file it loads is named by `new URL('…', import.meta.url)`, which Vite, webpack
// and others copy into their output and rename.
import * as sessionModule from '../session.js';

// The bundler hands over the CommonJS exports; loaded as it is, the script set the global.
const { Session, STOPPED_STATUS } = sessionModule.default ?? globalThis.loopscopeSession;

const HOST_SCRIPT = new URL('../engine_host.js', import.meta.url).href;
const ENGINE_FILES = {
  single: {
    script: new URL('../../build/wasm/wasm/loopscope_engine.js', import.meta.url).href,
    wasm: new URL('../../build/wasm/wasm/loopscope_engine.wasm', import.meta.url).href,
  },
  threads: {
    script: new URL('../../build/wasm-mt/wasm/loopscope_engine.js', import.meta.url).href,
    wasm: new URL('../../build/wasm-mt/wasm/loopscope_engine.wasm', import.meta.url).href,
    pthreadWorker: new URL('../../build/wasm-mt/wasm/loopscope_engine.worker.js', import.meta.url).href,
  },
};

// Whether this page can run the pthreads build: it needs SharedArrayBuffer, which browsers give
// only to cross-origin isolated pages (COOP/COEP headers).
function isolated() {
  return globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';
}

// Which build a session runs: `threads` undefined picks by isolation; true insists on threads.
export function engineBuild({ threads } = {}) {
  if (threads === false) return { threads: false, reason: 'The single-threaded engine was asked for.' };
  if (isolated()) return { threads: true, reason: 'The page is cross-origin isolated: the pthreads engine runs.' };
  if (threads === true) throw new Error('loopscope: the pthreads engine needs a cross-origin isolated page (COOP/COEP headers)');
  return { threads: false, reason: 'The page is not cross-origin isolated (no COOP/COEP headers): the single-threaded engine runs.' };
}

// A worker may not start from a data: URL (a bundler inlines small files so): its origin would
// be opaque, and it could load nothing of this site. A blob: URL keeps the page's origin.
function workerSafe(url) {
  if (!url.startsWith('data:')) return url;
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const body = meta.endsWith(';base64') ? Uint8Array.from(atob(url.slice(comma + 1)), (c) => c.charCodeAt(0))
    : decodeURIComponent(url.slice(comma + 1));
  return URL.createObjectURL(new Blob([body], { type: 'text/javascript' }));
}

function browserHost(build) {
  const files = Object.fromEntries(Object.entries(ENGINE_FILES[build.threads ? 'threads' : 'single'])
    .map(([name, url]) => [name, name === 'wasm' ? url : workerSafe(url)]));
  const hostScript = workerSafe(HOST_SCRIPT);
  return {
    build,
    start(on) {
      const worker = new Worker(hostScript, { name: 'loopscope-engine' });
      worker.addEventListener('message', ({ data }) => on.message(data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        on.failed(event.message || `the engine worker did not start (is ${HOST_SCRIPT} served?)`);
      });
      worker.postMessage({ type: 'load', files });
      return {
        post: (message) => worker.postMessage(message),
        end: () => worker.terminate(),
        hold: () => {},
      };
    },
    reportError(err) {
      setTimeout(() => { throw err; });
    },
  };
}

/** One worker and loaded engine reused for many runs. options.threads: see engineBuild(). */
export function createSession(options = {}) {
  return new Session(browserHost(engineBuild(options)));
}

/** Runs one program on a fresh worker, ended afterwards. */
export async function run(source, options = {}) {
  const session = createSession();
  try {
    return await session.run(source, options);
  } finally {
    await session.close();
  }
}

// The views are drawn by the engine (the same code as the CLI's): on the session given, else
// in a worker of their own, started on the first view asked for, with the single-threaded
// build, which any page can run.
let viewSession = null;
function views(session) {
  if (session) return session;
  viewSession ??= createSession({ threads: false });
  return viewSession;
}

export function toChromeTrace(events, { processName = 'loopscope', session } = {}) {
  return views(session)._draw('chromeTrace', events, [processName]);
}

export function toTextTimeline(events, { clock = '', width = 100, session } = {}) {
  return views(session)._draw('textTimeline', events, [clock ? `${clock} clock` : '', width]);
}

export { STOPPED_STATUS };
