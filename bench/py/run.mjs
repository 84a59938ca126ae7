#!/usr/bin/env node
// Benchmarks of the Python interpreter and of Python-level asyncio: every program in
// PROGRAMS runs as a whole process under CPython 3.11 (`python3 FILE`), our native CLI
// (`loopscope run FILE`) and our wasm CLI (`node build/wasm/loopscope.js run FILE`), N times
// each, interleaved. Each program prints a small checksum: a run whose stdout or exit status
// differs from CPython's is reported as WRONG OUTPUT (or FAILED when it exits with an error),
// never timed. Prints a table (median and min wall time, CPython/ours ratios) and writes
// bench/py/results.json. Figures only: it never fails because something is slow.
//
// Usage: node bench/py/run.mjs [--reps N] [--quick] [--only a,b] [--cpu]
//          [--native-bin PATH] [--wasm-bin PATH/loopscope.js] [--no-native] [--no-wasm]
//          [--no-build] [--python PATH] [--timeout SECONDS]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

// [file, group, what it measures]; the empty program gives each engine's start-up time.
const PROGRAMS = [
  ['fib.py', 'interp', 'recursive fib(32): Python calls'],
  ['arith_int.py', 'interp', 'int arithmetic loop'],
  ['arith_float.py', 'interp', 'float arithmetic loops'],
  ['strings.py', 'interp', 'f-strings, join, short += concatenation, str methods'],
  ['str_concat.py', 'interp', 's += piece on one growing string (CPython: in place)'],
  ['dicts.py', 'interp', 'word counting, dict comprehension, lookups'],
  ['lists.py', 'interp', 'append, sort with key, slicing, comprehensions'],
  ['methods.py', 'interp', 'method calls, inheritance, super(), properties'],
  ['generators.py', 'interp', 'generator pipeline, genexpr, yield from'],
  ['exceptions.py', 'interp', 'raise/except/finally in a loop'],
  ['closures.py', 'interp', 'closures, nonlocal, lambdas'],
  ['aio_sleep0.py', 'asyncio', '10k tasks x 10 sleep(0)'],
  ['aio_gather.py', 'asyncio', 'create_task + gather of 100k coroutines'],
  ['aio_queue.py', 'asyncio', 'Queue(100) producer/consumer, 100k items'],
  ['aio_semaphore.py', 'asyncio', '10k tasks behind Semaphore(100), sleep(0) inside'],
  ['aio_timers.py', 'asyncio', '10k tasks x 5 sleep(0.001) (timer heap)'],
];
const EMPTY = 'empty.py';
// The issues' goals, as CPython time / our time (reported, never asserted).
const GOALS = {
  interp: { native: 1 / 1.5, wasm: 1 / 3, text: { native: 'within 1.5x of CPython', wasm: 'within 3x of CPython' } },
  asyncio: { native: 1, wasm: 1, aim: 3, text: { native: 'faster than CPython (aim 3x)', wasm: 'faster than CPython (aim 3x)' } },
};

function parseArgs(argv) {
  const o = {
    reps: 5, only: null, cpu: false, native: true, wasm: true, build: true,
    nativeBin: null, wasmBin: null, python: 'python3', timeout: 300,
  };
  const usage = 'usage: node bench/py/run.mjs [--reps N] [--quick] [--only a,b] [--cpu] [--native-bin PATH] ' +
    '[--wasm-bin PATH] [--no-native] [--no-wasm] [--no-build] [--python PATH] [--timeout SECONDS]';
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--reps') o.reps = Number(argv[++i]);
    else if (a === '--quick') o.reps = 3;
    else if (a === '--only') o.only = argv[++i].split(',').map((s) => s.replace(/\.py$/, ''));
    else if (a === '--cpu') o.cpu = true;
    else if (a === '--native-bin') o.nativeBin = path.resolve(argv[++i]);
    else if (a === '--wasm-bin') o.wasmBin = path.resolve(argv[++i]);
    else if (a === '--no-native') o.native = false;
    else if (a === '--no-wasm') o.wasm = false;
    else if (a === '--no-build') o.build = false;
    else if (a === '--python') o.python = argv[++i];
    else if (a === '--timeout') o.timeout = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log(usage);
      process.exit(0);
    } else {
      console.error(`unknown option ${a}\n${usage}`);
      process.exit(2);
    }
  }
  if (!(o.reps >= 1)) o.reps = 1;
  return o;
}

const say = (msg) => process.stderr.write(`==> ${msg}\n`);

// The native-release preset's CLI, built (incrementally) unless --no-build; an existing binary
// is still used when the build breaks (someone's half-written edit), with a note.
function nativeBinary(opts, notes) {
  if (opts.nativeBin) return fs.existsSync(opts.nativeBin) ? opts.nativeBin : null;
  const bin = path.join(ROOT, 'build/native-release/loopscope');
  if (opts.build) {
    say('build native-release loopscope (cmake --preset native-release)');
    const cfg = spawnSync('cmake', ['--preset', 'native-release'], { cwd: ROOT, encoding: 'utf8' });
    const b = cfg.status === 0 &&
      spawnSync('cmake', ['--build', '--preset', 'native-release', '--target', 'loopscope'], { cwd: ROOT, encoding: 'utf8' });
    if (!b || b.status !== 0) {
      const log = `${cfg.stdout}${cfg.stderr}${b ? b.stdout + b.stderr : ''}`;
      const err = log.split('\n').find((l) => /error|FAILED/.test(l)) ?? 'see cmake output';
      notes.push(`native build failed (${err.trim().slice(0, 200)})${fs.existsSync(bin) ? '; timing the previous binary' : ''}`);
      say(notes.at(-1));
    }
  }
  return fs.existsSync(bin) ? bin : null;
}

// /usr/bin/time gives each child's CPU time (user+sys) beside our wall-clock measure.
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const timeFile = path.join(os.tmpdir(), `pybench_time_${process.pid}.txt`);

function runOnce(engine, file, timeoutS) {
  let cmd = engine.cmd;
  let args = [...engine.args, file];
  if (TIME) {
    args = ['-f', '%U %S', '-o', timeFile, cmd, ...args];
    cmd = TIME;
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: HERE, encoding: 'utf8', maxBuffer: 64 << 20, timeout: timeoutS * 1000 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  let cpu = null;
  let signal = r.signal;
  if (TIME && fs.existsSync(timeFile)) {
    // GNU time writes "Command terminated by signal N" (and exits 128+N) into its -o file.
    const text = fs.readFileSync(timeFile, 'utf8');
    const m = text.trim().split('\n').at(-1).match(/^([\d.]+) ([\d.]+)$/);
    if (m) cpu = Number(m[1]) + Number(m[2]);
    const killed = text.match(/terminated by signal (\d+)/);
    if (killed) signal = `signal ${killed[1]}`;
    fs.rmSync(timeFile, { force: true });
  }
  const timedOut = r.error?.code === 'ETIMEDOUT';
  const status = timedOut ? 'timeout' : signal ? `killed by ${signal}` : r.status;
  return { wall, cpu, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status, error: r.error };
}

// The line that says what went wrong: a traceback's last line, else the first line.
function errorLine(run) {
  if (run.status === 'timeout') return 'timed out';
  if (run.error && run.error.code !== 'ETIMEDOUT') return String(run.error.message);
  const lines = run.stderr.split('\n').map((l) => l.trimEnd()).filter(Boolean)
    .filter((l) => !l.startsWith('Command exited with') && !l.startsWith('Command terminated by signal'));
  if (typeof run.status === 'string') return `${run.status}${lines.length ? `: ${lines.at(-1).slice(0, 160)}` : ''}`;
  if (!lines.length) return `exit status ${run.status}, no stderr`;
  return (lines[0].startsWith('Traceback') ? lines.at(-1) : lines[0]).slice(0, 200);
}

const stats = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], n: s.length };
};

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const notes = [];
  // The interpreter itself, not a launcher in front of it: pyenv's `python3` shim is a bash
  // script that adds ~80 ms to every start.
  const exe = spawnSync(opts.python, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout?.trim();
  const python = exe && fs.existsSync(exe) ? exe : opts.python;
  const engines = [{ name: 'cpython', cmd: python, args: [] }];
  if (opts.native) {
    const bin = nativeBinary(opts, notes);
    if (bin) engines.push({ name: 'native', cmd: bin, args: ['run'], bin });
    else notes.push('native: no loopscope binary (build/native-release/loopscope or --native-bin); skipped');
  }
  if (opts.wasm) {
    const js = opts.wasmBin ?? path.join(ROOT, 'build/wasm/loopscope.js');
    // Emscripten 3.1.6's loader trips over Node 20's global fetch (TOOLCHAIN.md).
    if (fs.existsSync(js)) engines.push({ name: 'wasm', cmd: process.execPath, args: ['--no-experimental-fetch', js, 'run'], bin: js });
    else notes.push(`wasm: ${path.relative(ROOT, js)} not built (the wasm preset; not built here); skipped`);
  }
  for (const n of notes) say(n);

  const programs = PROGRAMS.filter(([f]) => !opts.only || opts.only.includes(f.replace(/\.py$/, '')));
  const loadBefore = os.loadavg()[0];
  const results = [];
  const measure = (file) => {
    // One row: per engine the samples, or why it has none. Repetitions are interleaved across
    // engines so that a burst of load on the shared machine hits all of them alike.
    const row = {};
    for (const e of engines) row[e.name] = { wall: [], cpu: [], status: 'ok' };
    let expected = null;
    for (let rep = 0; rep < opts.reps; ++rep) {
      for (const e of engines) {
        const cell = row[e.name];
        if (cell.status !== 'ok') continue;
        const r = runOnce(e, file, opts.timeout);
        if (e.name === 'cpython') {
          if (r.status !== 0) {
            cell.status = 'FAILED';
            cell.error = errorLine(r);
            continue;
          }
          expected ??= r.stdout;
        } else if (expected === null) {
          // CPython itself failed: nothing to compare with.
          cell.status = 'UNCHECKED';
          continue;
        } else if (r.status !== 0 || r.stdout !== expected) {
          // A crash or exception is FAILED; exit 0 with other output is WRONG OUTPUT.
          cell.status = r.status !== 0 ? 'FAILED' : 'WRONG OUTPUT';
          if (r.status !== 0) {
            cell.error = errorLine(r);
          } else {
            const got = r.stdout.split('\n');
            const want = expected.split('\n');
            const k = want.findIndex((l, i) => got[i] !== l);
            cell.error = `stdout differs from CPython's at line ${(k < 0 ? want.length : k) + 1}`;
          }
          cell.exit_status = r.status;
          cell.stdout = r.stdout.slice(0, 2000);
          cell.expected = expected.slice(0, 2000);
          cell.stderr = r.stderr.slice(0, 2000);
          continue;
        }
        cell.wall.push(r.wall);
        if (r.cpu != null) cell.cpu.push(r.cpu);
      }
    }
    for (const e of engines) {
      const cell = row[e.name];
      cell.wall_s = stats(cell.wall);
      cell.cpu_s = stats(cell.cpu);
    }
    return row;
  };

  say(`start-up: ${EMPTY}`);
  const startup = measure(EMPTY);
  for (const [file, group, what] of programs) {
    say(`${file} (${engines.map((e) => e.name).join(', ')}; ${opts.reps} reps)`);
    results.push({ program: file.replace(/\.py$/, ''), group, what, ...measure(file) });
  }
  const loadAfter = os.loadavg()[0];

  // Ratios: CPython's median over ours (>1: we are faster), in the shown measure; the other
  // measure's ratio too (CPU time suffers less when the shared machine is loaded).
  const key = opts.cpu ? 'cpu_s' : 'wall_s';
  const other = opts.cpu ? 'wall_s' : 'cpu_s';
  for (const r of results) {
    for (const e of ['native', 'wasm']) {
      if (!r[e]) continue;
      const ratioOf = (k) => (r[e][k]?.median && r.cpython?.[k]?.median ? r.cpython[k].median / r[e][k].median : null);
      r[e].ratio = ratioOf(key);
      r[e].other_ratio = ratioOf(other);
    }
  }

  const has = (name) => engines.some((e) => e.name === name);
  const fmtS = (c) => (c?.[key] ? `${c[key].median.toFixed(3)} / ${c[key].min.toFixed(3)}` : c ? c.status : '—');
  const fmtX = (x) => `${x.toFixed(x < 0.1 ? 3 : 2)}x`;
  const fmtR = (c) => (c?.ratio ? fmtX(c.ratio) : c && c.status !== 'ok' ? c.status : '—');
  const fmtO = (c) => (c?.other_ratio ? fmtX(c.other_ratio) : '—');
  const otherName = opts.cpu ? 'wall' : 'CPU';
  const head = ['program', 'CPython s', 'native s', 'native ratio', 'wasm s', 'wasm ratio', `${otherName} ratios native, wasm`];
  const body = results.map((r) => [r.program, fmtS(r.cpython), has('native') ? fmtS(r.native) : 'skipped',
    has('native') ? fmtR(r.native) : '—', has('wasm') ? fmtS(r.wasm) : 'skipped', has('wasm') ? fmtR(r.wasm) : '—',
    `${fmtO(r.native)}, ${fmtO(r.wasm)}`]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const sep = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;

  // Geometric mean of the ratios per group, and each row against its goal.
  const goals = [];
  const geomean = {};
  for (const group of ['interp', 'asyncio']) {
    for (const e of ['native', 'wasm']) {
      const rows = results.filter((r) => r.group === group && r[e]);
      if (!rows.length) continue;
      const ratios = rows.map((r) => r[e].ratio).filter(Boolean);
      if (ratios.length) geomean[`${group}_${e}`] = Math.exp(ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length);
      const goal = GOALS[group];
      const missed = rows.filter((r) => !r[e].ratio || r[e].ratio < goal[e]).map((r) => `${r.program} ${fmtR(r[e])}`);
      const worst = rows.filter((r) => r[e].ratio).sort((a, b) => a[e].ratio - b[e].ratio)[0];
      let text = `${group} ${e} ${goal.text[e]}: ${rows.length - missed.length}/${rows.length} met`;
      if (geomean[`${group}_${e}`]) text += `, geomean ${geomean[`${group}_${e}`].toFixed(2)}x`;
      if (worst) text += `, worst ${worst.program} ${fmtX(worst[e].ratio)}`;
      if (goal.aim) text += `, ${rows.filter((r) => r[e].ratio >= goal.aim).length}/${rows.length} at ${goal.aim}x`;
      if (missed.length) text += ` — missed: ${missed.join(', ')}`;
      goals.push(text);
    }
  }

  const problems = [];
  for (const r of [{ program: 'empty (start-up)', ...startup }, ...results]) {
    for (const e of engines) {
      const c = r[e.name];
      if (c && c.status !== 'ok') problems.push({ program: r.program, engine: e.name, status: c.status, error: c.error, stdout: c.stdout, expected: c.expected });
    }
  }

  const out = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, os: `${os.type()} ${os.release()}`, node: process.version, load: [Number(loadBefore.toFixed(2)), Number(loadAfter.toFixed(2))] },
    engines: Object.fromEntries(engines.map((e) => [e.name, [e.cmd, ...e.args].join(' ')])),
    python: spawnSync(opts.python, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? null,
    reps: opts.reps,
    unit: 'seconds per whole process (start-up included); wall_s from Node, cpu_s (user+sys) from /usr/bin/time; median and min; ratio = CPython median / ours',
    ratio_of: key,
    startup: Object.fromEntries(engines.map((e) => [e.name, { status: startup[e.name].status, wall_s: startup[e.name].wall_s, cpu_s: startup[e.name].cpu_s }])),
    results,
    geomean,
    goals,
    problems,
    notes,
  };
  fs.writeFileSync(path.join(HERE, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);

  const measureName = opts.cpu ? 'process CPU time (user+sys)' : 'wall time';
  console.log(`\nLoopscope Python benchmarks — ${out.machine.cpu}, ${out.machine.cores} cores, ${out.python}, ${out.date}`);
  console.log(`${measureName} of the whole process, start-up included, in seconds: median / min of ${opts.reps}; ` +
    `ratio = CPython / ours (>1: we are faster; the last column: the same in ${otherName} time); load average ${out.machine.load[0]} → ${out.machine.load[1]}`);
  const su = engines.map((e) => `${e.name} ${startup[e.name][key] ? `${(startup[e.name][key].median * 1000).toFixed(1)} ms` : startup[e.name].status}`);
  console.log(`start-up (empty program, median): ${su.join(', ')}`);
  console.log(`engines: ${engines.map((e) => `${e.name} = ${e.bin ? path.relative(ROOT, e.bin) : e.cmd}`).join(', ')}\n`);
  console.log([line(head), sep, ...body.map(line)].join('\n'));
  console.log('\nGoals (figures, not tests):');
  for (const g of goals) console.log(`  ${g}`);
  if (problems.length) {
    console.log('\nProblems:');
    for (const p of problems) {
      console.log(`  ${p.status}: ${p.program} on ${p.engine}: ${p.error ?? ''}`);
      if (p.status === 'WRONG OUTPUT') {
        console.log(`    CPython: ${JSON.stringify(p.expected?.slice(0, 300))}`);
        console.log(`    ours:    ${JSON.stringify(p.stdout?.slice(0, 300))}`);
      }
    }
  }
  for (const n of notes) console.log(`note: ${n}`);
  console.log(`\nwrote ${path.relative(process.cwd(), path.join(HERE, 'results.json'))}`);
}

main();
