// The messages between the page and the engine worker (engine-worker.ts). One run at a time
// per worker; a stopped run ends its worker and the next run gets a fresh one.
import type { TraceEvent } from '../trace/events';

// What the engine reads (wasm/engine_bindings.cpp, run()).
export interface EngineOptions {
  filename: string;
  stdin: string;
  argv: string[];
  clock: 'virtual' | 'real';
  epochStart: number;
  maxSteps: number;
  memoryBytes: number;
  streamEvents: boolean;
}

// The engine's result JSON, with events streamed (so `events` is null).
export interface EngineResult {
  exitCode: number;
  clock: 'virtual' | 'real';
  virtualTimeMs: number | null;
  stopped: boolean;
  stopReason: string | null;
}

// One streamed item, in the order the engine reported it: output text or a trace event.
export type StreamItem =
  | { type: 'output'; text: string; isStderr: boolean }
  | { type: 'event'; event: TraceEvent };

export type ToWorker =
  | { type: 'load'; scriptUrl: string; threads: boolean }
  | { type: 'run'; id: number; source: string; options: EngineOptions }
  | { type: 'chrome-trace'; id: number; events: TraceEvent[]; processName: string };

export type FromWorker =
  | { type: 'ready'; threads: boolean; loadMs: number }
  | { type: 'load-error'; message: string }
  | { type: 'stream'; id: number; items: StreamItem[] }
  | { type: 'done'; id: number; result: EngineResult }
  | { type: 'crash'; id: number; message: string }
  | { type: 'chrome-trace'; id: number; json: string };
