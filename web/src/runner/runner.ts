// Runs the page's programs on the npm package's browser entry (`loopscope`, js/browser/index.mjs:
// the engine in a Web Worker, the pthreads build where the page is cross-origin isolated), one
// at a time, streaming what they print and their trace events as they come. Stop aborts the run:
// the package ends its worker at once (a `while True: pass` never yields to a message), what was
// streamed before stays with the caller, and a fresh worker loads for the next run straight away.
import { createSession, engineBuild, toChromeTrace, type EngineBuild, type RunResult } from 'loopscope';
import type { StreamItem } from './run-record';
import type { TraceEvent } from '../trace/events';

export type RunOutcome =
  | { kind: 'done'; result: RunResult }
  | { kind: 'stopped' } // by the user
  | { kind: 'crashed'; message: string } // the engine aborted
  | { kind: 'unavailable'; message: string }; // the engine failed to load

export interface RunHandle {
  done: Promise<RunOutcome>;
  stop(): void;
}

export type RunnerState = 'loading' | 'ready' | 'running' | 'failed';

export interface PageRun {
  filename: string;
  clock: 'virtual' | 'real';
}

export class Runner {
  readonly build: EngineBuild = engineBuild();
  private readonly session = createSession();
  private loading: Promise<string | null> | null = null; // null: loaded; else why it failed
  private stateValue: RunnerState = 'loading';
  onState: (state: RunnerState) => void = () => {};

  get state(): RunnerState {
    return this.stateValue;
  }

  // Starts loading the engine now, so that the first Run does not wait for the download.
  warm(): Promise<boolean> {
    return this.loaded().then((failure) => failure === null);
  }

  run(source: string, how: PageRun, onItems: (items: StreamItem[]) => void): RunHandle {
    const controller = new AbortController();
    const { signal } = controller;
    const done = this.loaded().then(async (failure): Promise<RunOutcome> => {
      if (failure !== null) return { kind: 'unavailable', message: failure };
      if (signal.aborted) return { kind: 'stopped' };
      this.setState('running');
      const output = (isStderr: boolean) => (text: string) => {
        // The package's own notice of the abort: the page says it in its own words.
        if (!signal.aborted) onItems([{ type: 'output', text, isStderr }]);
      };
      try {
        const result = await this.session.run(source, {
          filename: how.filename,
          clock: how.clock,
          signal,
          onStdout: output(false),
          onStderr: output(true),
          // The package's events are the engine's, as the page's trace/events.ts describes them.
          onEvent: (event) => onItems([{ type: 'event', event: event as unknown as TraceEvent }]),
        });
        if (result.stopReason === 'aborted') {
          this.reload();
          return { kind: 'stopped' };
        }
        this.setState('ready');
        return { kind: 'done', result };
      } catch (error) {
        this.reload();
        return { kind: 'crashed', message: (error as Error).message };
      }
    });
    return { done, stop: () => controller.abort() };
  }

  // The Chrome trace JSON of a run's events (drawn by the engine, as the CLI's --trace does),
  // on the page's own engine: no second one to download.
  chromeTrace(events: TraceEvent[], processName = 'loopscope'): Promise<string> {
    return toChromeTrace(events as unknown as Parameters<typeof toChromeTrace>[0], { processName, session: this.session });
  }

  private setState(state: RunnerState): void {
    this.stateValue = state;
    this.onState(state);
  }

  // The run ended the session's worker: load the next one now.
  private reload(): void {
    this.loading = null;
    void this.warm();
  }

  private loaded(): Promise<string | null> {
    if (!this.loading) {
      this.setState('loading');
      this.loading = this.session.load().then(
        () => {
          if (this.stateValue === 'loading') this.setState('ready');
          return null;
        },
        (error: Error) => {
          console.error(error);
          this.setState('failed');
          return error.message;
        },
      );
    }
    return this.loading;
  }
}
