// Lanes: the event stream folded into what each task was doing when. This mirrors
// runtime/aio/trace_lanes.cpp (the text timeline and the Chrome trace are drawn from that one), so
// the page shows the same states the CLI prints; the event loop's own lane is added here.
import type { TraceEvent, WaitKind } from './events';

export type LaneState =
  | 'ready' // scheduled, waiting for the loop to run its next step
  | 'running' // inside a step (an instant under the virtual clock)
  | 'waiting' // suspended on `wait`
  | 'done' // finished; the lane's outcome says how
  | 'blocked' // the loop's lane: waiting for another thread's wake-up
  | 'idle'; // the loop's lane: nothing to run, waiting for a timer

export interface StateInterval {
  begin: number; // relative to Lanes.origin (ns, or steps on the step axis)
  end: number;
  state: LaneState;
  wait: WaitKind; // 'none', or what a waiting task waits on ('yield' for a ready task that gave way)
  object: number; // what it waits on (future, task, timer id); the job id on worker lanes
  line: number; // source line where it suspended (0: unknown)
}

export type LaneKind = 'loop' | 'task' | 'worker';

export interface Lane {
  kind: LaneKind;
  id: number; // task id, worker thread index, 0 for the loop
  name: string; // "Task-1", "worker 0", "event loop"
  label: string; // the coroutine it runs: "main()"
  parent: number; // the task that created it (0: none)
  outcome: string; // result | exception | cancelled; empty while unfinished
  internal: boolean; // a task of asyncio.run's own clean-up (see isRunCleanup), or one it created
  intervals: StateInterval[]; // in time order; only running may be zero-length
}

export interface OutputMark {
  time: number;
  task: number;
  line: number;
  isStderr: boolean;
  text: string;
}

export interface Link {
  kind: 'created' | 'woke';
  from: number; // parent / waker task
  to: number; // child / woken task
  // Their lanes: task ids start again at 1 on each event loop (a second asyncio.run).
  fromLane: Lane;
  toLane: Lane;
  time: number;
  wait: WaitKind;
}

export interface Lanes {
  origin: number; // the clock's time of the earliest event: time zero of every view
  end: number; // the latest event, relative to origin
  bySteps: boolean; // the axis counts task steps (all ran at one instant)
  lanes: Lane[]; // the loop, tasks in creation order, then workers by index
  outputs: OutputMark[];
  links: Link[];
  eventTimes: Float64Array; // each event's time on this axis (relative to origin)
}

export function laneTitle(lane: Lane): string {
  return lane.label ? `${lane.name} ${lane.label}` : lane.name;
}

// "Task-2 main.<locals>.waiter()" → "Task-2 waiter()", as the text timeline shortens names.
export function shortTitle(lane: Lane): string {
  return laneTitle(lane).replace(/(^|\s)[^\s]*\.<locals>\./g, '$1');
}

const THREAD_LANE_BASE = 1_000_000; // Python threads' worker-lane numbers (trace_lanes.cpp's kThreadLaneBase)
const interval = (begin: number, state: LaneState, extra: Partial<StateInterval> = {}): StateInterval => ({
  begin, end: begin, state, wait: 'none', object: 0, line: 0, ...extra,
});

// asyncio.run's clean-up (Runner.close, as CPython 3.11's): once the main task is done (and the
// tasks left over were cancelled and finished), it runs loop.shutdown_asyncgens() and then
// loop.shutdown_default_executor(), each as a task of its own, created outside any task; the
// latter joins the default executor on a thread named "Thread-N (do_shutdown)". An async
// generator dropped unfinished is closed by a task running the library's _aclose(). The events
// do not say which module a coroutine comes from, so these are recognised by their shape, once
// no task created outside any task is left unfinished (the main task is done):
// - a shutdown() directly followed by a shutdown_default_executor(), both created outside any
//   task (a program's own `async def shutdown()` run by asyncio.run is followed by the
//   library's shutdown() instead, so it keeps its lane);
// - an _aclose() created outside any task;
// - the do_shutdown thread started while that shutdown_default_executor() runs.
const CLEANUP_FIRST = 'shutdown()';
const CLEANUP_SECOND = 'shutdown_default_executor()';
const ASYNCGEN_CLOSE = '_aclose()';
const EXECUTOR_JOIN_THREAD = '(do_shutdown)';

class RunCleanup {
  readonly roots = new Set<Lane>();
  private candidate: Lane | null = null; // a shutdown() that may open a clean-up
  private joining: Lane | null = null; // the clean-up's shutdown_default_executor() while it runs

  // Each task created outside any task, in creation order; `quiet`: no such task (but the
  // clean-up's) unfinished. Returns whether the task belongs to the clean-up.
  created(lane: Lane, quiet: boolean): boolean {
    if (this.candidate && lane.label === CLEANUP_SECOND) {
      this.roots.add(this.candidate).add(lane);
      this.candidate = null;
      this.joining = lane;
      return true;
    }
    this.candidate = quiet && lane.label === CLEANUP_FIRST ? lane : null;
    if (quiet && lane.label === ASYNCGEN_CLOSE) this.roots.add(lane);
    return this.roots.has(lane);
  }

  done(lane: Lane): void {
    if (lane === this.joining) this.joining = null;
  }

  isJoinThread(name: string): boolean {
    return this.joining !== null && name.endsWith(EXECUTOR_JOIN_THREAD);
  }
}

// Lanes without asyncio.run's clean-up tasks (and the arrows to and from them): what a learner's
// program did. The loop's lane and the time axis are kept whole.
export function withoutInternals(lanes: Lanes): Lanes {
  if (!lanes.lanes.some((l) => l.internal)) return lanes;
  return {
    ...lanes,
    lanes: lanes.lanes.filter((l) => !l.internal),
    links: lanes.links.filter((l) => !l.fromLane.internal && !l.toLane.internal),
  };
}

// Each lane has one open interval (its current state) that the next transition closes; a
// transition at the same instant replaces a state that lasted no time. After a step ends the
// task is "ready" only until the runtime reports what it does next: that state dates from the
// step's end.
class LaneBuilder {
  readonly lanes: Lane[] = [];
  readonly outputs: OutputMark[] = [];
  readonly links: Link[] = [];
  private readonly open: (StateInterval | null)[] = [];
  private readonly provisional: boolean[] = [];
  private readonly taskIndex = new Map<number, number>();
  private readonly workerIndex = new Map<number, number>();
  private readonly jobStart = new Map<number, number>();
  private readonly gilStart = new Map<number, number>(); // Python thread number -> when it took the GIL
  private readonly parentLane = new Map<Lane, Lane>();
  private readonly createdLanes = new Set<number>(); // lanes whose task_created was seen
  private readonly unfinishedTopLevel = new Set<number>(); // tasks created outside any task, not done yet
  private readonly cleanup = new RunCleanup();

  constructor(private readonly origin: number) {}

  add(e: TraceEvent): void {
    const t = e.t - this.origin;
    switch (e.kind) {
      case 'task_created': {
        // A new event loop numbers its tasks from 1 again: a created id gets a lane of its own.
        // (trace_lanes.cpp does not yet: the CLI draws a second asyncio.run on the first's lanes.)
        if (this.createdLanes.has(this.taskIndex.get(e.id) ?? -1)) this.taskIndex.delete(e.id);
        const i = this.taskLane(e.id);
        this.createdLanes.add(i);
        const lane = this.lanes[i];
        if (e.detail) lane.name = e.detail;
        lane.label = e.label ?? '';
        lane.parent = e.other ?? 0;
        if (!lane.parent && !this.cleanup.created(lane, this.unfinishedTopLevel.size === 0)) this.unfinishedTopLevel.add(e.id);
        this.enter(i, interval(t, 'ready'));
        if (e.other) {
          this.link('created', e.other, i, t, 'none');
          this.parentLane.set(lane, this.links[this.links.length - 1].fromLane);
        }
        break;
      }
      case 'step_began': this.enter(this.taskLane(e.id), interval(t, 'running')); break;
      case 'step_ended': {
        const i = this.taskLane(e.id);
        this.enter(i, interval(t, 'ready'));
        this.provisional[i] = true;
        break;
      }
      case 'task_suspended': {
        // A bare yield (sleep(0)) leaves the task ready: its next step is already scheduled.
        const wait = e.wait ?? 'none';
        const state = wait === 'yield' ? 'ready' : 'waiting';
        this.enter(this.taskLane(e.id), interval(t, state, { wait, object: e.other ?? 0, line: e.line ?? 0 }));
        break;
      }
      case 'task_woken':
        this.enter(this.taskLane(e.id), interval(t, 'ready'));
        if (e.other) this.link('woke', e.other, this.taskLane(e.id), t, e.wait ?? 'none');
        break;
      case 'task_done': {
        this.unfinishedTopLevel.delete(e.id);
        const i = this.taskLane(e.id);
        this.lanes[i].outcome = e.detail ?? '';
        this.cleanup.done(this.lanes[i]);
        this.enter(i, interval(t, 'done'));
        break;
      }
      case 'job_started': this.jobStart.set(e.id, t); break;
      case 'job_finished': {
        const begin = this.jobStart.get(e.id) ?? t;
        this.workerLane(e.value ?? 0).intervals.push({ ...interval(begin, 'running', { object: e.id }), end: t });
        break;
      }
      // Python threads and processes: a lane each (numbered apart from executor workers, as in
      // runtime/aio/trace_lanes.cpp), with a running interval for every turn holding the GIL.
      case 'thread_started': {
        const lane = this.workerLane(THREAD_LANE_BASE + (e.value ?? 0));
        lane.name = e.detail ?? lane.name;
        lane.label = '(thread)';
        lane.internal = this.cleanup.isJoinThread(lane.name);
        break;
      }
      case 'process_started': {
        const lane = this.workerLane(THREAD_LANE_BASE + (e.value ?? 0));
        lane.name = e.detail ?? lane.name;
        lane.label = `(process ${e.id})`;
        break;
      }
      case 'gil_taken': this.gilStart.set(e.value ?? 0, t); break;
      case 'gil_released': {
        const begin = this.gilStart.get(e.value ?? 0) ?? t;
        this.workerLane(THREAD_LANE_BASE + (e.value ?? 0)).intervals.push({ ...interval(begin, 'running'), end: t });
        break;
      }
      case 'output':
        this.outputs.push({ time: t, task: e.id, line: e.line ?? 0, isStderr: e.value === 1, text: e.detail ?? '' });
        break;
      default: break; // timers and loop wake-ups show through the task states they cause
    }
  }

  finish(end: number): Lane[] {
    this.open.forEach((_, i) => this.close(i, end));
    const tasks = this.lanes.filter((l) => l.kind === 'task');
    // Parents are created before their children: one pass in creation order marks descendants.
    for (const lane of tasks) lane.internal = this.cleanup.roots.has(lane) || Boolean(this.parentLane.get(lane)?.internal);
    const workers = this.lanes.filter((l) => l.kind === 'worker').sort((a, b) => a.id - b.id);
    for (const w of workers) w.intervals.sort((a, b) => a.begin - b.begin);
    return [...tasks, ...workers];
  }

  private link(kind: Link['kind'], from: number, toLane: number, time: number, wait: WaitKind): void {
    const to = this.lanes[toLane];
    this.links.push({ kind, from, to: to.id, fromLane: this.lanes[this.taskLane(from)], toLane: to, time, wait });
  }

  private newLane(kind: LaneKind, id: number, name: string, label: string): number {
    this.lanes.push({ kind, id, name, label, parent: 0, outcome: '', internal: false, intervals: [] });
    this.open.push(null);
    this.provisional.push(false);
    return this.lanes.length - 1;
  }

  private taskLane(id: number): number {
    let i = this.taskIndex.get(id);
    // A task seen before its creation (a sink installed late) still gets a lane.
    if (i === undefined) this.taskIndex.set(id, (i = this.newLane('task', id, `task ${id}`, '')));
    return i;
  }

  private workerLane(index: number): Lane {
    let i = this.workerIndex.get(index);
    if (i === undefined) this.workerIndex.set(index, (i = this.newLane('worker', index, `worker ${index}`, '(executor thread)')));
    return this.lanes[i];
  }

  private enter(lane: number, next: StateInterval): void {
    const open = this.open[lane];
    if (this.provisional[lane] && open) {
      next.begin = open.begin;
      this.open[lane] = null;
    }
    this.provisional[lane] = false;
    this.close(lane, next.begin);
    this.open[lane] = next;
  }

  private close(lane: number, t: number): void {
    const open = this.open[lane];
    if (!open) return;
    open.end = Math.max(t, open.begin);
    if (open.end > open.begin || open.state === 'running') this.lanes[lane].intervals.push(open);
    this.open[lane] = null;
  }
}

// The loop's lane: running while any task runs a step, blocked between loop_blocked and
// loop_woken, idle otherwise (waiting for the next timer).
function loopLane(events: readonly TraceEvent[], origin: number, end: number, time: (e: TraceEvent, i: number) => number): Lane {
  const intervals: StateInterval[] = [];
  let state: LaneState = 'idle';
  let since = 0;
  const enter = (next: LaneState, t: number) => {
    if (next === state) return;
    if (t > since || state === 'running') intervals.push({ ...interval(since, state), end: t });
    state = next;
    since = t;
  };
  events.forEach((e, i) => {
    const t = time(e, i) - origin;
    if (e.kind === 'step_began') enter('running', t);
    else if (e.kind === 'step_ended') enter('idle', t);
    else if (e.kind === 'loop_blocked') enter('blocked', t);
    else if (e.kind === 'loop_woken') enter('idle', t);
  });
  if (end > since) intervals.push({ ...interval(since, state), end });
  return {
    kind: 'loop', id: 0, name: 'event loop', label: '', parent: 0, outcome: '', internal: false,
    intervals: intervals.filter((iv) => iv.state !== 'idle'),
  };
}

function build(events: readonly TraceEvent[], time: (e: TraceEvent, i: number) => number, bySteps: boolean): Lanes {
  if (events.length === 0) return { origin: 0, end: 0, bySteps, lanes: [], outputs: [], links: [], eventTimes: new Float64Array(0) };
  // Executor jobs are reported after they ran, so the stream is not quite in time order.
  let lo = Infinity;
  let hi = -Infinity;
  events.forEach((e, i) => {
    const t = time(e, i);
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  });
  const builder = new LaneBuilder(lo);
  events.forEach((e, i) => builder.add(time(e, i) === e.t ? e : { ...e, t: time(e, i) }));
  const end = hi - lo;
  const lanes = builder.finish(end);
  const hasTasks = lanes.some((l) => l.kind === 'task');
  return {
    origin: bySteps ? 0 : lo,
    end,
    bySteps,
    lanes: hasTasks ? [loopLane(events, lo, end, time), ...lanes] : lanes,
    outputs: builder.outputs,
    links: builder.links,
    eventTimes: Float64Array.from(events, (e, i) => time(e, i) - lo),
  };
}

// Lanes on the clock's time; when the clock never moved but steps ran (everything at one
// virtual instant), on a clock that ticks once per task step instead: step k runs over [k, k+1).
export function buildLanes(events: readonly TraceEvent[]): Lanes {
  const byTime = build(events, (e) => e.t, false);
  if (byTime.end > 0 || !events.some((e) => e.kind === 'step_began')) return byTime;
  const steps: number[] = [];
  let step = 0;
  for (const e of events) {
    if (e.kind === 'step_ended') ++step;
    steps.push(step);
  }
  return build(events, (_, i) => steps[i], true);
}
