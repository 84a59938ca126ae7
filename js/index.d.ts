// Types of Loopscope's JS API: the same in Node (js/index.js) and in browsers (js/browser/index.mjs).

/** One event of a run's trace (the engine's aio::TraceEvent as JSON; defaults left out). */
export interface TraceEvent {
  /** Time in nanoseconds on the run's clock (the virtual clock starts at 0). */
  t: number;
  kind:
    | 'task_created' | 'step_began' | 'step_ended' | 'task_suspended' | 'task_woken' | 'task_done'
    | 'timer_set' | 'timer_fired' | 'timer_cancelled' | 'job_queued' | 'job_started' | 'job_finished'
    | 'loop_blocked' | 'loop_woken' | 'thread_started' | 'gil_taken' | 'gil_released' | 'process_started' | 'output';
  /** What a suspended task waits on (task_suspended). */
  wait?: string;
  /** Task, timer or job id (0: none). */
  id: number;
  /** Parent task, waker task or awaited object. */
  other?: number;
  /** Deadline (ns) or worker thread index. */
  value?: number;
  /** Source line (Python), when known. */
  line?: number;
  /** Task name, outcome, or output text. */
  detail?: string;
  /** The coroutine a task runs (task_created). */
  label?: string;
}

export interface RunLimits {
  /** Stop after this many steps (task steps and VM loop iterations, counted in batches of 16384). */
  steps?: number;
  /** Stop after this much wall time: the worker is ended. */
  wallTimeMs?: number;
  /** Stop when the worker's wasm memory grows past this many MiB (checked between batches of steps). */
  memoryMb?: number;
}

export interface RunOptions {
  /** 'virtual' (default): sleeps take no wall time and runs are reproducible; 'real': the wall clock. */
  clock?: 'virtual' | 'real';
  /** What input() / sys.stdin read. */
  stdin?: string;
  /** sys.argv[1:]. */
  argv?: string[];
  /** The program's file name in tracebacks, __file__ and sys.argv[0] (default 'main.py'). */
  filename?: string;
  /** sys.argv[0] when it differs from `filename` (CPython: the path as given, tracebacks: absolute). */
  argv0?: string;
  /** Virtual cores (os.cpu_count(), default 4): how many processes run in parallel in the virtual clock. */
  cpus?: number;
  /** time.time() at the start of the run, in seconds since the epoch (default: now). */
  epochStart?: number;
  limits?: RunLimits;
  /** Called with each chunk of the program's stdout, in order, as it is written. */
  onStdout?: (text: string) => void;
  /** Called with each chunk of its stderr. */
  onStderr?: (text: string) => void;
  /** Called with each trace event as it happens (the result's events are then these same ones). */
  onEvent?: (event: TraceEvent) => void;
  /** Aborting ends the run (the worker is ended); the promise resolves with stopReason 'aborted'. */
  signal?: AbortSignal;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** CPython's exit status; 124 when a limit or an abort stopped the run. */
  exitCode: number;
  clock: 'virtual' | 'real';
  /** How long the run took on the virtual clock (null: real clock, or stopped from outside). */
  virtualTimeMs: number | null;
  stopped: boolean;
  stopReason: 'steps' | 'wallTime' | 'memory' | 'aborted' | null;
  /** The run's events in time order (for a run ended from outside: those streamed to onEvent). */
  events: TraceEvent[];
}

/** Which engine build a session runs. */
export interface EngineBuild {
  /** The pthreads build (browsers, on a cross-origin isolated page); false: the single-threaded one. */
  threads: boolean;
  /** Why, in one sentence. */
  reason: string;
}

export interface Session {
  /** Runs a program on this session's worker; runs queue one after another. */
  run(source: string, options?: RunOptions): Promise<RunResult>;
  /** Starts the worker and loads the engine now, so that the first run starts at once. */
  load(): Promise<void>;
  readonly build: EngineBuild;
  /** Ends the worker once queued runs are done. */
  close(): Promise<void>;
  /** The worker's wasm memory in bytes after the last run. */
  readonly memoryBytes: number;
  /** How many runs this session started. */
  readonly runs: number;
}

export interface SessionOptions {
  /** Node: path of loopscope_engine.js (default: $LOOPSCOPE_ENGINE or the package's build). */
  engine?: string;
  /**
   * Browsers: true insists on the pthreads build (it throws where the page is not cross-origin
   * isolated), false takes the single-threaded one; unset, the page's isolation decides.
   * Node always runs the single-threaded build.
   */
  threads?: boolean;
}

/** Runs one program on a fresh worker. */
export function run(source: string, options?: RunOptions): Promise<RunResult>;
/** One worker and loaded module reused for many runs. */
export function createSession(options?: SessionOptions): Session;
/** The build createSession(options) would run, and why. */
export function engineBuild(options?: SessionOptions): EngineBuild;
/**
 * The run as a Chrome Trace Event Format JSON text (opens in ui.perfetto.dev). Drawn by an engine
 * of its own, or by `session`'s (after its queued runs: no second engine to load).
 */
export function toChromeTrace(events: TraceEvent[], options?: { processName?: string; session?: Session }): Promise<string>;
/** The run as the CLI's text timeline: one lane per task. `session`: as for toChromeTrace. */
export function toTextTimeline(events: TraceEvent[], options?: { clock?: 'virtual' | 'real' | ''; width?: number; session?: Session }): Promise<string>;
/** The exit status of a stopped run. */
export const STOPPED_STATUS: 124;
