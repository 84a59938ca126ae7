// `loopscope run`: reads the program, runs it through the package's own API (the wasm engine in
// a worker thread, js/index.js), writes its output as it is printed, then draws the views asked
// for. A --timeout, Ctrl-C or a closed stdout end the worker, never this process mid-write: the
// output so far and the views of the events so far are kept.
'use strict';
const fs = require('fs');
const path = require('path');
const { createSession } = require('../index');
const { inCliWords } = require('./stop_notices');
const { wantsEvents, drawViews } = require('./views');
const { systemErrorText } = require('./system_errors');
const { USAGE_ERROR_STATUS, INTERRUPTED_STATUS } = require('./usage');

const BROKEN_PIPE_STATUS = 141; // as a shell reports a process that SIGPIPE ended

async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function readProgram(path, stdin) {
  return path === '-' ? readAll(stdin) : fs.promises.readFile(path, 'utf8');
}

// Fails before running, not after, when the trace can't be written (the file is created empty).
function probeTraceFile(path) {
  fs.closeSync(fs.openSync(path, 'a'));
}

// The process's streams; a reader that goes away (`| head`) calls the handler given to `onStdoutClosed`.
function processIo() {
  return {
    stdin: process.stdin,
    writeStdout: (text) => process.stdout.write(text),
    writeStderr: (text) => process.stderr.write(text),
    onStdoutClosed: (handler) => process.stdout.on('error', (err) => {
      if (err.code === 'EPIPE') handler();
      else throw err;
    }),
  };
}

// Runs the program of `options` (js/cli/arguments.js) on `session` (closed afterwards) and
// returns the exit status.
async function runCommand(options, io = processIo(), session = createSession()) {
  try {
    return await runOn(session, options, io);
  } finally {
    await session.close();
  }
}

async function runOn(session, options, io) {
  session.load().catch(() => {}); // the engine loads while the program is read; the run says what failed
  let source;
  try {
    source = await readProgram(options.path, io.stdin);
  } catch (err) {
    io.writeStderr(`loopscope: can't open file '${options.path}': ${systemErrorText(err)}\n`);
    return USAGE_ERROR_STATUS;
  }
  if (options.tracePath !== null) {
    try {
      probeTraceFile(options.tracePath);
    } catch (err) {
      io.writeStderr(`loopscope: can't write the trace to '${options.tracePath}': ${systemErrorText(err)}\n`);
      return USAGE_ERROR_STATUS;
    }
  }

  // Why the CLI aborted the run, with the exit status that says so.
  const controller = new AbortController();
  let abort = null;
  const abortFor = (cause, status) => {
    if (abort) return;
    abort = { cause, status };
    controller.abort();
  };
  let outputClosed = false;
  io.onStdoutClosed(() => {
    outputClosed = true;
    abortFor('', BROKEN_PIPE_STATUS); // the reader went away (`| head`): nothing to tell
  });
  // A second Ctrl-C leaves at once, should the first not end the run.
  const onInterrupt = () => (abort ? process.exit(INTERRUPTED_STATUS) : abortFor('interrupted (Ctrl-C)', INTERRUPTED_STATUS));
  process.on('SIGINT', onInterrupt);

  // With --json the output goes into the result instead of to the terminal.
  let stdout = '';
  let stderr = '';
  try {
    const result = await session.run(source, {
      clock: options.clock,
      cpus: options.cpus || undefined,
      // Tracebacks and __file__ name the file by its absolute path, sys.argv[0] as given (CPython).
      filename: options.path === '-' ? '<stdin>' : path.resolve(options.path),
      argv0: options.path,
      argv: options.argv,
      limits: {
        steps: options.maxSteps || undefined,
        wallTimeMs: options.timeoutSeconds ? options.timeoutSeconds * 1000 : undefined,
      },
      onStdout: (text) => {
        if (options.json) stdout += text;
        else if (!outputClosed) io.writeStdout(text);
      },
      onStderr: (chunk) => {
        const text = inCliWords(chunk, options, abort ? abort.cause : null);
        if (options.json) stderr += text;
        else if (text) io.writeStderr(text);
      },
      // Streamed, the events outlive a run ended from outside (a timeout, Ctrl-C).
      onEvent: wantsEvents(options) ? () => {} : undefined,
      signal: controller.signal,
    });
    const exitCode = result.stopReason === 'aborted' && abort ? abort.status : result.exitCode;
    if (!wantsEvents(options)) return exitCode;
    return await drawViews({ stdout, stderr, exitCode, stopped: result.stopped, events: result.events }, options, io);
  } catch (err) {
    io.writeStderr(`${err.message.startsWith('loopscope: ') ? '' : 'loopscope: '}${err.message}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

module.exports = { runCommand };
