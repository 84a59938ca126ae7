// The smoke module (wasm/smoke_bindings.cpp) in Node, both builds: the runtime runs the fixed
// scenario in the virtual clock and its trace tells a consistent story.
const { loadSmoke } = require('./wasm_modules');

// What smoke_main() sleeps, per task (seconds).
const EXPECTED_SLEEPS = { 'sleeper-a': [0.5, 0.25], 'sleeper-b': [1.0] };
const TASK_KINDS = new Set(['step_began', 'step_ended', 'task_suspended', 'task_woken', 'task_done']);

describe.each([
  ['st', false],
  ['mt', true],
])('loopscope_smoke (%s build)', (build, threaded) => {
  let smoke;
  let run;
  beforeAll(async () => {
    smoke = await loadSmoke(build);
    run = JSON.parse(smoke.runSmokeScenario());
  });
  afterAll(() => smoke && smoke.terminateThreads());

  test('reports whether it was built with threads', () => {
    expect(smoke.threadsEnabled()).toBe(threaded);
  });

  test('the scenario completes at virtual t = 1 s with the tasks\' sum', () => {
    expect(run.error).toBeUndefined();
    expect(run.result).toBe(3);
    expect(run.end_ns).toBe(1e9);
  });

  test('event times never go backwards', () => {
    expect(run.events.length).toBeGreaterThan(10);
    run.events.forEach((e, i) => {
      if (i > 0) expect(e.t).toBeGreaterThanOrEqual(run.events[i - 1].t);
    });
  });

  test('each task is created before it steps, steps in pairs, and finishes last', () => {
    const created = new Set();
    const inStep = new Map();
    const done = new Set();
    for (const e of run.events) {
      if (e.kind === 'task_created') {
        expect(created.has(e.id)).toBe(false);
        created.add(e.id);
      } else if (TASK_KINDS.has(e.kind)) {
        expect(created.has(e.id)).toBe(true);
        expect(done.has(e.id)).toBe(false);
        if (e.kind === 'step_began') {
          expect(inStep.get(e.id)).toBeFalsy();
          inStep.set(e.id, true);
        } else if (e.kind === 'step_ended') {
          expect(inStep.get(e.id)).toBe(true);
          inStep.set(e.id, false);
        } else if (e.kind === 'task_done') {
          done.add(e.id);
        }
      }
    }
    expect(done).toEqual(created);
    expect(created.size).toBe(3);  // main + two sleepers
  });

  test('each sleep sets a timer for its delay, which fires at its deadline', () => {
    const names = new Map();
    const sleeps = {};
    const deadlines = new Map();
    let running = 0;
    for (const e of run.events) {
      if (e.kind === 'task_created') names.set(e.id, e.detail);
      if (e.kind === 'step_began') running = e.id;
      if (e.kind === 'step_ended') running = 0;
      if (e.kind === 'timer_set') {
        const name = names.get(running);
        (sleeps[name] ??= []).push((e.value - e.t) / 1e9);
        deadlines.set(e.id, e.value);
      }
      if (e.kind === 'timer_fired') expect(e.t).toBe(deadlines.get(e.id));
    }
    expect(sleeps).toEqual(EXPECTED_SLEEPS);

    const doneAt = Object.fromEntries(
      run.events.filter((e) => e.kind === 'task_done').map((e) => [names.get(e.id), e.t / 1e9]));
    for (const [name, delays] of Object.entries(EXPECTED_SLEEPS)) {
      expect(doneAt[name]).toBeCloseTo(delays.reduce((s, d) => s + d, 0), 9);
    }
  });
});

describe('runExecutorSmoke: a run_in_executor job on the default executor', () => {
  test('pthreads build: the job runs on a worker thread, not the loop\'s', async () => {
    const smoke = await loadSmoke('mt');
    try {
      const run = JSON.parse(smoke.runExecutorSmoke());
      expect(run.error).toBeUndefined();
      expect(run.result).toBe(42);
      expect(run.job_thread).not.toBe(0);
      expect(run.job_thread).not.toBe(run.loop_thread);
      expect(run.worker).toMatch(/^asyncio_\d+$/);
      const kinds = run.events.map((e) => e.kind);
      expect(kinds).toEqual(expect.arrayContaining(['job_queued', 'job_started', 'job_finished']));
    } finally {
      smoke.terminateThreads();
    }
  });

  test('single-threaded build: the job runs inline on the loop\'s thread', async () => {
    const smoke = await loadSmoke('st');
    const run = JSON.parse(smoke.runExecutorSmoke());
    expect(run.error).toBeUndefined();
    expect(run.result).toBe(42);
    expect(run.job_thread).toBe(run.loop_thread);
    expect(run.worker).toBe('');
  });
});
