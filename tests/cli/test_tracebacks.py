#!/usr/bin/env python3
"""An uncaught exception's whole stderr equals CPython 3.11's (python3, run by the test): the
frames, the source lines and their PEP 657 markers (`~~^~~`, `^^^^`), chained exceptions, folded
recursion, exception groups' boxes, a task's "exception was never retrieved". The programs keep their tracebacks inside
their own file: CPython would show the source of its library's frames, ours are frozen.

usage: python3 tests/cli/test_tracebacks.py [--loopscope CMD] [unittest options]
"""
import os
import subprocess
import sys
import tempfile
import unittest

import cli_runner

PROGRAMS = {
    "binary_operator": 'def total(prices):\n    return sum(prices) + " EUR"\n\nprint(total([1, 2]))\n',
    "subscript_in_expression": 'stock = {"apples": 3}\nwanted = stock["pears"] * 2\n',
    "attribute_then_call": 'class Cart:\n    pass\n\ncart = Cart()\ncart.items.append("tea")\n',
    "whole_line_call": 'def fail():\n    raise ValueError("no")\n\nfail()\n',
    "multi_line_call": 'def f(a, b):\n    return a // b\n\nresult = f(10,\n           0)\n',
    "method_on_later_line": 'name = "ada"\nshout = (name\n         .upper()\n         .shout())\n',
    "chained_cause": ('def load(text):\n    try:\n        return int(text)\n    except ValueError as e:\n'
                      '        raise RuntimeError("cannot load") from e\n\nload("x")\n'),
    "during_handling": 'try:\n    [][1]\nexcept IndexError:\n    {}["k"]\n',
    "recursion": 'def down(n):\n    return down(n + 1)\n\ndown(0)\n',
    "assert_comparison": 'level = 12\nassert level < 10, "too high"\n',
    "decorator": 'def register(f):\n    return f.name\n\n@register\ndef job():\n    pass\n',
    "trailing_spaces_and_wide_text": 'label = ("안녕" + "!") + 1   \n',
    "exception_group_nested": ('import asyncio\n\ndef f():\n    raise ExceptionGroup("many", [ValueError(1), TypeError("t")])\n\n'
                               'try:\n    f()\nexcept ExceptionGroup as e:\n'
                               '    raise ExceptionGroup("outer", [e] + [KeyError(i) for i in range(16)]) from None\n'),
    "exception_group_members_with_context": ('import asyncio\n\ntry:\n    1 / 0\nexcept ZeroDivisionError as z:\n    try:\n'
                                             '        raise ValueError("inner")\n    except ValueError as v:\n'
                                             '        raise ExceptionGroup("eg", [v, z])\n'),
    "task_never_retrieved": ('import asyncio\n\nasync def bad():\n    return 1 / 0\n\nasync def main():\n'
                             '    task = asyncio.create_task(bad())\n    await asyncio.sleep(0.01)\n    del task\n'
                             '    await asyncio.sleep(0.01)\n\nasyncio.run(main())\nprint("end")\n'),
}


def run_both(source):
    """(python3's, loopscope's) CompletedProcess for `source` run as main.py in its directory."""
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "main.py"), "w", encoding="utf-8") as f:
            f.write(source)
        run = lambda cmd: subprocess.run(cmd + ["main.py"], cwd=d, capture_output=True, text=True, timeout=120)
        return run([sys.executable]), run(cli_runner.command + ["run"])


class UncaughtTracebacks(unittest.TestCase):
    def test_stderr_equals_cpython(self):
        for name, source in PROGRAMS.items():
            with self.subTest(name):
                theirs, ours = run_both(source)
                self.assertIn("Traceback (most recent call last):", theirs.stderr)
                self.assertEqual(ours.stderr, theirs.stderr)
                self.assertEqual((ours.returncode, ours.stdout), (theirs.returncode, theirs.stdout))


if __name__ == "__main__":
    cli_runner.main()
