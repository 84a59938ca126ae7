// The playground page end to end in Debian's Chromium (node --test tests/browser/): the built
// site (build/site, `npm run build:web`) served by scripts/serve.mjs. Expected program output
// is CPython's (tests/seeds/*.out). Each test leaves a screenshot in build/test-artifacts/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import lz from 'lz-string';
import { chromium } from 'playwright-core';
import { SITE, startServer } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = `${ROOT}build/test-artifacts/`;
const SEEDS = `${ROOT}tests/seeds/`;
const OWN_EXAMPLES = `${ROOT}tests/conformance/playground/`;
const DEMOS = `${ROOT}tests/demos/`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Playwright adds --headless and a fresh temporary profile itself.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUN_TIMEOUT = 60000;

let browser;
const servers = {};

async function serve(isolate) {
  const key = isolate ? 'isolated' : 'plain';
  servers[key] ??= await startServer({ port: 0, isolate });
  return `http://localhost:${servers[key].address().port}/`;
}

before(async () => {
  assert.ok(existsSync(`${SITE}/index.html`), `the site is not built (${SITE}): run \`npm run build:web\``);
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});

after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) server.close();
});

const seed = (name) => readFile(`${SEEDS}${name}.py`, 'utf8');
const expected = (name) => readFile(`${SEEDS}${name}.out`, 'utf8');
const shareHash = (code, clock = 'virtual') => `#v1/${lz.compressToEncodedURIComponent(JSON.stringify({ code, clock }))}`;

// A fresh context (no storage, no service worker) on the page, waiting for the engine.
async function openPage({ isolate = true, hash = '', context = {} } = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...context });
  const page = await ctx.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  await page.goto((await serve(isolate)) + hash);
  await page.waitForSelector('body[data-engine=ready][data-page=ready]', { timeout: RUN_TIMEOUT });
  return { page, ctx, problems };
}

async function runAndWait(page, how = 'button') {
  if (how === 'keys') {
    await page.click('#editor .view-lines');
    await page.keyboard.press('Control+Enter');
  } else {
    await page.click('#run');
  }
  await page.waitForSelector('body[data-run=running], body[data-run=done]', { timeout: RUN_TIMEOUT });
  await page.waitForSelector('body:not([data-run=running])', { timeout: RUN_TIMEOUT });
  return page.evaluate(() => document.body.dataset.run);
}

const stdoutText = (page) => page.$$eval('#output li.stdout .text', (rows) => rows.map((r) => `${r.textContent}\n`).join(''));
const laneNames = (page) => page.$$eval('#lane-list li[data-name]', (rows) => rows.map((r) => r.dataset.name));

async function finish(name, { page, ctx, problems }) {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
  assert.deepEqual(problems, []);
  await ctx.close();
}

test('a seed runs from a share link with Ctrl+Enter: CPython\'s output, stamped times, a lane per task', async () => {
  const name = 's001_03_gather_factorial';
  const opened = await openPage({ hash: shareHash(await seed(name)) });
  const { page } = opened;
  assert.equal(await page.evaluate(() => window.loopscope.getCode()), await seed(name));
  assert.equal(await runAndWait(page, 'keys'), 'done');
  assert.equal(await stdoutText(page), await expected(name));
  assert.equal(await page.getAttribute('#exit', 'data-exit-code'), '0');
  // factorial(2) prints after one 0.1 s sleep, factorial(4) after three.
  const stamps = await page.$$eval('#output li.stdout', (rows) => Object.fromEntries(rows.map((r) => [r.querySelector('.text').textContent, r.querySelector('.time').textContent])));
  assert.equal(stamps['2 (factorial(2))'], '100 ms');
  assert.equal(stamps['24 (factorial(4))'], '300 ms');
  const lanes = await laneNames(page);
  assert.equal(lanes[0], 'event loop');
  assert.ok(lanes.includes('Task-1 main()'), lanes.join(', '));
  assert.equal(lanes.filter((l) => /factorial\(\)$/.test(l)).length, 3, lanes.join(', '));
  assert.equal(await page.isHidden('#timeline-empty'), true);
  await finish('seed-run', opened);
});

test('scrubbing the cursor dims later output and highlights the source line', async () => {
  const name = 's001_03_gather_factorial';
  const opened = await openPage({ hash: shareHash(await seed(name)) });
  const { page } = opened;
  await runAndWait(page);
  assert.equal(await page.locator('#output li.later').count(), 0);
  const canvas = page.locator('#timeline');
  await canvas.focus();
  await page.keyboard.press('Home');
  assert.match(await page.textContent('#cursor-readout'), /cursor 0 /);
  const lines = await page.locator('#output li.stdout').count();
  assert.equal(await page.locator('#output li.later').count(), lines, 'at time 0 nothing was printed yet');
  // Drag along the axis to just past the middle of the run: 150 ms of 300 ms.
  const box = await canvas.boundingBox();
  const readout = async () => page.textContent('#cursor-readout');
  await page.mouse.move(box.x + box.width * 0.3, box.y + 10);
  await page.mouse.down();
  for (let f = 0.3; f <= 0.9; f += 0.1) await page.mouse.move(box.x + box.width * f, box.y + 10);
  await page.mouse.up();
  assert.notEqual(await readout(), 'cursor 0 s');
  // Step through events with the keyboard until factorial(2)'s line is printed but not the last.
  await canvas.focus();
  await page.keyboard.press('Home');
  let later = lines;
  for (let i = 0; i < 200 && later === lines; i++) {
    await page.keyboard.press('ArrowRight');
    later = await page.locator('#output li.later').count();
  }
  assert.ok(later > 0 && later < lines, `some output before the cursor, some after (${later} of ${lines})`);
  assert.ok(await page.locator('#editor .source-highlight').count() > 0, 'the source line at the cursor is highlighted');
  // Picking an output line puts the cursor at its moment.
  await page.click('#output li.stdout:last-of-type');
  assert.equal(await readout(), 'cursor 300 ms');
  await finish('scrub', opened);
});

test('share link round trip: code and clock come back in a new page', async () => {
  const code = 'import asyncio\n\nasync def main():\n    print("start")\n    await asyncio.sleep(0.25)\n    print("shared ✓", 42)\n\nasyncio.run(main())\n';
  const first = await openPage();
  await first.page.evaluate((c) => window.loopscope.setCode(c), code);
  await first.page.click('#settings-open');
  await first.page.check('input[name=clock][value=real]');
  await first.page.keyboard.press('Escape');
  await first.page.click('#share');
  await first.page.waitForSelector('body[data-shared]');
  const url = await first.page.evaluate(() => document.body.dataset.shared);
  assert.match(url, /#v1\//);
  assert.equal(await first.page.evaluate(() => location.href), url);
  await finish('share-made', first);

  const second = await openPage({ hash: new URL(url).hash });
  assert.equal(await second.page.evaluate(() => window.loopscope.getCode()), code);
  assert.equal(await second.page.isChecked('input[name=clock][value=real]'), true);
  assert.equal(await runAndWait(second.page), 'done');
  assert.equal(await stdoutText(second.page), 'start\nshared ✓ 42\n');
  // Stamped on the real clock: the first line before the sleep, the second after it.
  const stamps = await second.page.$$eval('#output li.stdout .time', (cells) => cells.map((c) => c.textContent));
  const ms = (text) => {
    const [, value, unit] = /^([\d.]+) (s|ms|µs|ns)$/.exec(text);
    return Number(value) * { s: 1000, ms: 1, µs: 1e-3, ns: 1e-6 }[unit];
  };
  assert.ok(ms(stamps[0]) < 250, stamps.join(', '));
  assert.ok(ms(stamps[1]) >= 250, stamps.join(', '));
  await finish('share-opened', second);
});

test('exports: the run\'s Chrome trace (for Perfetto) and the program as main.py; replay plays output back', async () => {
  const name = 's003_02_gather_users';
  const opened = await openPage({ hash: shareHash(await seed(name)) });
  const { page } = opened;
  await runAndWait(page);
  await page.click('#settings-open');
  const [traceDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-trace')]);
  assert.equal(traceDownload.suggestedFilename(), 'loopscope-trace.json');
  const trace = JSON.parse(await readFile(await traceDownload.path(), 'utf8'));
  const threads = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args.name);
  assert.ok(threads.includes('Task-1 main()'), threads.join(', '));
  const [pyDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-py')]);
  assert.equal(pyDownload.suggestedFilename(), 'main.py');
  assert.equal(await readFile(await pyDownload.path(), 'utf8'), await seed(name));
  await page.keyboard.press('Escape');
  // Replay from the start hides the output not yet written, and shows it all at the end.
  await page.locator('#timeline').focus();
  await page.keyboard.press('Home');
  await page.click('#replay');
  assert.equal(await page.locator('#output li.replay-hidden').count(), 1);
  await page.waitForSelector('#replay:text("Replay")', { timeout: 10000 });
  assert.equal(await page.locator('#output li.replay-hidden').count(), 0);
  assert.equal(await stdoutText(page), await expected(name));
  await finish('exports', opened);
});

test('the code and the settings survive a reload (localStorage); the dark theme applies', async () => {
  const opened = await openPage();
  const { page } = opened;
  const code = 'print("kept across reloads")\n';
  await page.evaluate((c) => window.loopscope.setCode(c), code);
  await page.click('#settings-open');
  await page.check('input[name=theme][value=dark]');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.keyboard.press('Escape');
  await page.waitForFunction((c) => localStorage.getItem('loopscope.code') === c, code);
  await page.reload();
  await page.waitForSelector('body[data-engine=ready][data-page=ready]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.evaluate(() => window.loopscope.getCode()), code);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await runAndWait(page), 'done');
  assert.equal(await stdoutText(page), 'kept across reloads\n');
  assert.match(await page.textContent('#timeline-empty'), /No asyncio tasks ran/);
  assert.equal(await page.isVisible('#timeline-empty'), true);
  await finish('reload-dark', opened);
});

test('a damaged or future share link warns and keeps the page usable', async () => {
  const opened = await openPage({ hash: '#v9/abc' });
  assert.match(await opened.page.textContent('#toast'), /newer version/);
  assert.ok((await opened.page.evaluate(() => window.loopscope.getCode())).length > 0);
  await finish('share-future', opened);
});

test('Stop ends `while True: pass` at once and keeps the output so far; the next run works', async () => {
  const code = 'print("before the loop")\nwhile True:\n    pass\n';
  const opened = await openPage({ hash: shareHash(code) });
  const { page } = opened;
  await page.click('#run');
  await page.waitForSelector('#output li.stdout', { timeout: RUN_TIMEOUT });
  assert.equal(await page.evaluate(() => document.body.dataset.run), 'running');
  assert.equal(await page.isEnabled('#stop'), true);
  await page.click('#stop');
  await page.waitForSelector('body[data-run=stopped]', { timeout: 15000 });
  assert.equal(await stdoutText(page), 'before the loop\n');
  assert.match(await page.textContent('#output .note'), /Stopped/);
  // A fresh worker runs the next program.
  await page.evaluate(() => window.loopscope.setCode('print("after")\n'));
  await page.waitForSelector('body[data-engine=ready]', { timeout: RUN_TIMEOUT });
  assert.equal(await runAndWait(page), 'done');
  assert.equal(await stdoutText(page), 'after\n');
  await finish('stop', opened);
});

test('asyncio.run\'s clean-up lanes are folded until "asyncio internals" is ticked; a gather wait says gather', async () => {
  const name = 's000_02_async_tasks';
  const opened = await openPage({ hash: shareHash(await seed(name)) });
  const { page } = opened;
  assert.equal(await runAndWait(page), 'done');
  assert.equal(await stdoutText(page), await expected(name));
  const folded = await laneNames(page);
  assert.deepEqual(folded, ['event loop', 'Task-1 main()', 'Task-2 task()', 'Task-3 task()', 'Task-4 task()']);
  assert.equal(await page.getAttribute('#internals-label', 'data-hidden'), '2');
  assert.match(await page.textContent('#lane-list'), /2 lane\(s\) of asyncio\.run's own clean-up not shown/);
  // Hovering main's lane half-way through: it waits on the gathering future.
  const canvas = await page.locator('#timeline').boundingBox();
  await page.mouse.move(canvas.x + canvas.width * 0.6, canvas.y + 24 + 14 + 22 + 11);
  await page.waitForSelector('#tooltip:not([hidden])');
  const tip = await page.textContent('#tooltip');
  assert.match(tip, /^Task-1 main\(\)\nwaiting on gather #\d+\n/, tip);
  assert.match(tip, /source line 22/, tip);
  await page.screenshot({ path: `${ARTIFACTS}internals-folded.png` });
  await page.check('#show-internals');
  assert.deepEqual(await laneNames(page), [...folded, 'Task-5 shutdown()', 'Task-6 shutdown_default_executor()']);
  assert.equal(await page.getAttribute('#internals-label', 'data-hidden'), '0');
  assert.doesNotMatch(await page.textContent('#lane-list'), /not shown/);
  // The choice is a setting: it stays for the next visit.
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('loopscope.settings')).showInternals), true);
  await finish('internals-shown', opened);
});

test('a 20,000-line output shows its first and last lines with the count of those hidden between', async () => {
  const code = 'for i in range(20000):\n    print("line", i)\nprint("the end")\n';
  const opened = await openPage({ hash: shareHash(code) });
  const { page } = opened;
  assert.equal(await runAndWait(page), 'done');
  const rows = await page.$$eval('#output li.stdout .text', (cells) => cells.map((c) => c.textContent));
  assert.equal(rows.length, 5000);
  assert.deepEqual(rows.slice(0, 2), ['line 0', 'line 1']);
  assert.equal(rows[2499], 'line 2499');
  assert.equal(rows[2500], 'line 17501'); // 20,001 lines: the last 2,500 begin at line 17501
  assert.deepEqual(rows.slice(-2), ['line 19999', 'the end']);
  assert.match(await page.textContent('#output li.gap'), /^… 15,001 lines hidden/);
  // The gap sits between the head and the tail, and the pane is scrolled to the end.
  const before = await page.$eval('#output li.gap', (gap) => gap.previousElementSibling.textContent);
  assert.match(before, /line 2499$/);
  assert.ok(await page.$eval('#output', (o) => o.scrollTop + o.clientHeight >= o.scrollHeight - 4), 'the pane shows the end');
  // The gap row spans the pane (not squeezed into the time column); a screenshot shows it.
  await page.$eval('#output li.gap', (gap) => gap.scrollIntoView({ block: 'center' }));
  const textWidth = await page.$eval('#output li.gap', (gap) => {
    const range = document.createRange();
    range.selectNodeContents(gap);
    return range.getBoundingClientRect().width / gap.clientWidth;
  });
  assert.ok(textWidth > 0.5, `the gap's text spans ${textWidth} of the row`);
  await finish('long-output', opened);
});

test('Stop during a silent loop keeps the trace events from before it (the sleep, the step that loops)', async () => {
  const code = 'import asyncio\n\nasync def main():\n    print("go")\n    await asyncio.sleep(1)\n    while True:\n        pass\n\nasyncio.run(main())\n';
  const opened = await openPage({ hash: shareHash(code) });
  const { page } = opened;
  await page.click('#run');
  await page.waitForSelector('#output li.stdout', { timeout: RUN_TIMEOUT });
  // The events after the print reach the page although the engine never returns from the loop.
  await page.waitForFunction(() => window.loopscope.events().filter((e) => e.kind === 'step_began').length >= 2, null, { timeout: RUN_TIMEOUT });
  assert.equal(await page.evaluate(() => document.body.dataset.run), 'running');
  await page.click('#stop');
  await page.waitForSelector('body[data-run=stopped]', { timeout: 15000 });
  const states = await page.$$eval('#lane-list li', (rows) => rows.map((r) => r.textContent).join('\n'));
  assert.match(states, /^Task-1 main\(\): running, waiting on sleep/m, states);
  assert.match(await page.textContent('#output .note'), /^Stopped at 1 s\./);
  await finish('stop-keeps-events', opened);
});

test('a syntax error becomes a marker on its line, a traceback on the raising line', async () => {
  const opened = await openPage({ hash: shareHash('x = 1\ndef f(:\n    pass\n') });
  const { page } = opened;
  assert.equal(await runAndWait(page), 'done');
  assert.equal(await page.getAttribute('#exit', 'data-exit-code'), '1');
  const markers = await page.evaluate(() => window.loopscope.markers());
  assert.equal(markers.length, 1, JSON.stringify(markers));
  assert.equal(markers[0].line, 2);
  assert.equal(markers[0].severity, 'error');
  assert.match(markers[0].message, /^SyntaxError/);
  await page.waitForSelector('#editor .squiggly-error');
  await page.screenshot({ path: `${ARTIFACTS}syntax-error.png` });

  await page.evaluate(() => window.loopscope.setCode('import asyncio\n\nasync def boom():\n    raise ValueError("no")\n\nasyncio.run(boom())\n'));
  assert.equal(await runAndWait(page), 'done');
  const traceback = await page.evaluate(() => window.loopscope.markers());
  assert.deepEqual(traceback.map((m) => [m.line, m.message]), [[4, 'ValueError: no']]);
  assert.ok(await page.locator('#output li.stderr').count() > 0, 'the traceback shows as stderr');
  await finish('traceback', opened);
});

test('the gallery holds every seed, the page\'s own examples and the demos, grouped; picked ones run as CPython does', async () => {
  const opened = await openPage();
  const { page } = opened;
  await page.click('#examples-open');
  const ids = await page.$$eval('#gallery button[data-example]', (b) => b.map((x) => x.dataset.example));
  const pyFiles = async (dir) => (await readdir(dir)).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3));
  const all = [...await pyFiles(SEEDS), ...await pyFiles(OWN_EXAMPLES), ...await pyFiles(DEMOS)];
  assert.deepEqual([...ids].sort(), all.sort());
  const groups = await page.$$eval('#gallery h3', (h) => h.map((x) => x.textContent));
  assert.deepEqual(groups, ['Basics', 'Running things concurrently', 'Errors and timeouts', 'Synchronisation',
    'Async iteration and context managers', 'Threads and processes']);
  const name = 's003_07_timeouts';
  await page.click(`#gallery button[data-example=${name}]`);
  assert.equal(await page.isVisible('#examples'), false);
  assert.equal(await page.evaluate(() => window.loopscope.getCode()), await seed(name));
  assert.equal(await runAndWait(page), 'done');
  assert.equal(await stdoutText(page), await expected(name));
  await page.screenshot({ path: `${ARTIFACTS}gallery-seed.png` });

  await page.keyboard.press('Control+Enter'); // focus is back on the page, not in the dialog
  await page.waitForSelector('body:not([data-run=running])', { timeout: RUN_TIMEOUT });
  await page.click('#examples-open');
  const own = 'queue_producer_consumer';
  await page.click(`#gallery button[data-example=${own}]`);
  assert.equal(await runAndWait(page), 'done');
  assert.equal(await stdoutText(page), await readFile(`${OWN_EXAMPLES}${own}.out`, 'utf8'));
  const states = await page.$$eval('#lane-list li', (rows) => rows.map((r) => r.textContent).join('\n'));
  assert.match(states, /^Task-1 main\(\): .*waiting on queue_put/m); // the producer, on a full queue
  assert.match(states, /^Task-2 consumer\(\): .*waiting on sleep.*; cancelled$/m);
  await finish('gallery', opened);
});

test('on a host without COOP/COEP the service-worker shim isolates the page', async () => {
  const opened = await openPage({ isolate: false });
  const { page } = opened;
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
  assert.match(await page.textContent('#engine-info'), /service worker/);
  assert.equal(await page.isDisabled('input[name=clock][value=real]'), false);
  await finish('isolated-by-shim', opened);
});

test('without isolation the page falls back to the single-threaded engine, real clock disabled with the reason', async () => {
  const opened = await openPage({ isolate: false, context: { serviceWorkers: 'block' } });
  const { page } = opened;
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);
  assert.match(await page.textContent('#status'), /single-threaded/);
  assert.equal(await page.isDisabled('input[name=clock][value=real]'), true);
  assert.match(await page.textContent('#clock-real-reason'), /cross-origin isolated/);
  await page.evaluate(() => window.loopscope.setCode('import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("ok")\nasyncio.run(main())\n'));
  assert.equal(await runAndWait(page), 'done');
  assert.equal(await stdoutText(page), 'ok\n');
  await finish('not-isolated', opened);
});
