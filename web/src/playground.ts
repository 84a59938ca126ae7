// One run on the page at a time: starts it on the runner, streams its output into the output
// pane and its events into the timeline (lanes rebuilt a few times a second while it runs),
// and ties the three views together: the timeline's cursor dims later output and highlights
// the source line; picking an output line moves the cursor and shows its line.
import type { CodeEditor } from './editor/code-editor';
import { parseDiagnostics } from './editor/diagnostics';
import { OutputLines, type OutputLine } from './output/output-lines';
import { OutputPane } from './output/output-pane';
import { RunRecord, type StreamItem } from './runner/run-record';
import type { RunOutcome, Runner } from './runner/runner';
import type { Clock } from './settings/settings';
import { renderLaneSummary } from './timeline/lane-summary';
import { Replay } from './timeline/replay';
import type { TimelineView } from './timeline/timeline-view';
import { buildLanes, withoutInternals, type Lanes } from './trace/lanes';
import { formatTime } from './trace/time-format';

// While running, lanes are rebuilt from all events so far (O(events)): at most every 250 ms,
// and never more than a fifth of the time, so big runs don't spend it redrawing.
const LANES_EVERY_MS = 250;
export const FILENAME = 'main.py';

export type RunPhase = 'idle' | 'running' | 'done' | 'stopped' | 'crashed';

export interface PlaygroundParts {
  runner: Runner;
  editor: CodeEditor;
  timeline: TimelineView;
  output: HTMLOListElement;
  exit: HTMLElement;
  readout: HTMLElement;
  emptyNote: HTMLElement;
  laneList: HTMLElement;
  internalsToggle: HTMLInputElement; // "asyncio internals": show asyncio.run's clean-up lanes
}

export class Playground {
  private record = new RunRecord();
  private lines = new OutputLines();
  private lanes: Lanes | null = null; // every lane; the timeline may show fewer (see shown)
  private lanesAt = 0; // when the lanes were last built (ms)
  private lanesCost = 0; // how long that took (ms)
  private pending: StreamItem[] = [];
  private frame = 0;
  private stopRun: (() => void) | null = null;
  private freshLanes = true;
  private restampFrom = 0; // the first output line of the last write
  readonly pane: OutputPane;
  readonly replay = new Replay();
  phase: RunPhase = 'idle';
  onPhase: (phase: RunPhase) => void = () => {};

  constructor(private readonly parts: PlaygroundParts) {
    this.pane = new OutputPane(parts.output, { of: (l) => this.lineTime(l), format: (t) => this.formatAt(t) });
    this.pane.onPick = (line) => this.pickLine(line);
    parts.timeline.onCursor = (t) => this.cursorMoved(t);
    parts.timeline.onPickLine = (line) => {
      parts.editor.revealLine(line);
      parts.editor.highlightLine(line);
    };
    parts.internalsToggle.addEventListener('change', () => {
      this.showLanes(false);
      if (this.phase !== 'running') this.summarise();
    });
    this.replay.onTick = (t, playing) => {
      parts.timeline.setCursor(t);
      this.pane.setCursor(t, playing);
      if (!playing) this.pane.setCursor(t, false);
    };
  }

  get events() {
    return this.record.events;
  }

  get running(): boolean {
    return this.phase === 'running';
  }

  async run(source: string, clock: Clock): Promise<RunOutcome> {
    this.stop();
    this.replay.stop();
    this.record = new RunRecord();
    this.lines = new OutputLines();
    this.lanes = null;
    this.freshLanes = true;
    this.pending = [];
    this.restampFrom = 0;
    this.pane.clear();
    this.parts.exit.textContent = '';
    this.parts.editor.setDiagnostics([]);
    this.parts.editor.highlightLine(0);
    this.parts.timeline.setLanes(null, true);
    renderLaneSummary(this.parts.laneList, null);
    this.parts.emptyNote.hidden = true;
    this.setPhase('running');
    const handle = this.parts.runner.run(source, { filename: FILENAME, clock }, (items) => this.receive(items));
    this.stopRun = handle.stop;
    const outcome = await handle.done;
    this.stopRun = null;
    this.flush(true);
    this.finish(outcome, source);
    return outcome;
  }

  stop(): void {
    this.stopRun?.();
  }

  toggleReplay(): void {
    if (this.replay.playing) {
      this.replay.stop();
      this.pane.setCursor(this.parts.timeline.cursor, false);
      return;
    }
    if (!this.lanes) return;
    this.replay.start(this.parts.timeline.cursor, this.lanes.end, this.lanes.bySteps);
  }

  private setPhase(phase: RunPhase): void {
    this.phase = phase;
    document.body.dataset.run = phase;
    this.onPhase(phase);
  }

  private receive(items: StreamItem[]): void {
    this.pending.push(...items);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush(false));
  }

  // Applies what arrived since the last frame.
  private flush(final: boolean): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    const chunksBefore = this.record.chunks.length;
    this.record.add(this.pending);
    this.pending = [];
    const now = performance.now();
    if (final || now - this.lanesAt >= Math.max(LANES_EVERY_MS, 4 * this.lanesCost)) {
      const axisBefore = this.lanes?.bySteps;
      this.lanes = this.record.events.length ? buildLanes(this.record.events) : null;
      this.lanesAt = performance.now();
      this.lanesCost = this.lanesAt - now;
      this.showLanes(this.freshLanes);
      if (this.lanes) this.freshLanes = false;
      if (final) this.summarise();
      // The axis can change under lines already shown (an instant becomes a time span).
      if (final || axisBefore !== this.lanes?.bySteps) this.pane.restamp();
    }
    // The lines of the last write may still be restamped: render them again with the new ones.
    const from = this.restampFrom;
    for (let i = chunksBefore; i < this.record.chunks.length; i++) this.restampFrom = this.lines.add(this.record.chunks[i]);
    if (this.record.chunks.length > chunksBefore || final) this.pane.update(this.lines.lines, from, final);
  }

  // The lanes the timeline draws: asyncio.run's clean-up tasks only when asked for.
  private shown(): Lanes | null {
    return this.lanes && !this.parts.internalsToggle.checked ? withoutInternals(this.lanes) : this.lanes;
  }

  private folded(): number {
    return this.parts.internalsToggle.checked ? 0 : this.lanes?.lanes.filter((l) => l.internal).length ?? 0;
  }

  private summarise(): void {
    renderLaneSummary(this.parts.laneList, this.shown(), this.folded());
  }

  private showLanes(fresh: boolean): void {
    this.parts.timeline.setLanes(this.shown(), fresh);
    const internal = this.lanes?.lanes.filter((l) => l.internal).length ?? 0;
    const toggle = this.parts.internalsToggle;
    toggle.parentElement!.title = internal
      ? `${internal} lane(s) of asyncio.run's own clean-up (shutdown_asyncgens, shutdown_default_executor) ${toggle.checked ? 'shown' : 'hidden'}`
      : "Show the tasks asyncio.run makes to clean up after the main coroutine";
    toggle.parentElement!.dataset.hidden = String(this.folded());
  }

  private finish(outcome: RunOutcome, source: string): void {
    const end = this.lanes ? this.formatAt(this.lanes.end) : '';
    const exit = this.parts.exit;
    if (outcome.kind === 'done') {
      const { exitCode, stopped, stopReason } = outcome.result;
      exit.textContent = `exit status ${exitCode}${stopped ? ` (stopped: ${stopReason})` : ''}`;
      exit.dataset.exitCode = String(exitCode);
      this.setPhase('done');
    } else if (outcome.kind === 'stopped') {
      exit.textContent = 'stopped';
      this.pane.setNote(`Stopped${end ? ` at ${end}` : ''}. The output so far is kept above.`);
      this.setPhase('stopped');
    } else {
      exit.textContent = outcome.kind === 'crashed' ? 'the engine crashed' : 'the engine is unavailable';
      this.pane.setNote(`${outcome.kind === 'crashed' ? 'The engine crashed' : 'The engine failed to load'}: ${outcome.message}`);
      this.setPhase('crashed');
    }
    this.parts.editor.setDiagnostics(parseDiagnostics(this.record.stderr, source, FILENAME));
    const note = this.parts.emptyNote;
    if (!this.parts.timeline.hasRun) note.textContent = 'This run left no events to draw.';
    else if (!this.lanes?.lanes.length) note.textContent = 'No asyncio tasks ran: only the moments of the output are marked.';
    note.hidden = Boolean(this.lanes?.lanes.length);
    this.parts.timeline.setCursor(this.lanes?.end ?? 0, false);
    this.pane.setCursor(Infinity);
  }

  // ---- the views, tied by time -----------------------------------------------------------------

  private eventTime(index: number): number {
    if (index < 0) return 0;
    const lanes = this.lanes;
    if (lanes && index < lanes.eventTimes.length) return lanes.eventTimes[index];
    const events = this.record.events;
    if (!events.length || (lanes && lanes.bySteps)) return lanes?.end ?? 0;
    return events[Math.min(index, events.length - 1)].t - events[0].t;
  }

  private lineTime(line: OutputLine): number {
    return this.eventTime(line.chunk.eventIndex);
  }

  private formatAt(t: number): string {
    const lanes = this.lanes;
    if (lanes?.bySteps && t >= lanes.end) return 'end'; // past the last step
    return formatTime(t, lanes?.bySteps ?? false);
  }

  private pickLine(line: OutputLine): void {
    this.replay.stop();
    this.parts.timeline.setCursor(this.lineTime(line));
    const source = line.chunk.line;
    if (source) {
      this.parts.editor.revealLine(source);
      this.parts.editor.highlightLine(source);
    }
  }

  private cursorMoved(t: number): void {
    this.parts.readout.textContent = this.lanes ? `cursor ${this.formatAt(t)}` : '';
    if (!this.replay.playing) this.pane.setCursor(t >= (this.lanes?.end ?? 0) ? Infinity : t);
    this.parts.editor.highlightLine(this.sourceLineAt(t));
  }

  // The source line of the latest event at or before t that knows its line.
  private sourceLineAt(t: number): number {
    const events = this.record.events;
    const times = this.lanes?.eventTimes;
    if (!times) return 0;
    let best = -1;
    let line = 0;
    for (let i = 0; i < times.length; i++) {
      const e = events[i];
      if (e.line && times[i] <= t && times[i] >= best) {
        best = times[i];
        line = e.line;
      }
    }
    return line;
  }
}
