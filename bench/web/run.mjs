// The playground page's figures (a benchmark: it prints, it asserts nothing):
//  - time until the page is interactive with the engine ready, served locally, cold cache
//    (navigation start → every control wired and the engine worker loaded), median of N loads;
//  - the first run of a seed (click → done);
//  - a run with 10 000 tasks: run time, and the timeline's frame time while zooming;
//  - download sizes, gzipped: the engine (single-threaded and pthreads), Monaco, the rest.
// Usage: node bench/web/run.mjs [--loads N]   (after `npm run build:web`)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { SITE, startServer } from '../../scripts/serve.mjs';

const loads = Number(process.argv[process.argv.indexOf('--loads') + 1]) || 5;
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

if (!existsSync(join(SITE, 'index.html'))) {
  console.error(`bench/web: the site is not built (${SITE}): run \`npm run build:web\``);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function sizes() {
  const rows = [];
  for (const build of ['st', 'mt']) {
    const dir = join(SITE, 'engine', build);
    if (!existsSync(dir)) continue;
    const list = files(dir);
    const raw = list.reduce((n, f) => n + statSync(f).size, 0);
    rows.push([`engine (${build === 'st' ? 'single-threaded' : 'pthreads'})`, raw, list.reduce((n, f) => n + gz(f), 0)]);
  }
  const assets = files(join(SITE, 'assets'));
  const monaco = assets.filter((f) => /code-editor|editor\.worker|codicon|python-/.test(f));
  const rest = files(SITE).filter((f) => !f.includes(`${join(SITE, 'engine')}`) && !monaco.includes(f));
  for (const [name, list] of [['Monaco (editor chunk, worker, font)', monaco], ['the page itself (html, css, js)', rest]]) {
    rows.push([name, list.reduce((n, f) => n + statSync(f).size, 0), list.reduce((n, f) => n + gz(f), 0)]);
  }
  return rows;
}

const server = await startServer({ port: 0 });
const url = `http://localhost:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });

async function freshPage(hash = '') {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await ctx.newPage();
  await page.goto(url + hash);
  await page.waitForFunction(() => performance.getEntriesByName('loopscope:interactive').length > 0, null, { timeout: 60000 });
  return { ctx, page };
}

const interactive = [];
let build = '';
for (let i = 0; i < loads; i++) {
  const { ctx, page } = await freshPage();
  interactive.push(await page.evaluate(() => performance.getEntriesByName('loopscope:interactive')[0].startTime));
  build = await page.textContent('#status');
  await ctx.close();
}

// The first run of a seed, and a run with many tasks.
const seed = readFileSync(new URL('../../tests/seeds/s001_03_gather_factorial.py', import.meta.url), 'utf8');
const many = [
  'import asyncio',
  'async def worker(i):',
  '    await asyncio.sleep(i % 100 / 1000)',
  '    await asyncio.sleep(0.01)',
  'async def main():',
  '    await asyncio.gather(*(worker(i) for i in range(10_000)))',
  '    print("done")',
  'asyncio.run(main())',
].join('\n');
const { ctx, page } = await freshPage();
const timeRun = async (code) => {
  await page.evaluate((c) => window.loopscope.setCode(c), code);
  const start = Date.now();
  await page.click('#run');
  await page.waitForSelector('body[data-run=running], body[data-run=done]');
  await page.waitForSelector('body:not([data-run=running])', { timeout: 300000 });
  return Date.now() - start;
};
const firstRun = await timeRun(seed);
const manyRun = await timeRun(many);
const lanes = await page.locator('#lane-list li').count();
// Frame times while zooming in and out on the 10k-task timeline.
const frames = await page.evaluate(async () => {
  const canvas = document.getElementById('timeline');
  canvas.focus();
  const times = [];
  let last = performance.now();
  for (let i = 0; i < 40; i++) {
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: i < 20 ? '+' : '-', bubbles: true }));
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    times.push(now - last);
    last = now;
  }
  return times;
});
await ctx.close();
await browser.close();
server.close();

console.log(`bench/web: Chromium headless, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`engine: ${build.replace(/^Ready · /, '')}`);
console.log(`time to interactive with the engine ready (cold cache, local server): median ${median(interactive).toFixed(0)} ms ` +
  `over ${loads} loads (min ${Math.min(...interactive).toFixed(0)}, max ${Math.max(...interactive).toFixed(0)}); goal ≤ 2000 ms`);
console.log(`first run of s001_03_gather_factorial (click → done): ${firstRun} ms`);
console.log(`10 000 tasks (click → done, lanes drawn): ${manyRun} ms; lanes listed: ${lanes}` +
  `; timeline frame while zooming: median ${median(frames).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms`);
console.log('download sizes (raw → gzip -9):');
for (const [name, raw, zipped] of sizes()) console.log(`  ${name.padEnd(38)} ${kb(raw).padStart(8)} → ${kb(zipped).padStart(7)}`);
