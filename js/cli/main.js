// The `loopscope` command (bin/loopscope.js): reads the command line, then prints the help or
// the version, or runs a program. Resolves to the exit status. `session`: one started ahead
// for a run (closed here when the command runs nothing).
'use strict';
const { parseCommandLine } = require('./arguments');
const { runCommand } = require('./run_command');
const { USAGE, HELP, VERSION, UsageError, usageErrorText, USAGE_ERROR_STATUS } = require('./usage');

async function main(args, session = null) {
  let command;
  try {
    command = parseCommandLine(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(usageErrorText(err.message));
    return USAGE_ERROR_STATUS;
  } finally {
    if (session && (!command || command.action !== 'run')) await session.close();
  }
  if (command.action === 'help') {
    process.stdout.write(USAGE + HELP);
    return 0;
  }
  if (command.action === 'version') {
    process.stdout.write(`loopscope ${VERSION}\n`);
    return 0;
  }
  return runCommand(command.options, undefined, session || undefined);
}

module.exports = { main };
