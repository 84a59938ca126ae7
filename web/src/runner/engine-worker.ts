// The Web Worker that runs programs: loads the Emscripten engine (wasm/engine_bindings.cpp) with
// importScripts, then runs one program per 'run' message. The engine runs synchronously, so
// output and events are posted from inside its callbacks. Events go in batches (one message
// per event would flood the page on a run with thousands of tasks); output goes at once, with
// the events before it, since no timer can fire here to send a batch left behind before a long
// silence (`print(...)` then `while True: pass`), and Stop must keep that output.
import type { EngineResult, FromWorker, StreamItem, ToWorker } from './protocol';

interface Engine {
  run(source: string, options: string, onOutput: (text: string, isStderr: boolean) => void, onEvent: (json: string) => void): string;
  chromeTrace(events: unknown, processName: string): string;
}

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  importScripts(...urls: string[]): void;
  LoopscopeEngine?: (module: object) => Promise<Engine & { threadsEnabled?: () => boolean }>;
}

const scope = self as unknown as WorkerScope;
const FLUSH_ITEMS = 400;
const FLUSH_MS = 40;

let engine: Engine | null = null;

async function load(scriptUrl: string, threads: boolean): Promise<void> {
  const start = performance.now();
  try {
    scope.importScripts(scriptUrl);
    if (!scope.LoopscopeEngine) throw new Error(`${scriptUrl} did not define LoopscopeEngine`);
    engine = await scope.LoopscopeEngine({
      locateFile: (file: string) => new URL(file, scriptUrl).href,
      // The pthread workers load the module script from here (TOOLCHAIN.md: without it every
      // pthread worker dies in createObjectURL).
      mainScriptUrlOrBlob: scriptUrl,
    });
    scope.postMessage({ type: 'ready', threads, loadMs: performance.now() - start });
  } catch (error) {
    scope.postMessage({ type: 'load-error', message: errorText(error) });
  }
}

function run(id: number, source: string, options: object): void {
  if (!engine) {
    scope.postMessage({ type: 'crash', id, message: 'the engine is not loaded' });
    return;
  }
  let items: StreamItem[] = [];
  let lastFlush = performance.now();
  const flush = () => {
    if (items.length) scope.postMessage({ type: 'stream', id, items });
    items = [];
    lastFlush = performance.now();
  };
  const push = (item: StreamItem) => {
    items.push(item);
    if (item.type === 'output' || items.length >= FLUSH_ITEMS || performance.now() - lastFlush >= FLUSH_MS) flush();
  };
  try {
    const json = engine.run(
      source,
      JSON.stringify(options),
      (text, isStderr) => push({ type: 'output', text, isStderr }),
      (eventJson) => {
        for (const event of JSON.parse(eventJson)) push({ type: 'event', event });
      },
    );
    flush();
    const { exitCode, clock, virtualTimeMs, stopped, stopReason } = JSON.parse(json) as EngineResult;
    scope.postMessage({ type: 'done', id, result: { exitCode, clock, virtualTimeMs, stopped, stopReason } });
  } catch (error) {
    // An abort inside the module leaves it unusable: the page ends this worker.
    flush();
    scope.postMessage({ type: 'crash', id, message: errorText(error) });
  }
}

function errorText(error: unknown): string {
  return String((error as Error | undefined)?.message ?? error);
}

scope.onmessage = ({ data }) => {
  if (data.type === 'load') void load(data.scriptUrl, data.threads);
  else if (data.type === 'run') run(data.id, data.source, data.options);
  else if (data.type === 'chrome-trace') {
    try {
      const json = engine ? engine.chromeTrace(data.events, data.processName) : '';
      scope.postMessage({ type: 'chrome-trace', id: data.id, json });
    } catch (error) {
      scope.postMessage({ type: 'crash', id: data.id, message: errorText(error) });
    }
  }
};
