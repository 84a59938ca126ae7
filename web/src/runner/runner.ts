// Runs programs on the engine in a Web Worker, one at a time, streaming what they print and the
// trace events as they come. Stop ends the worker at once (a `while True: pass` never yields to
// a message); what was streamed before stays with the caller, and a fresh worker loads for the
// next run straight away.
import type { EngineBuild } from './engine-build';
import type { EngineOptions, EngineResult, FromWorker, StreamItem, ToWorker } from './protocol';
import type { TraceEvent } from '../trace/events';

export type RunOutcome =
  | { kind: 'done'; result: EngineResult }
  | { kind: 'stopped' } // by the user
  | { kind: 'crashed'; message: string } // the engine aborted
  | { kind: 'unavailable'; message: string }; // the engine failed to load

export interface RunHandle {
  done: Promise<RunOutcome>;
  stop(): void;
}

export type RunnerState = 'loading' | 'ready' | 'running' | 'failed';

interface LoadedWorker {
  worker: Worker;
  ready: Promise<{ ok: true } | { ok: false; message: string }>;
}

export function defaultWorker(): Worker {
  return new Worker(new URL('./engine-worker.ts', import.meta.url), { name: 'loopscope-engine' });
}

export class Runner {
  private current: LoadedWorker | null = null;
  private listener: ((message: FromWorker) => void) | null = null;
  private nextId = 0;
  private stateValue: RunnerState = 'loading';
  loadMs = 0;
  onState: (state: RunnerState) => void = () => {};

  constructor(readonly build: EngineBuild, private readonly makeWorker: () => Worker = defaultWorker) {}

  get state(): RunnerState {
    return this.stateValue;
  }

  // Starts loading a worker now, so that the first Run does not wait for the download.
  warm(): Promise<boolean> {
    return this.loaded().ready.then((r) => r.ok);
  }

  run(source: string, options: EngineOptions, onItems: (items: StreamItem[]) => void): RunHandle {
    let settle: (outcome: RunOutcome) => void = () => {};
    let finished = false;
    const done = new Promise<RunOutcome>((resolve) => {
      settle = (outcome) => {
        if (finished) return;
        finished = true;
        this.listener = null;
        resolve(outcome);
      };
    });
    const loaded = this.loaded();
    const id = ++this.nextId;
    void loaded.ready.then((ready) => {
      if (finished) return;
      if (!ready.ok) return settle({ kind: 'unavailable', message: ready.message });
      this.setState('running');
      this.listener = (message) => {
        if (!('id' in message) || message.id !== id) return;
        if (message.type === 'stream') onItems(message.items);
        else if (message.type === 'done') {
          this.setState('ready');
          settle({ kind: 'done', result: message.result });
        } else if (message.type === 'crash') {
          this.replaceWorker();
          settle({ kind: 'crashed', message: message.message });
        }
      };
      this.post(loaded, { type: 'run', id, source, options });
    });
    return {
      done,
      stop: () => {
        if (finished) return;
        this.replaceWorker();
        settle({ kind: 'stopped' });
      },
    };
  }

  // The Chrome trace JSON of a run's events (drawn by the engine, as the CLI's --trace does).
  async chromeTrace(events: TraceEvent[], processName = 'loopscope'): Promise<string> {
    const loaded = this.loaded();
    const ready = await loaded.ready;
    if (!ready.ok) throw new Error(ready.message);
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const onMessage = ({ data }: MessageEvent<FromWorker>) => {
        if (!('id' in data) || data.id !== id) return;
        loaded.worker.removeEventListener('message', onMessage);
        if (data.type === 'chrome-trace') resolve(data.json);
        else if (data.type === 'crash') reject(new Error(data.message));
      };
      loaded.worker.addEventListener('message', onMessage);
      this.post(loaded, { type: 'chrome-trace', id, events, processName });
    });
  }

  private post(loaded: LoadedWorker, message: ToWorker): void {
    loaded.worker.postMessage(message);
  }

  private setState(state: RunnerState): void {
    this.stateValue = state;
    this.onState(state);
  }

  private replaceWorker(): void {
    this.current?.worker.terminate();
    this.current = null;
    this.listener = null;
    void this.warm();
  }

  private loaded(): LoadedWorker {
    if (this.current) return this.current;
    this.setState('loading');
    const worker = this.makeWorker();
    const ready = new Promise<{ ok: true } | { ok: false; message: string }>((resolve) => {
      worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
        if (data.type === 'ready') {
          this.loadMs = data.loadMs;
          if (this.current?.worker === worker) this.setState('ready');
          resolve({ ok: true });
        } else if (data.type === 'load-error') {
          if (this.current?.worker === worker) this.setState('failed');
          resolve({ ok: false, message: data.message });
        } else if (this.current?.worker === worker) {
          this.listener?.(data);
        }
      });
      worker.addEventListener('error', (event) => {
        const message = event.message || 'the engine worker failed to start';
        if (this.current?.worker === worker) {
          this.setState('failed');
          this.listener?.({ type: 'crash', id: this.nextId, message });
        }
        resolve({ ok: false, message });
      });
    });
    this.current = { worker, ready };
    this.post(this.current, { type: 'load', scriptUrl: this.build.scriptUrl, threads: this.build.threads });
    return this.current;
  }
}
