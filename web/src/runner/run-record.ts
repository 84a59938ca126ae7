// What a run has reported so far: its trace events and its output, each write stamped with the
// moment it happened. The engine reports a write (onOutput) just before the trace event that
// dates it ('output', with its source line and task), so a write takes the stamp of the output
// event that follows with the same text; a write with no such event (a run without tracing,
// the engine's own messages) takes the moment of the last event before it.
import type { TraceEvent } from '../trace/events';

// One streamed item, in the order the engine reported it: output text or a trace event.
export type StreamItem =
  | { type: 'output'; text: string; isStderr: boolean }
  | { type: 'event'; event: TraceEvent };

export interface OutputChunk {
  text: string;
  isStderr: boolean;
  eventIndex: number; // its 'output' event, or the last event before it (-1: none)
  line: number; // source line of the write (0: unknown)
  task: number; // the task that wrote (0: none)
}

export class RunRecord {
  readonly events: TraceEvent[] = [];
  readonly chunks: OutputChunk[] = [];
  private unmatched = -1; // the last chunk still waiting for its output event

  add(items: readonly StreamItem[]): void {
    for (const item of items) {
      if (item.type === 'output') {
        this.chunks.push({ text: item.text, isStderr: item.isStderr, eventIndex: this.events.length - 1, line: 0, task: 0 });
        this.unmatched = this.chunks.length - 1;
      } else {
        const e = item.event;
        this.events.push(e);
        const chunk = this.unmatched >= 0 ? this.chunks[this.unmatched] : undefined;
        if (e.kind === 'output' && chunk && chunk.text === e.detail && chunk.isStderr === (e.value === 1)) {
          chunk.eventIndex = this.events.length - 1;
          chunk.line = e.line ?? 0;
          chunk.task = e.id;
          this.unmatched = -1;
        }
      }
    }
  }

  get stdout(): string {
    return this.chunks.filter((c) => !c.isStderr).map((c) => c.text).join('');
  }

  get stderr(): string {
    return this.chunks.filter((c) => c.isStderr).map((c) => c.text).join('');
  }
}
