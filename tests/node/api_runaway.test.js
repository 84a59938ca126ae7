// Runaway programs end inside the engine's worker the way CPython's do, and the worker lives on:
// deep recursion through native code (repr, hash) is a RecursionError, not a worker that ran out
// of machine stack ("Maximum call stack size exceeded") before the interpreter's guard spoke.
const { createSession } = require('../../js');
const { describeEngine } = require('./engine_module');

const DEEP_NATIVE_RECURSION = `import sys
sys.setrecursionlimit(10**6)
class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return repr(R(self.n + 1))
try:
    repr(R(0))
except RecursionError as e:
    print(type(e).__name__)
t = ()
for i in range(300000):
    t = (t,)
try:
    hash(t)
except RecursionError as e:
    print(type(e).__name__)
`;

describeEngine('runaway programs in the worker', () => {
  const session = createSession();
  afterAll(() => session.close());

  test('deep recursion through native code is a RecursionError', async () => {
    const result = await session.run(DEEP_NATIVE_RECURSION);
    expect(result).toMatchObject({ stdout: 'RecursionError\nRecursionError\n', stderr: '', exitCode: 0 });
    // The same worker runs the next program.
    expect((await session.run('print("next")\n')).stdout).toBe('next\n');
  });
});
