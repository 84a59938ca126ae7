// The CLI's command line (js/cli/arguments.js) and its wording of stop notices
// (js/cli/stop_notices.js), without starting the engine. The whole CLI is checked against the
// contract of tests/cli/test_cli.py by ctest (npm_cli, wasm preset).
const { parseCommandLine } = require('../../js/cli/arguments');
const { inCliWords } = require('../../js/cli/stop_notices');
const { UsageError } = require('../../js/cli/usage');

const run = (...args) => parseCommandLine(['run', ...args]).options;

describe('parseCommandLine', () => {
  test('options before and after FILE; the rest goes to sys.argv, all of it after --', () => {
    const o = run('--clock', 'real', 'x.py', 'a', '--timeline', '-v', '--trace=t.json', '--', '--json');
    expect(o).toMatchObject({ path: 'x.py', argv: ['a', '-v', '--json'], clock: 'real', timeline: true,
                              json: false, tracePath: 't.json' });
  });

  test('limits take numbers in either form', () => {
    expect(run('--max-steps', '50', '--timeout=0.5', '-')).toMatchObject({ path: '-', maxSteps: 50, timeoutSeconds: 0.5 });
    expect(run('--timeout', '2e-1', 'f.py').timeoutSeconds).toBe(0.2);
  });

  test('--cpus takes a whole number of cores', () => {
    expect(run('--cpus', '2', 'x.py').cpus).toBe(2);
    expect(run('--cpus=16', 'x.py').cpus).toBe(16);
  });

  test('help and version, as a command or an option of run', () => {
    expect(parseCommandLine(['--help'])).toEqual({ action: 'help' });
    expect(parseCommandLine(['-h'])).toEqual({ action: 'help' });
    expect(parseCommandLine(['run', 'x.py', '--help'])).toEqual({ action: 'help' });
    expect(parseCommandLine(['--version'])).toEqual({ action: 'version' });
  });

  test.each([
    [[], 'expected: run FILE.py'],
    [['walk'], "unknown command 'walk' (expected: run FILE.py)"],
    [['run'], 'no program file given'],
    [['run', '--clock', 'sundial', 'x.py'], "--clock takes virtual or real, not 'sundial'"],
    [['run', 'x.py', '--clock'], '--clock needs a value: virtual or real'],
    [['run', '--trace'], '--trace needs a file name (--trace OUT.json)'],
    [['run', '--max-steps', '-3', 'x.py'], "--max-steps takes a positive whole number, not '-3'"],
    [['run', '--max-steps', '2.5', 'x.py'], "--max-steps takes a positive whole number, not '2.5'"],
    [['run', '--timeout', 'soon', 'x.py'], "--timeout takes a positive number of seconds, not 'soon'"],
    [['run', '--timeout', '0', 'x.py'], "--timeout takes a positive number of seconds, not '0'"],
    [['run', '--cpus', '0', 'x.py'], "--cpus takes a whole number of cores from 1 to 1024, not '0'"],
    [['run', '--cpus', '1.5', 'x.py'], "--cpus takes a whole number of cores from 1 to 1024, not '1.5'"],
    [['run', '--frobnicate', 'x.py'], "unknown option '--frobnicate'"],
    [['run', '--timeline=yes', 'x.py'], "unknown option '--timeline=yes'"],
  ])('%j is a usage error: %s', (args, message) => {
    expect(() => parseCommandLine(args)).toThrow(new UsageError(message));
  });
});

describe('inCliWords', () => {
  const options = { maxSteps: 50, timeoutSeconds: 0.5 };

  test('names the option that set the limit', () => {
    expect(inCliWords('loopscope: stopped: the steps limit (50) was reached\n', options, null))
      .toBe('loopscope: stopped after 50 steps (--max-steps)\n');
    expect(inCliWords('loopscope: stopped: the wall-time limit (500 ms) was reached\n', options, null))
      .toBe('loopscope: stopped: the --timeout of 0.5 s of wall time was reached\n');
    expect(inCliWords('loopscope: stopped: the run was aborted\n', options, 'interrupted (Ctrl-C)'))
      .toBe('loopscope: stopped: interrupted (Ctrl-C)\n');
    expect(inCliWords('loopscope: stopped: the run was aborted\n', options, '')).toBe('');
  });

  test("leaves the program's own text alone", () => {
    for (const text of ['loopscope: stopped: the steps limit (7) was reached\n',
                        'loopscope: stopped: the run was aborted\n', 'Traceback (most recent call last):\n']) {
      expect(inCliWords(text, options, null)).toBe(text);
    }
  });
});
