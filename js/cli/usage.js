// The CLI's texts and exit statuses: the same as the native CLI's (native/cli.cpp), so that both
// builds keep one contract (tests/cli/test_cli.py).
'use strict';
const { version } = require('../../package.json');

const USAGE_ERROR_STATUS = 2;
const STOPPED_STATUS = 124; // a --max-steps or --timeout limit ended the run (as timeout(1))
const INTERRUPTED_STATUS = 130; // Ctrl-C ended the run (as a shell reports SIGINT)

const USAGE =
  'usage: loopscope run [OPTIONS] FILE.py [ARGS...]\n' +
  '       loopscope --help | --version\n';

const HELP = `
Runs a Python 3.11 asyncio program on Loopscope's engine: its stdout and stderr as CPython
prints them, and CPython's exit status.

FILE '-' reads the program from stdin. Options may come before or after FILE; the other
arguments after FILE go to sys.argv ('--' sends all that follow to sys.argv).

options:
  --clock virtual|real  virtual (default): sleeps take no wall time and every run of a
                        program gives the same output and timeline; real: the wall clock
  --cpus N              the number of virtual cores (os.cpu_count(); default 4): how
                        many processes run in parallel in the virtual clock
  --timeline            after the run, draw a text timeline of its tasks on stderr
  --trace OUT.json      write the run as a Chrome trace (open it in ui.perfetto.dev or
                        chrome://tracing)
  --json                print the whole result as one JSON object on stdout instead of the
                        program's output: stdout, stderr, exitCode, clock, virtualTimeMs,
                        events
  --max-steps N         stop the run after N steps: task steps and loop iterations
                        (counted in batches of 16384; exit status 124)
  --timeout S           stop the run after S seconds of wall time (exit status 124)
  -h, --help            show this help
  --version             show the version

exit status: the program's (as CPython's), 2 for a usage error, 124 when a limit stopped
the run, 130 when Ctrl-C did.
`;

// A problem with the command line: reported with the usage, exit status 2.
class UsageError extends Error {}

function usageErrorText(problem) {
  return `loopscope: ${problem}\n${USAGE}Try 'loopscope --help' for more.\n`;
}

module.exports = {
  USAGE, HELP, VERSION: version, UsageError, usageErrorText,
  USAGE_ERROR_STATUS, STOPPED_STATUS, INTERRUPTED_STATUS,
};
