#!/usr/bin/env node
// Benchmark of the npm package (figures only; nothing is asserted):
// 1. the `loopscope` CLI's wall time (bin/loopscope.js: Node start, worker start, wasm engine
//    load, run) for hello world and for a tutorial seed, median and min of N runs, beside
//    `python3 FILE` on the same file measured in the same loop (runs interleaved, so a burst of
//    load on the shared machine hits both alike), and beside the Emscripten CLI build
//    (build/wasm/loopscope.js) when it is built; every run's stdout is checked against CPython's;
// 2. the package's size: the files `npm pack` would ship, raw and gzipped one by one (zlib,
//    level 9), split into wasm and JS, and the tarball npm would publish.
// Prints a table with the date, load average and commit; writes bench/npm/results.json.
//
// Usage: node bench/npm/run.mjs [--reps N] [--python PATH] [--no-emscripten-cli]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const HELLO_GOAL_MS = 300; // issue 6: hello world through the CLI in at most 300 ms

// [label, program file]: the program's stdout must equal CPython's.
const PROGRAMS = [
  ['hello world', path.join(HERE, 'hello.py')],
  ['seed s000_02 (3 tasks, sleep 2 s)', path.join(ROOT, 'tests/seeds/s000_02_async_tasks.py')],
];

function parseArgs(argv) {
  const o = { reps: 11, python: 'python3', emscriptenCli: true };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--reps') o.reps = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--python') o.python = argv[++i];
    else if (a === '--no-emscripten-cli') o.emscriptenCli = false;
    else {
      console.error('usage: node bench/npm/run.mjs [--reps N] [--python PATH] [--no-emscripten-cli]');
      process.exit(a === '-h' || a === '--help' ? 0 : 2);
    }
  }
  return o;
}

const say = (msg) => process.stderr.write(`==> ${msg}\n`);

// /usr/bin/time gives the child's CPU time (user + sys): on a loaded machine it says what the
// run costs when the wall time mostly says how long it waited for a core.
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const timeFile = path.join(os.tmpdir(), `npm_bench_time_${process.pid}.txt`);

function timeOnce(runner, file) {
  const [cmd, args] = TIME
    ? [TIME, ['-f', '%U %S', '-o', timeFile, runner.cmd, ...runner.args, file]]
    : [runner.cmd, [...runner.args, file]];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let cpuMs = null;
  if (TIME && fs.existsSync(timeFile)) {
    const m = fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).match(/^([\d.]+) ([\d.]+)$/);
    if (m) cpuMs = (Number(m[1]) + Number(m[2])) * 1000;
    fs.rmSync(timeFile, { force: true });
  }
  return { ms, cpuMs, stdout: r.stdout, status: r.status, stderr: r.stderr };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// CPython first in each round: its output is what the others must print.
function measureProgram(file, runners, reps) {
  const samples = Object.fromEntries(runners.map((r) => [r.name, []]));
  const cpu = Object.fromEntries(runners.map((r) => [r.name, []]));
  const wrong = {};
  let expected = null;
  for (let rep = 0; rep < reps; ++rep) {
    for (const runner of runners) {
      if (wrong[runner.name]) continue;
      const r = timeOnce(runner, file);
      if (runner.name === 'cpython') expected ??= r.stdout;
      if (r.status !== 0 || r.stdout !== expected) {
        wrong[runner.name] = `exit ${r.status}, ${r.stdout === expected ? 'same' : 'other'} stdout: ${r.stderr.trim().split('\n').at(-1)}`;
        continue;
      }
      samples[runner.name].push(r.ms);
      if (r.cpuMs !== null) cpu[runner.name].push(r.cpuMs);
    }
  }
  return Object.fromEntries(runners.map((r) => [r.name, wrong[r.name]
    ? { error: wrong[r.name] }
    : { medianMs: median(samples[r.name]), minMs: Math.min(...samples[r.name]), n: samples[r.name].length,
        cpuMedianMs: cpu[r.name].length ? median(cpu[r.name]) : undefined }]));
}

// The files `npm pack` would put in the package, each sized raw and gzipped.
function packageSize() {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm pack --dry-run failed: ${r.stderr}`);
  const [pack] = JSON.parse(r.stdout);
  const groups = { wasm: { raw: 0, gzip: 0, files: 0 }, js: { raw: 0, gzip: 0, files: 0 }, other: { raw: 0, gzip: 0, files: 0 } };
  for (const file of pack.files) {
    const group = file.path.endsWith('.wasm') ? 'wasm' : /\.(c|m)?js$|\.d\.ts$/.test(file.path) ? 'js' : 'other';
    const bytes = fs.readFileSync(path.join(ROOT, file.path));
    groups[group].raw += bytes.length;
    groups[group].gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    groups[group].files += 1;
  }
  return { groups, tarball: pack.size, unpacked: pack.unpackedSize, files: pack.files.map((f) => f.path) };
}

const ms = (x) => (x === undefined ? '' : `${x.toFixed(0)} ms`);
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const pad = (cells, widths) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const engine = path.join(ROOT, 'build/wasm/wasm/loopscope_engine.js');
  if (!fs.existsSync(engine)) {
    console.error(`${path.relative(ROOT, engine)} is not built: cmake --preset wasm && cmake --build --preset wasm --target loopscope_engine`);
    process.exit(1);
  }
  // The interpreter itself, not a launcher shim in front of it.
  const exe = spawnSync(opts.python, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout?.trim();
  const runners = [
    { name: 'cpython', title: 'python3', cmd: exe || opts.python, args: [] },
    { name: 'npm', title: 'loopscope (npm CLI)', cmd: process.execPath, args: [path.join(ROOT, 'bin/loopscope.js'), 'run'] },
  ];
  const emscriptenCli = path.join(ROOT, 'build/wasm/loopscope.js');
  if (opts.emscriptenCli && fs.existsSync(emscriptenCli)) {
    runners.push({ name: 'emscripten', title: 'Emscripten CLI build', cmd: process.execPath,
                   args: ['--no-experimental-fetch', emscriptenCli, 'run'] });
  }

  const loadAt = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
  const loadBefore = loadAt();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  say(`${opts.reps} runs of each program per runner, interleaved`);
  const timings = PROGRAMS.map(([label, file]) => ({ label, file: path.relative(ROOT, file), ...measureProgram(file, runners, opts.reps) }));
  const size = packageSize();
  const loadAfter = loadAt();

  console.log(`\nnpm package benchmark — ${date}, commit ${commit}, load average ${loadBefore} before, ` +
              `${loadAfter} after (${os.cpus().length} cores), ` +
              `node ${process.version}; wall time: median of ${opts.reps} runs (min), cpu: median user+sys\n`);
  const widths = [34, ...runners.map(() => 28), 14];
  console.log(pad(['program', ...runners.map((r) => r.title), 'npm CLI / python3'], widths));
  for (const t of timings) {
    const cells = runners.map((r) => {
      const c = t[r.name];
      if (c.error) return `FAILED: ${c.error}`;
      return `${ms(c.medianMs)} (${ms(c.minMs)})${c.cpuMedianMs === undefined ? '' : `, cpu ${ms(c.cpuMedianMs)}`}`;
    });
    const ratio = t.npm.medianMs && t.cpython.medianMs ? `${(t.npm.medianMs / t.cpython.medianMs).toFixed(2)}x` : '';
    console.log(pad([t.label, ...cells, ratio], widths));
  }
  const hello = timings[0].npm.medianMs;
  if (hello !== undefined) console.log(`\nhello world goal: <= ${HELLO_GOAL_MS} ms: ${hello <= HELLO_GOAL_MS ? 'met' : 'NOT met'} (${ms(hello)})`);
  console.log('(python3 waits the seed\'s 2 s sleep for real; loopscope runs it on the virtual clock.)');

  console.log(`\npackage: ${size.files.length} files (npm pack --dry-run)`);
  const sizeWidths = [8, 6, 10, 10];
  console.log(pad(['part', 'files', 'raw', 'gzipped'], sizeWidths));
  let raw = 0;
  let gzip = 0;
  for (const [name, g] of Object.entries(size.groups)) {
    if (!g.files) continue;
    raw += g.raw;
    gzip += g.gzip;
    console.log(pad([name, g.files, kib(g.raw), kib(g.gzip)], sizeWidths));
  }
  console.log(pad(['total', size.files.length, kib(raw), kib(gzip)], sizeWidths));
  console.log(`npm tarball: ${kib(size.tarball)} (unpacked ${kib(size.unpacked)})`);

  const results = { date, commit, loadAverage: { before: loadBefore, after: loadAfter }, node: process.version, reps: opts.reps, timings, size };
  fs.writeFileSync(path.join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  say(`wrote ${path.relative(ROOT, path.join(HERE, 'results.json'))}`);
}

main();
