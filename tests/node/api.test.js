// The npm package's JS API (js/index.js): run() on the wasm engine in a worker thread, its
// streaming callbacks, limits and aborts, sessions, and the views of a run's events.
const { run, createSession, engineBuild, toChromeTrace, toTextTimeline } = require('../../js');
const { describeEngine } = require('./engine_module');

const ASYNC_PROGRAM = `import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, "done")

async def main():
    await asyncio.gather(worker("alpha", 0.5), worker("beta", 0.25))

asyncio.run(main())
`;

describeEngine('run()', () => {
  test('hello world', async () => {
    const started = Date.now();
    const result = await run('print("hello, world")\n');
    console.log(`hello world: ${Date.now() - started} ms (worker start + module load + run)`);
    expect(result).toMatchObject({ stdout: 'hello, world\n', stderr: '', exitCode: 0, stopped: false, stopReason: null });
  });

  test('an uncaught exception: traceback on stderr, exit status 1', async () => {
    const result = await run('print("before")\nraise ValueError("bad value")\n');
    expect(result.stdout).toBe('before\n');
    expect(result.stderr).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n' +
      '    raise ValueError("bad value")\nValueError: bad value\n');
    expect(result.exitCode).toBe(1);
  });

  test('sys.exit(3) gives exit status 3', async () => {
    const result = await run('import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.exit(3)\n');
    expect(result).toMatchObject({ stdout: 'out\n', stderr: 'err\n', exitCode: 3, stopped: false });
  });

  test('stdin, argv and filename reach the program', async () => {
    const result = await run('import sys\nprint(input(), sys.argv)\n',
      { stdin: 'typed\n', argv: ['a', 'b'], filename: 'prog.py' });
    expect(result.stdout).toBe("typed ['prog.py', 'a', 'b']\n");
  });

  test('onStdout gets the chunks in order, before the promise resolves', async () => {
    const chunks = [];
    let resolved = false;
    const pending = run('for i in range(5):\n    print(i)\nimport sys\nprint("e", file=sys.stderr)\n', {
      onStdout: (text) => { expect(resolved).toBe(false); chunks.push(text); },
      onStderr: (text) => chunks.push(`stderr:${text}`),
    });
    const result = await pending;
    resolved = true;
    expect(chunks.join('')).toBe('0\n1\n2\n3\n4\nstderr:e\n');
    expect(result.stdout).toBe('0\n1\n2\n3\n4\n');
  });

  test('an asyncio program\'s events are ordered in time and name its tasks', async () => {
    const result = await run(ASYNC_PROGRAM);
    expect(result.stdout).toBe('beta done\nalpha done\n');
    expect(result.virtualTimeMs).toBe(500);
    const created = result.events.filter((e) => e.kind === 'task_created');
    expect(created.length).toBeGreaterThanOrEqual(3);
    result.events.forEach((e, i) => {
      if (i > 0) expect(e.t).toBeGreaterThanOrEqual(result.events[i - 1].t);
    });
  });

  test('onEvent streams the same events the result holds', async () => {
    const streamed = [];
    const result = await run(ASYNC_PROGRAM, { onEvent: (e) => streamed.push(e) });
    expect(streamed.length).toBeGreaterThan(10);
    expect(result.events).toEqual(streamed);
    expect(streamed.map((e) => e.kind)).toContain('task_created');
  });

  test('abort via AbortController ends `while True: pass`, keeping the output before it', async () => {
    const controller = new AbortController();
    const pending = run('print("started", flush=True)\nwhile True:\n    pass\n', {
      signal: controller.signal,
      onStdout: () => setTimeout(() => controller.abort(), 50),
    });
    const result = await pending;
    expect(result).toMatchObject({ stdout: 'started\n', stopped: true, stopReason: 'aborted', exitCode: 124 });
  });

  test('an already aborted signal stops the run at once', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await run('print(1)\n', { signal: controller.signal });
    expect(result).toMatchObject({ stopped: true, stopReason: 'aborted' });
  });

  test('the wall-time limit ends a runaway program', async () => {
    const started = Date.now();
    const result = await run('print("x")\nwhile True:\n    pass\n', { limits: { wallTimeMs: 300 } });
    expect(result).toMatchObject({ stdout: 'x\n', stopped: true, stopReason: 'wallTime', exitCode: 124 });
    expect(Date.now() - started).toBeLessThan(10000);
  });

  test('the steps limit ends a runaway program inside the engine', async () => {
    const result = await run('print("y")\nwhile True:\n    pass\n', { limits: { steps: 100000 } });
    expect(result).toMatchObject({ stdout: 'y\n', stopped: true, stopReason: 'steps', exitCode: 124 });
    expect(result.stderr).toMatch(/stopped: the steps limit/);
  });

  test('the steps limit also counts task steps', async () => {
    const source = 'import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())\n';
    const result = await run(source, { limits: { steps: 50000 } });
    expect(result).toMatchObject({ stopped: true, stopReason: 'steps', exitCode: 124 });
  });

  test('the memory limit stops a program that keeps allocating', async () => {
    const source = 'items = []\nwhile True:\n    items.append([0] * 200)\n';
    const result = await run(source, { limits: { memoryMb: 128 } });
    expect(result).toMatchObject({ stopped: true, stopReason: 'memory', exitCode: 124 });
  });

  test('the real clock sleeps for real', async () => {
    const started = Date.now();
    const result = await run('import time\ntime.sleep(0.2)\nprint("woke")\n', { clock: 'real' });
    expect(result).toMatchObject({ stdout: 'woke\n', exitCode: 0, clock: 'real' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  });

  test('cpus sets the virtual cores: os.cpu_count() and how many processes run in parallel', async () => {
    const result = await run('import os, multiprocessing\nprint(os.cpu_count(), multiprocessing.cpu_count())\n', { cpus: 3 });
    expect(result).toMatchObject({ stdout: '3 3\n', exitCode: 0 });
  });

  test('bad options are refused with a clear error', async () => {
    await expect(run('pass', { clock: 'fast' })).rejects.toThrow(/clock must be 'virtual' or 'real'/);
    await expect(run('pass', { limits: { steps: -1 } })).rejects.toThrow(/limits.steps must be a positive number/);
    await expect(run('pass', { cpus: 0 })).rejects.toThrow(/cpus must be a whole number from 1 to 1024/);
  });
});

describeEngine('createSession()', () => {
  test('100 runs in one session; the worker\'s memory stays bounded', async () => {
    const session = createSession();
    try {
      const first = await session.run(ASYNC_PROGRAM);
      const before = session.memoryBytes;
      const started = Date.now();
      for (let i = 0; i < 100; i++) {
        const result = await session.run(ASYNC_PROGRAM);
        expect(result.stdout).toBe(first.stdout);
      }
      const growth = session.memoryBytes - before;
      console.log(`100 runs: ${Date.now() - started} ms; wasm memory ${before / 2 ** 20} MB -> ` +
                  `${session.memoryBytes / 2 ** 20} MB (growth ${growth / 2 ** 20} MB)`);
      expect(growth).toBeLessThanOrEqual(32 * 2 ** 20);
    } finally {
      await session.close();
    }
  });

  test('a session keeps working after a run is aborted (a new worker takes over)', async () => {
    const session = createSession();
    try {
      const stopped = await session.run('while True:\n    pass\n', { limits: { wallTimeMs: 100 } });
      expect(stopped.stopReason).toBe('wallTime');
      const next = await session.run('print("again")\n');
      expect(next).toMatchObject({ stdout: 'again\n', exitCode: 0 });
    } finally {
      await session.close();
    }
  });

  // Library modules are compiled once per session but run afresh for each program.
  test('runs in one session share no module state', async () => {
    const session = createSession();
    try {
      const patch = 'import asyncio, json\nasyncio.marker = 1\njson.dumps = None\n' +
        'asyncio.Queue.put_nowait = None\nprint(hasattr(asyncio, "marker"))\n';
      const check = 'import asyncio, json\nq = asyncio.Queue()\nq.put_nowait(json.dumps([1]))\n' +
        'print(hasattr(asyncio, "marker"), q.get_nowait())\n';
      expect((await session.run(patch)).stdout).toBe('True\n');
      expect(await session.run(check)).toMatchObject({ stdout: 'False [1]\n', exitCode: 0 });
    } finally {
      await session.close();
    }
  });

  test('load() loads the engine ahead of the first run; Node runs the single-threaded build', async () => {
    const session = createSession();
    try {
      await session.load();
      expect(session.runs).toBe(0);
      expect(session.build).toEqual(engineBuild());
      expect(engineBuild().threads).toBe(false);
      expect(await session.run('print("loaded")\n')).toMatchObject({ stdout: 'loaded\n', exitCode: 0 });
    } finally {
      await session.close();
    }
    await expect(session.load()).rejects.toThrow(/closed/);
  });

  test('an engine that is not there: load() and run() say so', async () => {
    const session = createSession({ engine: '/nonexistent/loopscope_engine.js' });
    await expect(session.load()).rejects.toThrow(/not built/);
    await expect(session.run('pass')).rejects.toThrow(/not built/);
    await session.close();
  });

  test('a closed session refuses runs', async () => {
    const session = createSession();
    await session.close();
    await expect(session.run('pass')).rejects.toThrow(/closed/);
  });
});

describeEngine('views of the events', () => {
  let events;
  beforeAll(async () => {
    events = (await run(ASYNC_PROGRAM)).events;
  });

  test('toChromeTrace gives valid JSON with traceEvents', async () => {
    const trace = JSON.parse(await toChromeTrace(events));
    expect(Array.isArray(trace.traceEvents)).toBe(true);
    expect(trace.traceEvents.length).toBeGreaterThan(5);
  });

  test('a session draws the same views on its own engine', async () => {
    const session = createSession();
    try {
      expect(await toChromeTrace(events, { session })).toBe(await toChromeTrace(events));
      expect(await toTextTimeline(events, { clock: 'virtual', session })).toBe(await toTextTimeline(events, { clock: 'virtual' }));
    } finally {
      await session.close();
    }
  });

  test('toTextTimeline names the tasks', async () => {
    const timeline = await toTextTimeline(events, { clock: 'virtual' });
    expect(timeline).toMatch(/virtual clock/);
    expect(timeline).toMatch(/main\(\)/);
    expect(timeline).toMatch(/worker\(\)/);
  });
});
