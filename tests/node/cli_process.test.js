// The `loopscope` command as a process (bin/loopscope.js), for what tests/cli/test_cli.py (the
// contract shared with the native CLI, ctest npm_cli) does not cover: output arrives while the
// program still runs, Ctrl-C stops an endless program cleanly, and a reader that goes away ends
// the run quietly.
const { spawn } = require('child_process');
const path = require('path');
const { describeEngine } = require('./engine_module');

const BIN = path.resolve(__dirname, '../../bin/loopscope.js');
const ENDLESS = 'print("started", flush=True)\nwhile True:\n    pass\n';

// Starts `loopscope run ARGS... -` with `program` on stdin; resolves once the process exits.
function start(args, program) {
  const child = spawn(process.execPath, [BIN, 'run', ...args, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text) => { stdout += text; });
  child.stderr.setEncoding('utf8').on('data', (text) => { stderr += text; });
  child.stdin.end(program);
  const exited = new Promise((resolve) => {
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return { child, exited };
}

// Resolves when `stream` has written `text`.
function written(stream, text) {
  return new Promise((resolve) => {
    let seen = '';
    stream.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes(text)) resolve();
    });
  });
}

describeEngine('the loopscope process', () => {
  test('Ctrl-C stops an endless program: its output so far, the views, status 130', async () => {
    const { child, exited } = start(['--timeline'], ENDLESS);
    // The first line arrives while the program runs: it would never end by itself.
    await written(child.stdout, 'started\n');
    child.kill('SIGINT');
    const { status, stdout, stderr } = await exited;
    expect(status).toBe(130);
    expect(stdout).toBe('started\n');
    expect(stderr).toMatch(/^loopscope: stopped: interrupted \(Ctrl-C\)\ntimeline \(virtual clock\)/);
  });

  test('a reader that goes away ends the run quietly, status 141', async () => {
    const { child, exited } = start([], 'i = 0\nwhile True:\n    print(i)\n    i += 1\n');
    await written(child.stdout, '\n');
    child.stdout.destroy();
    const { status, stderr } = await exited;
    expect(status).toBe(141);
    expect(stderr).toBe('');
  });
});
