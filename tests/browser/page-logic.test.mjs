// The page's pure logic without a browser (node --test tests/browser/): the TypeScript modules
// are bundled with Vite's API into a temporary folder and imported. Expectations come from
// CPython (its real stderr for the diagnostics) and from the engine (the events of real runs,
// through the package's Node API, for the lanes).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'web/src');
const ENTRIES = {
  share: 'share/share-link.ts',
  diagnostics: 'editor/diagnostics.ts',
  lanes: 'trace/lanes.ts',
  record: 'runner/run-record.ts',
  lines: 'output/output-lines.ts',
  describe: 'timeline/describe.ts',
};

let dir;
const mod = {};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopscope-page-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      reportCompressedSize: false,
      lib: { entry: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, join(SRC, v)])), formats: ['es'] },
    },
  });
  for (const name of Object.keys(ENTRIES)) mod[name] = await import(pathToFileURL(join(dir, `${name}.mjs`)).href);
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// CPython's stderr for a program (python3 is the oracle on every machine), with the script's
// path written as the page's engine names it: main.py.
async function cpythonStderr(source) {
  const file = join(dir, 'main.py');
  await writeFile(file, source);
  const { stderr } = spawnSync('python3', ['main.py'], { cwd: dir, encoding: 'utf8' });
  return stderr.replaceAll(file, 'main.py');
}

test('share links: round trip, version prefix, damaged and foreign hashes', () => {
  const { encodeHash, decodeHash, shareUrl, LONG_LINK } = mod.share;
  const shared = { code: 'print("héllo ✓")\n# #v1/ inside\n', clock: 'real' };
  const hash = encodeHash(shared);
  assert.match(hash, /^#v1\/[A-Za-z0-9+\-$]+$/);
  assert.deepEqual(decodeHash(hash), { ok: true, shared });
  const url = shareUrl('https://example.org/play/?x=1#old', shared);
  assert.equal(url, `https://example.org/play/?x=1${hash}`);
  assert.equal(decodeHash(''), null);
  assert.equal(decodeHash('#section-2'), null);
  assert.match(decodeHash('#v2/abc').reason, /newer version/);
  assert.match(decodeHash(hash.slice(0, 12)).reason, /damaged/);
  assert.equal(decodeHash('#v1/' + 'x'.repeat(10)).ok, false);
  assert.ok(LONG_LINK >= 2000);
});

test('diagnostics from CPython\'s own stderr: syntax error, traceback, exception group, warning', async () => {
  const { parseDiagnostics } = mod.diagnostics;
  const cases = [
    ['x = 1\nif x:\n    y = (1,\n', 3, /^SyntaxError: '\(' was never closed$/],
    ['def f(:\n    pass\n', 1, /^SyntaxError: invalid syntax$/],
    ['import asyncio\n\nasync def boom():\n    await asyncio.sleep(0)\n    raise KeyError("k")\n\nasyncio.run(boom())\n', 5, /^KeyError: 'k'$/],
    ['def a():\n    return 1 / 0\n\ndef b():\n    return a()\n\nb()\n', 2, /^ZeroDivisionError: division by zero$/],
    ['try:\n    raise ValueError("inner")\nexcept ValueError:\n    raise RuntimeError("outer")\n', 4, /^RuntimeError: outer$/],
    ['raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])\n', 1, /^ExceptionGroup: eg \(2 sub-exceptions\)$/],
  ];
  for (const [source, line, message] of cases) {
    const stderr = await cpythonStderr(source);
    const found = parseDiagnostics(stderr, source, 'main.py').filter((d) => d.severity === 'error');
    assert.ok(found.length >= 1, `no marker for:\n${stderr}`);
    assert.equal(found.at(-1).line, line, stderr);
    assert.match(found.at(-1).message, message, stderr);
    assert.ok(stderr.includes(found.at(-1).message), 'the message is CPython\'s own line');
  }
  const warningSource = 'import asyncio\n\nasync def f():\n    pass\n\nasync def main():\n    f()\n\nasyncio.run(main())\n';
  const warning = parseDiagnostics(await cpythonStderr(warningSource), warningSource, 'main.py');
  assert.deepEqual(warning.map((d) => [d.line, d.severity]), [[7, 'warning']]);
  assert.deepEqual(parseDiagnostics('', 'x = 1\n'), []);
});

test('output lines: writes split at newlines, partial lines joined, stdout and stderr kept apart', () => {
  const { OutputLines } = mod.lines;
  const lines = new OutputLines();
  const chunk = (text, isStderr = false) => ({ text, isStderr, eventIndex: 0, line: 0, task: 0 });
  lines.add(chunk('a\nb'));
  lines.add(chunk('c\n'));
  lines.add(chunk('err\n', true));
  lines.add(chunk('\n'));
  assert.deepEqual(lines.lines.map((l) => [l.text, l.isStderr]), [['a', false], ['bc', false], ['err', true], ['', false]]);
});

// Events of real runs, from the engine through the package's Node API.
async function engineRun(source) {
  const require = createRequire(import.meta.url);
  const enginePath = join(ROOT, 'build/wasm/wasm/loopscope_engine.js');
  if (!existsSync(enginePath)) return null;
  const { run } = require(join(ROOT, 'js/index.js'));
  const events = [];
  const result = await run(source, { onEvent: (e) => events.push(e) });
  return { result, events };
}

test('lanes and output stamps from the engine\'s events: one lane per task, gap-free, as trace_lanes.cpp', async (t) => {
  const source = 'import asyncio\n\nasync def job(n):\n    await asyncio.sleep(n / 10)\n    print("job", n)\n\nasync def main():\n    await asyncio.gather(*(job(n) for n in (3, 1, 2)))\n\nasyncio.run(main())\n';
  const ran = await engineRun(source);
  if (!ran) return t.skip('the wasm engine is not built');
  const { buildLanes } = mod.lanes;
  const lanes = buildLanes(ran.events);
  const created = ran.events.filter((e) => e.kind === 'task_created').length;
  assert.equal(lanes.lanes.filter((l) => l.kind === 'task').length, created);
  assert.equal(lanes.lanes[0].kind, 'loop');
  assert.equal(lanes.bySteps, false);
  assert.equal(lanes.end, 300_000_000); // the longest sleep, 0.3 s
  for (const lane of lanes.lanes.filter((l) => l.kind === 'task')) {
    for (let i = 1; i < lane.intervals.length; i++) {
      assert.equal(lane.intervals[i].begin, lane.intervals[i - 1].end, `${lane.name} has a gap or overlap`);
    }
    const last = lane.intervals.at(-1);
    assert.equal(last.end, lanes.end);
    // Done, or its last step at the very end (a zero-length "done" is not an interval).
    assert.ok(last.state === 'done' || (last.state === 'running' && last.begin === lanes.end), JSON.stringify(last));
    assert.equal(lane.outcome, 'result');
  }
  const sleeps = lanes.lanes.filter((l) => l.label === 'job()').map((l) => l.intervals.find((iv) => iv.wait === 'sleep'));
  assert.deepEqual(sleeps.map((iv) => iv.end - iv.begin), [300_000_000, 100_000_000, 200_000_000]);
  assert.ok(sleeps.every((iv) => iv.line === 4));
  assert.ok(lanes.links.some((l) => l.kind === 'created'));

  // The record stamps each write with its output event: "job 1" at 0.1 s, from line 5.
  const { RunRecord } = mod.record;
  const record = new RunRecord();
  const items = [];
  for (const e of ran.events) {
    if (e.kind === 'output') items.push({ type: 'output', text: e.detail, isStderr: e.value === 1 });
    items.push({ type: 'event', event: e });
  }
  record.add(items);
  assert.equal(record.stdout, ran.result.stdout);
  const stamps = record.chunks.map((c) => [c.text, lanes.eventTimes[c.eventIndex], c.line]);
  assert.deepEqual(stamps, [['job 1\n', 100_000_000, 5], ['job 2\n', 200_000_000, 5], ['job 3\n', 300_000_000, 5]]);
});

test('a run that never moved the clock is laid out by task steps', async (t) => {
  const ran = await engineRun('import asyncio\n\nasync def main():\n    for _ in range(3):\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n');
  if (!ran) return t.skip('the wasm engine is not built');
  const lanes = mod.lanes.buildLanes(ran.events);
  assert.equal(lanes.bySteps, true);
  const steps = ran.events.filter((e) => e.kind === 'step_ended').length;
  assert.equal(lanes.end, steps);
});

test('asyncio.run\'s clean-up tasks are marked internal, a program\'s own shutdown() is not; gather waits are named', async (t) => {
  const source = 'import asyncio\n\nasync def job(n):\n    await asyncio.sleep(n / 10)\n\nasync def shutdown():\n    await asyncio.gather(job(1), job(2))\n\nasyncio.run(shutdown())\nasyncio.run(shutdown())\n';
  const ran = await engineRun(source);
  if (!ran) return t.skip('the wasm engine is not built');
  const { buildLanes, withoutInternals, laneTitle } = mod.lanes;
  assert.equal(ran.result.exitCode, 0);
  const lanes = buildLanes(ran.events);
  const tasks = lanes.lanes.filter((l) => l.kind === 'task');
  const internal = tasks.filter((l) => l.internal).map(laneTitle);
  // Each asyncio.run: the program's shutdown() keeps its lane, asyncio.run's own two are folded;
  // the second loop numbers its tasks from 1 again, and they still get lanes of their own.
  assert.deepEqual(internal, ['Task-4 shutdown()', 'Task-5 shutdown_default_executor()', 'Task-9 shutdown()', 'Task-10 shutdown_default_executor()']);
  const shown = withoutInternals(lanes);
  assert.deepEqual(shown.lanes.map(laneTitle), ['event loop', 'Task-1 shutdown()', 'Task-2 job()', 'Task-3 job()', 'Task-6 shutdown()', 'Task-7 job()', 'Task-8 job()']);
  assert.ok(shown.links.some((l) => l.kind === 'created' && l.fromLane.name === 'Task-6' && l.toLane.name === 'Task-7'));
  assert.equal(shown.end, lanes.end);
  assert.ok(shown.links.every((l) => !l.fromLane.internal && !l.toLane.internal));
  // The program's shutdown() waits on the gathering future, not on "a future".
  for (const name of ['Task-1', 'Task-6']) {
    const waits = tasks.find((l) => l.name === name).intervals.filter((iv) => iv.state === 'waiting');
    assert.deepEqual(waits.map((iv) => [iv.wait, iv.line, iv.end - iv.begin]), [['gather', 7, 200_000_000]], name);
    assert.match(mod.describe.stateSentence(waits[0], tasks.find((l) => l.name === name), lanes), /^waiting on gather #\d+$/);
  }
});
