// Words for what the timeline shows: a state's short label (written on its bar) and the
// tooltip of an interval (what it waits on, for how long, from which source line).
import { WAIT_NAMES } from '../trace/events';
import { laneTitle, type Lane, type Lanes, type StateInterval } from '../trace/lanes';
import { formatDuration, formatTime } from '../trace/time-format';

// The word written on a bar when it is wide enough: "sleep", "lock", "task Task-3".
export function barLabel(iv: StateInterval, lanes: Lanes): string {
  if (iv.state === 'waiting') {
    if (iv.wait === 'task') return `task ${taskName(lanes, iv.object)}`;
    return iv.wait.replace('_', ' ');
  }
  if (iv.state === 'blocked') return 'blocked';
  return '';
}

export function stateSentence(iv: StateInterval, lane: Lane, lanes: Lanes): string {
  switch (iv.state) {
    case 'running': return lane.kind === 'worker' ? `running executor job #${iv.object}` : lane.kind === 'loop' ? 'running a task step' : 'running a step';
    case 'ready': return iv.wait === 'yield' ? 'ready (gave way with sleep(0))' : 'ready: waiting for the loop to run it';
    case 'done': return `done${lane.outcome ? ` (${lane.outcome})` : ''}`;
    case 'blocked': return 'blocked: waiting for another thread to wake the loop';
    case 'idle': return 'idle';
    case 'waiting': {
      if (iv.wait === 'sleep') return 'sleeping';
      if (iv.wait === 'task') return `waiting on task ${taskName(lanes, iv.object)}`;
      const what = WAIT_NAMES[iv.wait] ?? iv.wait;
      return `waiting on ${what}${iv.object ? ` #${iv.object}` : ''}`;
    }
  }
}

export function tooltipText(iv: StateInterval, lane: Lane, lanes: Lanes): string {
  const rows = [laneTitle(lane), stateSentence(iv, lane, lanes)];
  const when = iv.end > iv.begin
    ? `${formatTime(iv.begin, lanes.bySteps)} → ${formatTime(iv.end, lanes.bySteps)} (${formatDuration(iv.end - iv.begin, lanes.bySteps)})`
    : `at ${formatTime(iv.begin, lanes.bySteps)}`;
  rows.push(when);
  if (iv.line) rows.push(`source line ${iv.line}`);
  const waker = wokenBy(lanes, lane, iv);
  if (waker) rows.push(waker);
  if (lane.parent) rows.push(`created by ${taskName(lanes, lane.parent)}`);
  return rows.join('\n');
}

// Who ended a wait ("woken by Task-3 at 1.5 s"), or who woke a ready task.
function wokenBy(lanes: Lanes, lane: Lane, iv: StateInterval): string {
  if (lane.kind !== 'task' || (iv.state !== 'waiting' && iv.state !== 'ready')) return '';
  const at = iv.state === 'waiting' ? iv.end : iv.begin;
  const link = lanes.links.find((l) => l.kind === 'woke' && l.toLane === lane && l.time === at);
  return link ? `woken by ${link.fromLane.name} at ${formatTime(at, lanes.bySteps)}` : '';
}

export function laneTooltip(lane: Lane): string {
  const rows = [laneTitle(lane)];
  if (lane.kind === 'loop') rows.push('the event loop: when it runs task steps and when it is blocked');
  if (lane.kind === 'worker') rows.push(`${lane.intervals.length} executor job(s)`);
  if (lane.outcome) rows.push(`ended: ${lane.outcome}`);
  return rows.join('\n');
}

const taskNames = new WeakMap<Lanes, Map<number, string>>();

export function taskName(lanes: Lanes, id: number): string {
  let names = taskNames.get(lanes);
  if (!names) {
    names = new Map(lanes.lanes.filter((l) => l.kind === 'task').map((l) => [l.id, l.name]));
    taskNames.set(lanes, names);
  }
  return names.get(id) ?? `#${id}`;
}
