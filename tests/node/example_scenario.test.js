// scenario.test.js: checks an asyncio scenario with Jest (`npx jest`).
const { createSession } = require('loopscope');

const SCENARIO = `
import asyncio

async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(name, "arrived")
    return name

async def main():
    results = await asyncio.gather(fetch("slow", 2), fetch("fast", 1))
    print("results:", results)

asyncio.run(main())
`;

// One engine for every test of the file: the runs after the first skip its start-up.
const session = createSession();
afterAll(() => session.close());

test('gather waits for both and keeps the order of its arguments', async () => {
  const result = await session.run(SCENARIO);
  expect(result.exitCode).toBe(0);
  expect(result.stdout).toBe("fast arrived\nslow arrived\nresults: ['slow', 'fast']\n");
  // The virtual clock skips the sleeps: the run took 2 s on it, and no time at all for real.
  expect(result.virtualTimeMs).toBe(2000);
});

test('both fetches started sleeping at once, on line 5', async () => {
  const { events } = await session.run(SCENARIO);
  const fetches = events.filter((e) => e.kind === 'task_created' && e.label === 'fetch()').map((e) => e.id);
  const sleeps = events.filter((e) => e.kind === 'task_suspended' && e.wait === 'sleep' && fetches.includes(e.id));
  expect(sleeps.map((e) => [e.t, e.line])).toEqual([[0, 5], [0, 5]]);
});

test('an endless scenario is stopped, not hung', async () => {
  const result = await session.run('while True:\n    pass\n', { limits: { steps: 1e6 } });
  expect(result).toMatchObject({ stopped: true, stopReason: 'steps', exitCode: 124 });
});
