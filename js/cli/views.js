// The views the CLI draws after a run, from its one list of events, in the native CLI's order
// (native/cli.cpp, report()): the --trace file, then the --json result on stdout, then the
// --timeline on stderr.
'use strict';
const fs = require('fs');
const { toChromeTrace, toTextTimeline } = require('../index');
const { systemErrorText } = require('./system_errors');

// Whether the run needs its events: only a view draws them.
function wantsEvents(options) {
  return options.timeline || options.json || options.tracePath !== null;
}

// How long the run took on the virtual clock, in ms to the microsecond (its clock starts at 0).
function virtualTimeMs(events) {
  let lastNs = 0;
  for (const e of events) lastNs = Math.max(lastNs, e.t);
  return Math.trunc(lastNs / 1000) / 1000;
}

// The whole result as the native CLI's --json prints it.
function resultJson(run, options) {
  const result = {
    stdout: run.stdout,
    stderr: run.stderr,
    exitCode: run.exitCode,
    clock: options.clock,
    virtualTimeMs: options.clock === 'virtual' ? virtualTimeMs(run.events) : null,
  };
  if (run.stopped) result.stopped = true;
  result.events = run.events;
  return `${JSON.stringify(result)}\n`;
}

// Draws the views of `run` ({stdout, stderr, exitCode, stopped, events}) and returns the exit
// status: the run's, or 1 when the trace could not be written after a run that succeeded.
async function drawViews(run, options, { writeStdout, writeStderr }) {
  let status = run.exitCode;
  if (options.tracePath !== null) {
    const trace = await toChromeTrace(run.events, { processName: `loopscope ${options.path}` });
    try {
      fs.writeFileSync(options.tracePath, trace);
    } catch (err) {
      writeStderr(`loopscope: can't write the trace to '${options.tracePath}': ${systemErrorText(err)}\n`);
      if (status === 0) status = 1;
    }
  }
  if (options.json) writeStdout(resultJson({ ...run, exitCode: status }, options));
  if (options.timeline) writeStderr(await toTextTimeline(run.events, { clock: options.clock }));
  return status;
}

module.exports = { wantsEvents, drawViews };
