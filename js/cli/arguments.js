// The CLI's command line, read as the native CLI reads it (native/cli.cpp, parse_run_arguments):
// options before or after FILE, "--name value" or "--name=value", the program's own options after
// FILE go to sys.argv, and everything after "--" too.
'use strict';
const { UsageError } = require('./usage');

// Whole numbers > 0 (--max-steps) and decimal numbers > 0 (--timeout), as strtoll/strtod take them.
const WHOLE_NUMBER = /^\s*\+?\d+$/;
const DECIMAL_NUMBER = /^\s*\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function positiveNumber(text, integer) {
  if (text === undefined || !(integer ? WHOLE_NUMBER : DECIMAL_NUMBER).test(text)) return null;
  const value = Number(text);
  if (!(value > 0) || !Number.isFinite(value) || (integer && !Number.isSafeInteger(value))) return null;
  return value;
}

// The options of `run`, from the arguments that follow it.
function parseRunArguments(args) {
  const o = { path: null, argv: [], clock: 'virtual', timeline: false, json: false, tracePath: null,
              maxSteps: 0, timeoutSeconds: 0, cpus: 0 };
  let optionsDone = false;
  for (let i = 0; i < args.length; ++i) {
    const arg = args[i];
    const isOption = !optionsDone && arg.length > 1 && arg[0] === '-';
    if (!isOption) {
      if (o.path === null) o.path = arg;
      else o.argv.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsDone = true;
      continue;
    }
    let name = arg;
    let value;
    const eq = arg.indexOf('=');
    const inlineValue = arg.startsWith('--') && eq >= 0;
    if (inlineValue) {
      name = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    }
    const takeValue = () => {
      if (inlineValue) return true;
      if (i + 1 >= args.length) return false;
      value = args[++i];
      return true;
    };
    if (name === '--help' || name === '-h') return { action: 'help' };
    if (name === '--version') return { action: 'version' };
    if (name === '--clock') {
      if (!takeValue()) throw new UsageError('--clock needs a value: virtual or real');
      if (value !== 'virtual' && value !== 'real') throw new UsageError(`--clock takes virtual or real, not '${value}'`);
      o.clock = value;
    } else if (name === '--timeline' && !inlineValue) {
      o.timeline = true;
    } else if (name === '--json' && !inlineValue) {
      o.json = true;
    } else if (name === '--trace') {
      if (!takeValue() || value === '') throw new UsageError('--trace needs a file name (--trace OUT.json)');
      o.tracePath = value;
    } else if (name === '--cpus') {
      const n = takeValue() ? positiveNumber(value, true) : null;
      if (n === null || n > 1024) throw new UsageError(`--cpus takes a whole number of cores from 1 to 1024, not '${value ?? ''}'`);
      o.cpus = n;
    } else if (name === '--max-steps') {
      const n = takeValue() ? positiveNumber(value, true) : null;
      if (n === null) throw new UsageError(`--max-steps takes a positive whole number, not '${value ?? ''}'`);
      o.maxSteps = n;
    } else if (name === '--timeout') {
      const s = takeValue() ? positiveNumber(value, false) : null;
      if (s === null) throw new UsageError(`--timeout takes a positive number of seconds, not '${value ?? ''}'`);
      o.timeoutSeconds = s;
    } else if (o.path === null) {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      o.argv.push(arg); // the program's own option
    }
  }
  if (o.path === null) throw new UsageError('no program file given');
  return { action: 'run', options: o };
}

// The whole command line (what follows `loopscope`): { action: 'help' | 'version' } or
// { action: 'run', options }. Throws a UsageError.
function parseCommandLine(args) {
  if (args.length === 0) throw new UsageError('expected: run FILE.py');
  const command = args[0];
  if (command === '--help' || command === '-h') return { action: 'help' };
  if (command === '--version') return { action: 'version' };
  if (command !== 'run') throw new UsageError(`unknown command '${command}' (expected: run FILE.py)`);
  return parseRunArguments(args.slice(1));
}

module.exports = { parseCommandLine };
