// The engine's trace events as JSON (runtime/aio/trace.hpp, events_to_json): fields at their
// defaults are left out, so most are optional here.
export type EventKind =
  | 'task_created' // id=task, other=parent task, detail=name, label=coroutine
  | 'step_began' // id=task
  | 'step_ended' // id=task
  | 'task_suspended' // id=task, wait, other=object, line
  | 'task_woken' // id=task, other=waker task (0: loop), wait
  | 'task_done' // id=task, detail=result|exception|cancelled
  | 'timer_set' // id=timer, value=deadline ns
  | 'timer_fired'
  | 'timer_cancelled'
  | 'job_queued' // id=job, other=task waiting
  | 'job_started' // id=job, value=worker thread index
  | 'job_finished' // id=job, value=worker thread index
  | 'loop_blocked' // waiting for another thread's wake-up
  | 'loop_woken'
  | 'thread_started' // value=thread number, detail=name (Python threads)
  | 'gil_taken' // value=thread number: it runs
  | 'gil_released' // value=thread number, detail=what it waits for
  | 'process_started' // value=thread number of its first thread, id=pid, detail=name
  | 'output'; // detail=text, value=1 for stderr, id=task, line

export type WaitKind =
  | 'none' | 'yield' | 'sleep' | 'future' | 'task' | 'lock' | 'event' | 'condition'
  | 'semaphore' | 'barrier' | 'queue_get' | 'queue_put' | 'queue_join' | 'gather' | 'wait'
  | 'executor' | 'task_group';

export interface TraceEvent {
  t: number; // the clock's time, ns
  kind: EventKind;
  wait?: WaitKind;
  id: number;
  other?: number;
  value?: number;
  line?: number;
  detail?: string;
  label?: string;
}

// What each wait reads as in a sentence: "waiting on a lock".
export const WAIT_NAMES: Record<WaitKind, string> = {
  none: 'something',
  yield: 'its turn (yield)',
  sleep: 'sleep',
  future: 'a future',
  task: 'a task',
  lock: 'a lock',
  event: 'an event',
  condition: 'a condition',
  semaphore: 'a semaphore',
  barrier: 'a barrier',
  queue_get: 'queue get',
  queue_put: 'queue put',
  queue_join: 'queue join',
  gather: 'gather',
  wait: 'asyncio.wait',
  executor: 'an executor job',
  task_group: 'a task group',
};
