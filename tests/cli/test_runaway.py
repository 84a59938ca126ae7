#!/usr/bin/env python3
"""Runaway programs end the way CPython's do instead of crashing the process: unbounded memory
gives MemoryError (exit status 1, CPython's traceback) under the interpreter's memory cap, and
deep native recursion gives RecursionError. (CPython itself can't be the oracle for the memory
case: it would take the machine down first.)

usage: python3 tests/cli/test_runaway.py [unittest options]   (LOOPSCOPE=CMD picks the CLI, as
test_cli.py does; default build/native-debug/loopscope)
"""
import os
import unittest

import cli_runner

run = cli_runner.run_source


class Runaway(unittest.TestCase):
    # Under AddressSanitizer its own operator new replaces the interpreter's counting one, so the
    # memory cap can't see allocations there: the run would grow until the machine runs out.
    @unittest.skipIf(os.environ.get("LOOPSCOPE_SANITIZED"), "the memory cap is not active under ASan")
    def test_unbounded_list_of_strings_is_a_memory_error(self):
        r = run("print('start')\nx = []\nwhile True:\n    x.append('a' * 10**6)\n")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(r.stdout, "start\n")
        self.assertEqual(r.stderr.splitlines()[0], "Traceback (most recent call last):")
        self.assertEqual(r.stderr.splitlines()[-1], "MemoryError")
        self.assertIn('line 4, in <module>', r.stderr)

    def test_huge_repeat_is_a_memory_error_that_can_be_caught(self):
        r = run("try:\n    s = 'ab' * 10**12\nexcept MemoryError as e:\n    print('caught', repr(e))\n"
                "try:\n    l = [0] * 10**12\nexcept MemoryError:\n    print('caught list')\nprint('after')\n")
        self.assertEqual((r.returncode, r.stdout), (0, "caught MemoryError()\ncaught list\nafter\n"), r.stderr)

    def test_doubling_a_list_is_a_memory_error(self):
        r = run("x = [0]\nwhile True:\n    x = x + x\n")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(r.stderr.splitlines()[-1], "MemoryError")

    # The wasm CLI runs in Node's main thread, whose JS stack (~1 MB) runs out before the
    # interpreter's guard, which watches wasm's own stack, can see it (the Node API's worker is
    # fine). Known gap: issue notes.
    @unittest.skipIf(os.environ.get("LOOPSCOPE_WASM_CLI"), "Node's JS stack is smaller than the guard assumes")
    def test_deep_recursion_through_native_code_is_a_recursion_error(self):
        r = run("import sys\nsys.setrecursionlimit(10**6)\n"
                "class R:\n    def __init__(self, n): self.n = n\n"
                "    def __repr__(self): return repr(R(self.n + 1))\n"
                "try:\n    repr(R(0))\nexcept RecursionError as e:\n    print(type(e).__name__)\n"
                "t = ()\nfor i in range(300000):\n    t = (t,)\n"
                "try:\n    hash(t)\nexcept RecursionError as e:\n    print(type(e).__name__)\n")
        self.assertEqual((r.returncode, r.stdout), (0, "RecursionError\nRecursionError\n"), r.stderr)


if __name__ == "__main__":
    cli_runner.main()
