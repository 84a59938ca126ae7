// The npm package's browser entry (package.json `exports`, condition "browser") in Debian's
// Chromium, with no bundler: a minimal page maps `loopscope` to the file that condition names
// and imports it, served from the repository by scripts/serve.mjs with COOP/COEP (the pthreads
// engine runs) and without (the single-threaded one). Then the packed package, installed in a
// fresh project and bundled by Vite. Expected output: CPython's, from python3 at test time.
// (The playground page is built by Vite from the entry too: tests/browser/playground.test.mjs.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE_DIR = 'build/test-artifacts/package-page/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ENGINES = ['build/wasm/wasm/loopscope_engine.wasm', 'build/wasm-mt/wasm/loopscope_engine.wasm'];
const SCENARIO = 'tests/seeds/s001_03_gather_factorial.py';
const TIMEOUT = 60000;

let browser;
const servers = [];

// The page: an import map sends `loopscope` where the package's "browser" condition points.
async function writePage() {
  const { exports } = JSON.parse(await readFile(`${ROOT}package.json`, 'utf8'));
  const entry = exports['.'].browser;
  assert.ok(entry, 'package.json exports "." has a "browser" condition');
  const importMap = JSON.stringify({ imports: { loopscope: `/${entry.replace(/^\.\//, '')}` } });
  await mkdir(`${ROOT}${PAGE_DIR}`, { recursive: true });
  await writeFile(`${ROOT}${PAGE_DIR}index.html`, `<!doctype html>
<meta charset="utf-8"><title>loopscope in a page</title><link rel="icon" href="data:,">
<script type="importmap">${importMap}</script>
<script type="module">
import * as loopscope from 'loopscope';
window.loopscope = loopscope;
document.body.dataset.ready = 'yes';
</script>
<body></body>
`);
}

before(async () => {
  for (const file of ENGINES) assert.ok(existsSync(`${ROOT}${file}`), `${file} is not built (npm run build)`);
  await writePage();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

async function openPage(isolate, { root = ROOT, path = PAGE_DIR } = {}) {
  const server = await startServer({ port: 0, isolate, root });
  servers.push(server);
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  await page.goto(`http://localhost:${server.address().port}/${path}`);
  await page.waitForSelector('body[data-ready=yes]', { state: 'attached', timeout: TIMEOUT });
  return { page, ctx, problems };
}

// Runs the scenario in the page through one session, streaming its output and events.
const runScenario = (page, source) => page.evaluate(async (code) => {
  const session = window.loopscope.createSession();
  const chunks = [];
  let streamed = 0;
  const result = await session.run(code, { onStdout: (text) => chunks.push(text), onEvent: () => { streamed += 1; } });
  const trace = JSON.parse(await window.loopscope.toChromeTrace(result.events));
  // The timeline on the session's engine, the trace on one of its own.
  const timeline = await window.loopscope.toTextTimeline(result.events, { clock: result.clock, session });
  await session.close();
  return {
    build: session.build, stdout: result.stdout, exitCode: result.exitCode, chunks, streamed,
    events: result.events.length, virtualTimeMs: result.virtualTimeMs,
    traceThreads: trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args.name),
    timeline,
  };
}, source);

// An endless program stopped by an abort (once it printed) and by a steps limit; the session
// runs a program afterwards.
const stopRunaways = (page) => page.evaluate(async () => {
  const session = window.loopscope.createSession();
  const controller = new AbortController();
  const aborted = await session.run('print("before the loop")\nwhile True:\n    pass\n', {
    signal: controller.signal,
    onStdout: (text) => { if (text.includes('before')) controller.abort(); },
  });
  const limited = await session.run('n = 0\nwhile True:\n    n += 1\n', { limits: { steps: 200000 } });
  const after = await session.run('print("after")\n');
  await session.close();
  const pick = ({ stdout, stderr, exitCode, stopped, stopReason }) => ({ stdout, stderr, exitCode, stopped, stopReason });
  return { aborted: pick(aborted), limited: pick(limited), after: pick(after) };
});

for (const isolate of [true, false]) {
  const engine = isolate ? 'the pthreads engine' : 'the single-threaded engine';
  describe(`the browser entry ${isolate ? 'with' : 'without'} cross-origin isolation runs ${engine}`, () => {
    let opened;
    before(async () => { opened = await openPage(isolate); });
    after(async () => { await opened.ctx.close(); });

    test('a seed prints CPython\'s output, streamed; its events draw a trace and a timeline', async () => {
      const source = await readFile(`${ROOT}${SCENARIO}`, 'utf8');
      const cpython = spawnSync('python3', [SCENARIO], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(cpython.status, 0, cpython.stderr);
      const r = await runScenario(opened.page, source);
      assert.equal(r.build.threads, isolate, r.build.reason);
      assert.equal(await opened.page.evaluate(() => crossOriginIsolated), isolate);
      assert.equal(r.stdout, cpython.stdout);
      assert.equal(r.exitCode, 0);
      assert.equal(r.chunks.join(''), r.stdout);
      assert.ok(r.events > 0 && r.streamed === r.events, `${r.streamed} events streamed, ${r.events} in the result`);
      assert.equal(r.virtualTimeMs, 300);
      assert.ok(r.traceThreads.includes('Task-1 main()'), r.traceThreads.join(', '));
      assert.match(r.timeline, /main\(\)/);
      assert.deepEqual(opened.problems, []);
    });

    test('an abort and a steps limit stop endless programs, keeping their output; the session goes on', async () => {
      const r = await stopRunaways(opened.page);
      assert.deepEqual(r.aborted, { stdout: 'before the loop\n', stderr: 'loopscope: stopped: the run was aborted\n',
        exitCode: 124, stopped: true, stopReason: 'aborted' });
      assert.deepEqual(r.limited, { stdout: '', stderr: 'loopscope: stopped: the steps limit (200000) was reached\n',
        exitCode: 124, stopped: true, stopReason: 'steps' });
      assert.deepEqual(r.after, { stdout: 'after\n', stderr: '', exitCode: 0, stopped: false, stopReason: null });
      assert.deepEqual(opened.problems, []);
    });

    test(isolate ? 'threads: false still picks the single-threaded engine' : 'threads: true is refused with the reason', async () => {
      const outcome = await opened.page.evaluate(() => {
        try {
          return window.loopscope.engineBuild({ threads: !crossOriginIsolated });
        } catch (error) {
          return { error: error.message };
        }
      });
      if (isolate) assert.equal(outcome.threads, false);
      else assert.match(outcome.error, /cross-origin isolated/);
    });
  });
}

// `npm pack`, installed in a new project whose page imports 'loopscope', built by Vite.
describe('the packed package, installed in a project and bundled by Vite', () => {
  let project;
  before(async () => {
    project = await mkdtemp(join(tmpdir(), 'loopscope-consumer-'));
    const npm = (...args) => {
      const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, encoding: 'utf8' });
      assert.equal(r.status, 0, `npm ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    const tarball = npm('pack', ROOT, '--silent').trim().split('\n').at(-1);
    await writeFile(join(project, 'package.json'), '{"name": "consumer", "private": true, "type": "module"}\n');
    npm('install', `./${tarball}`);
    await writeFile(join(project, 'index.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">' +
      '<script type="module">import * as loopscope from "loopscope"; window.loopscope = loopscope; ' +
      'document.body.dataset.ready = "yes";</script><body></body>\n');
    await build({ root: project, configFile: false, logLevel: 'silent', build: { outDir: join(project, 'dist'), target: 'es2022' } });
  });
  after(async () => { if (project) await rm(project, { recursive: true, force: true }); });

  for (const isolate of [true, false]) {
    test(`${isolate ? 'with' : 'without'} cross-origin isolation: CPython's output, an abort`, async () => {
      const opened = await openPage(isolate, { root: join(project, 'dist'), path: '' });
      const source = await readFile(`${ROOT}${SCENARIO}`, 'utf8');
      const cpython = spawnSync('python3', [SCENARIO], { cwd: ROOT, encoding: 'utf8' });
      const r = await runScenario(opened.page, source);
      assert.equal(r.build.threads, isolate, r.build.reason);
      assert.equal(r.stdout, cpython.stdout);
      assert.equal((await stopRunaways(opened.page)).aborted.stopReason, 'aborted');
      assert.deepEqual(opened.problems, []);
      await opened.ctx.close();
    });
  }
});
