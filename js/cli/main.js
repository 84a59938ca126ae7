// The `loopscope` command (bin/loopscope.js): reads the command line, then prints the help or
// the version, or runs a program. Resolves to the exit status.
'use strict';
const { parseCommandLine } = require('./arguments');
const { runCommand } = require('./run_command');
const { USAGE, HELP, VERSION, UsageError, usageErrorText, USAGE_ERROR_STATUS } = require('./usage');

async function main(args) {
  let command;
  try {
    command = parseCommandLine(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(usageErrorText(err.message));
    return USAGE_ERROR_STATUS;
  }
  if (command.action === 'help') {
    process.stdout.write(USAGE + HELP);
    return 0;
  }
  if (command.action === 'version') {
    process.stdout.write(`loopscope ${VERSION}\n`);
    return 0;
  }
  return runCommand(command.options);
}

module.exports = { main };
