#!/usr/bin/env python3
"""The `loopscope` command line: usage errors, --help, --version, programs from stdin, and the
views of a run (--json, --trace, --timeline) checked by parsing them.

usage: python3 tests/cli/test_cli.py [--loopscope CMD] [unittest options]

CMD runs the CLI (default: $LOOPSCOPE, else build/native-debug/loopscope); it may be several words,
e.g. "node bin/loopscope.js" for the wasm build.
"""
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
LOOPSCOPE = shlex.split(os.environ.get("LOOPSCOPE", os.path.join(ROOT, "build", "native-debug", "loopscope")))

SYNC_PROGRAM = 'import sys\nprint("hello", sys.argv[1:])\nprint("to stderr", file=sys.stderr)\n'
FAILING_PROGRAM = 'print("before")\nraise ValueError("bad")\n'
ASYNC_PROGRAM = """import asyncio

async def worker(name, delay):
    print(name, "starts")
    await asyncio.sleep(delay)
    print(name, "done")

async def main():
    await asyncio.gather(worker("A", 1), worker("B", 2))
    print("all done")

asyncio.run(main())
"""


def chrome_trace_problems(trace):
    """What Perfetto would trip on: slices on one track that overlap without nesting, flows that
    don't pair up or that start or end outside any slice, tracks without a name."""
    problems = []
    events = trace["traceEvents"]
    named = {e["tid"] for e in events if e["ph"] == "M" and e["name"] == "thread_name"}
    for tid in {e["tid"] for e in events if e["ph"] == "i"} - named:
        problems.append(f"track {tid} has no thread_name")
    slices = {}
    for e in events:
        if e["ph"] == "X":
            # In whole nanoseconds, as Perfetto reads them (float sums would invent overlaps).
            slices.setdefault(e["tid"], []).append((round(e["ts"] * 1000), round(e["dur"] * 1000), e["name"]))
    for tid, track in slices.items():
        if tid not in named:
            problems.append(f"track {tid} has no thread_name")
        track.sort(key=lambda s: (s[0], -s[1]))
        open_ = []
        for ts, dur, name in track:
            while open_ and open_[-1][0] + open_[-1][1] <= ts and not (open_[-1][1] == dur == 0 and open_[-1][0] == ts):
                open_.pop()
            if open_ and ts + dur > open_[-1][0] + open_[-1][1]:
                problems.append(f"slices overlap on track {tid}: {open_[-1][2]} and {name}")
            open_.append((ts, dur, name))
    flows = {}
    for e in events:
        if e["ph"] in ("s", "f"):
            flows.setdefault(e["id"], {})[e["ph"]] = e
    for fid, ends in flows.items():
        if set(ends) != {"s", "f"}:
            problems.append(f"flow {fid} lacks an end")
            continue
        if ends["f"].get("bp") != "e" or ends["f"]["ts"] < ends["s"]["ts"]:
            problems.append(f"flow {fid} is malformed")
        for end in ends.values():
            at = round(end["ts"] * 1000)
            if not any(ts <= at <= ts + dur for ts, dur, _ in slices.get(end["tid"], [])):
                problems.append(f"flow {fid} {end['ph']} is outside any slice")
    return problems


CTIME = re.compile(r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\d \d\d:\d\d:\d\d \d{4}")


def without_ctime(text):
    return CTIME.sub("<CTIME>", text)


def run(*args, stdin=None, cwd=None):
    return subprocess.run(LOOPSCOPE + list(args), input=stdin, capture_output=True, text=True, timeout=60, cwd=cwd)


class CliTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def program(self, text, name="main.py"):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    # ---- usage ------------------------------------------------------------------------------
    def test_help(self):
        for args in (["--help"], ["-h"], ["run", "--help"]):
            r = run(*args)
            self.assertEqual(r.returncode, 0, args)
            self.assertIn("usage: loopscope run", r.stdout)
            for option in ("--clock", "--timeline", "--trace", "--json", "--max-steps", "--timeout"):
                self.assertIn(option, r.stdout)

    def test_version(self):
        r = run("--version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^loopscope \d+\.\d+\.\d+\n$")

    def test_usage_errors_exit_2(self):
        path = self.program(SYNC_PROGRAM)
        cases = [
            [],
            ["walk", path],
            ["run"],
            ["run", "--clock", "sundial", path],
            ["run", path, "--clock"],
            ["run", "--trace"],
            ["run", "--max-steps", "-3", path],
            ["run", "--timeout", "soon", path],
            ["run", "--frobnicate", path],
            ["run", os.path.join(self.dir.name, "missing.py")],
        ]
        for args in cases:
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertTrue(r.stderr.startswith("loopscope: "), (args, r.stderr))
            self.assertEqual(r.stdout, "", args)

    # ---- running ------------------------------------------------------------------------------
    def test_runs_a_file_with_arguments_and_options_anywhere(self):
        path = self.program(SYNC_PROGRAM)
        r = run("run", "--clock", "virtual", path, "x", "--clock=real", "-v", "--", "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "hello ['x', '-v', '--json']\n")
        self.assertEqual(r.stderr, "to stderr\n")

    def test_program_from_stdin(self):
        r = run("run", "-", "arg", stdin='import sys\nprint("from stdin", sys.argv[1:])\n')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "from stdin ['arg']\n")

    def test_exit_status_and_traceback(self):
        r = run("run", self.program(FAILING_PROGRAM))
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stdout, "before\n")
        self.assertTrue(r.stderr.endswith("ValueError: bad\n"), r.stderr)
        r = run("run", "-", stdin="raise SystemExit(3)\n")
        self.assertEqual(r.returncode, 3)

    def test_traceback_file_names_and_argv_are_cpythons(self):
        # Run in the program's directory with a relative path: CPython names the file by its
        # absolute path in tracebacks and __file__, and keeps sys.argv[0] as given.
        program = ("import sys\nprint(__file__, sys.argv)\n"
                   "def fail():\n    raise ValueError('boom')\nfail()\n")
        path = self.program(program, name="tb.py")
        for args, stdin in ((["tb.py", "a"], None), (["-", "a"], program)):
            expected = subprocess.run([sys.executable] + args, input=stdin, capture_output=True, text=True,
                                      cwd=self.dir.name)
            r = run("run", *args, stdin=stdin, cwd=self.dir.name)
            self.assertEqual((r.stdout, r.stderr, r.returncode),
                             (expected.stdout, expected.stderr, expected.returncode), args)

    # ---- views ----------------------------------------------------------------------------------
    def test_json_result(self):
        r = run("run", "--json", self.program(FAILING_PROGRAM))
        self.assertEqual(r.returncode, 1)
        result = json.loads(r.stdout)
        for key in ("stdout", "stderr", "exitCode", "virtualTimeMs", "events"):
            self.assertIn(key, result)
        self.assertEqual(result["stdout"], "before\n")
        self.assertIn("ValueError: bad", result["stderr"])
        self.assertEqual(result["exitCode"], 1)
        self.assertEqual(result["clock"], "virtual")
        outputs = [e for e in result["events"] if e["kind"] == "output"]
        self.assertEqual(outputs[0]["detail"], "before\n")
        self.assertEqual(outputs[0]["line"], 1)

    def test_json_virtual_time_of_sleeps(self):
        r = run("run", "--json", "-", stdin="import time\ntime.sleep(1.5)\nprint('woke')\n")
        result = json.loads(r.stdout)
        self.assertEqual(result["stdout"], "woke\n")
        self.assertEqual(result["virtualTimeMs"], 1500)

    def test_trace_of_a_sync_program(self):
        out = os.path.join(self.dir.name, "trace.json")
        r = run("run", "--trace", out, self.program(SYNC_PROGRAM))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "hello []\n")  # the program's output is unchanged
        with open(out, encoding="utf-8") as f:
            trace = json.load(f)
        instants = [e for e in trace["traceEvents"] if e["ph"] == "i"]
        self.assertEqual([e["args"]["text"] for e in instants], ["hello []\n", "to stderr\n"])
        self.assertEqual([e["name"] for e in instants], ["stdout", "stderr"])

    def test_trace_to_an_unwritable_place_is_a_usage_error(self):
        r = run("run", "--trace", os.path.join(self.dir.name, "no", "such", "dir.json"), self.program(SYNC_PROGRAM))
        self.assertEqual(r.returncode, 2)
        self.assertEqual(r.stdout, "")

    def test_timeline_of_a_sync_program(self):
        r = run("run", "--timeline", self.program(SYNC_PROGRAM))
        self.assertEqual(r.returncode, 0)
        self.assertEqual(r.stdout, "hello []\n")
        self.assertIn("no asyncio tasks ran", r.stderr)
        self.assertIn("line 2", r.stderr)

    def test_max_steps_stops_a_busy_loop(self):
        r = run("run", "--max-steps", "50", "-", stdin=(
            "import asyncio\n"
            "async def spin():\n"
            "    while True:\n"
            "        await asyncio.sleep(0)\n"
            "asyncio.run(spin())\n"))
        if "NotImplementedError" in r.stderr or "SyntaxError" in r.stderr:
            self.skipTest("async def not supported by this build yet")
        self.assertEqual(r.returncode, 124, r.stderr)
        self.assertIn("--max-steps", r.stderr)
        self.assertNotIn("never retrieved", r.stderr)  # the stop is not the program's error

    def run_with_timeout(self, program, *options):
        r = run("run", "--timeout", "0.5", *options, "-", stdin=program)
        if r.returncode == 2 and "needs threads" in r.stderr:
            self.skipTest("a build without threads (wasm) has no --timeout")
        return r

    def test_timeout_stops_an_endless_program_and_keeps_its_output(self):
        r = self.run_with_timeout("print('before')\nwhile True:\n    pass\n")
        self.assertEqual(r.returncode, 124, r.stderr)
        self.assertEqual(r.stdout, "before\n")
        self.assertIn("loopscope: stopped: the --timeout of 0.5 s", r.stderr)

    def test_timeout_stops_runaway_recursion_without_loops(self):
        # Only calls, no backward jumps: calls must give the watchdog its chance too.
        r = self.run_with_timeout("def f(n):\n    return f(n - 1) + f(n - 1) if n else 0\nf(200)\n")
        self.assertEqual(r.returncode, 124, r.stderr)
        self.assertIn("--timeout", r.stderr)

    def test_timeout_is_reported_in_json(self):
        r = self.run_with_timeout("print('x')\nwhile True:\n    pass\n", "--json")
        self.assertEqual(r.returncode, 124, r.stderr)
        result = json.loads(r.stdout)
        self.assertEqual((result["stdout"], result["exitCode"], result.get("stopped")), ("x\n", 124, True))
        self.assertIn("--timeout", result["stderr"])

    # ---- views of an asyncio program (needs `async def`) --------------------------------------
    def async_run(self, *args, stdin=None):
        r = run(*args, stdin=stdin)
        if "NotImplementedError" in r.stderr or "SyntaxError" in r.stderr:
            self.skipTest("async def not supported by this build yet")
        return r

    def test_trace_of_async_tasks(self):
        out = os.path.join(self.dir.name, "trace.json")
        r = self.async_run("run", self.program(ASYNC_PROGRAM), "--trace", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out, encoding="utf-8") as f:
            events = json.load(f)["traceEvents"]
        names = {e["args"]["name"] for e in events if e["ph"] == "M" and e["name"] == "thread_name"}
        self.assertIn("Task-1 main()", names)
        slices = [e for e in events if e["ph"] == "X"]
        self.assertTrue(any(e["name"] == "run" for e in slices))
        waits = [e for e in slices if e["cat"] == "wait" and e["tid"] != 2]  # the workers' sleeps
        self.assertEqual(sorted(e["dur"] for e in waits), [1e6, 2e6])
        self.assertTrue([e for e in events if e["ph"] == "s"])
        self.assertEqual(chrome_trace_problems({"traceEvents": events}), [])

    # A sleep's wait is named "sleep" and placed at the program's line, not inside asyncio.sleep.
    def test_trace_names_sleeps_at_the_program_line(self):
        out = os.path.join(self.dir.name, "trace.json")
        self.async_run("run", self.program(ASYNC_PROGRAM), "--trace", out)
        with open(out, encoding="utf-8") as f:
            events = json.load(f)["traceEvents"]
        sleeps = [e for e in events if e["ph"] == "X" and e["name"] == "sleep"]
        self.assertEqual(sorted(e["dur"] for e in sleeps), [1e6, 2e6])
        self.assertEqual({e["args"].get("line") for e in sleeps}, {5})

    # What a task waits on is named after the asyncio call, at the line that awaits it.
    def test_wait_kinds_name_the_asyncio_call(self):
        program = ("import asyncio, time\n"
                   "async def f(): await asyncio.sleep(0.1)\n"
                   "async def worker(q):\n"
                   "    while True:\n"
                   "        await q.get(); q.task_done()\n"
                   "async def main():\n"
                   "    await asyncio.gather(f(), f())\n"
                   "    q = asyncio.Queue()\n"
                   "    q.put_nowait(1)\n"
                   "    w = asyncio.create_task(worker(q))\n"
                   "    await q.join()\n"
                   "    w.cancel()\n"
                   "    async with asyncio.TaskGroup() as tg:\n"
                   "        tg.create_task(f())\n"
                   "    await asyncio.get_running_loop().run_in_executor(None, time.sleep, 0.05)\n"
                   "asyncio.run(main())\n")
        r = self.async_run("run", "--json", self.program(program))
        waits = {(e["wait"], e.get("line")) for e in json.loads(r.stdout)["events"]
                 if e["kind"] == "task_suspended" and e["id"] == 1}
        for expected in [("gather", 7), ("queue_join", 11), ("task_group", 13), ("executor", 15)]:
            self.assertIn(expected, waits)

    def test_timeline_of_a_still_clock_counts_steps(self):
        r = self.async_run("run", "--timeline", "-", stdin=(
            "import asyncio\n"
            "async def hop(name):\n"
            "    for i in range(3):\n"
            "        print(name, i)\n"
            "        await asyncio.sleep(0)\n"
            "async def main():\n"
            "    await asyncio.gather(hop('a'), hop('b'))\n"
            "asyncio.run(main())\n"))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("task steps at one instant; one column per step, in order", r.stderr)
        self.assertIn("Task-2 hop()", r.stderr)
        self.assertIn("  step 2    Task-2   line 4    a 0", r.stderr)

    def test_two_asyncio_runs_get_lanes_of_their_own(self):
        # Each asyncio.run makes a loop; their tasks must not share ids, or views merge them.
        r = self.async_run("run", "--timeline", "-", stdin=(
            "import asyncio\n"
            "async def main():\n"
            "    await asyncio.sleep(0.1)\n"
            "asyncio.run(main())\n"
            "asyncio.run(main())\n"))
        self.assertEqual(r.returncode, 0, r.stderr)
        lanes = [line.split()[0] for line in r.stderr.splitlines() if line.startswith("Task-")]
        self.assertEqual(lanes, ["Task-1", "Task-2", "Task-3", "Task-4", "Task-5", "Task-6"], r.stderr)

    def test_views_of_every_seed(self):
        """Every seed program runs with all views on; its stdout is unchanged and the trace valid."""
        seeds = os.path.join(ROOT, "tests", "seeds")
        for name in sorted(os.listdir(seeds)):
            if not name.endswith(".py"):
                continue
            with self.subTest(seed=name):
                path = os.path.join(seeds, name)
                plain = run("run", path)
                out = os.path.join(self.dir.name, name + ".json")
                viewed = run("run", "--timeline", "--trace", out, path)
                # time.ctime() reads the real start time: two runs may fall in different seconds.
                self.assertEqual(without_ctime(viewed.stdout), without_ctime(plain.stdout))
                self.assertEqual(viewed.returncode, plain.returncode)
                self.assertIn("timeline (virtual clock): ", viewed.stderr)
                with open(out, encoding="utf-8") as f:
                    self.assertEqual(chrome_trace_problems(json.load(f)), [])

    def test_timeline_of_async_tasks_is_reproducible(self):
        path = self.program(ASYNC_PROGRAM)
        first = self.async_run("run", "--timeline", path)
        second = run("run", path, "--timeline")
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertEqual(first.stdout, "A starts\nB starts\nA done\nB done\nall done\n")
        self.assertEqual(first.stderr, second.stderr)
        self.assertIn("Task-1 main()", first.stderr)
        self.assertIn("Task-2 worker()", first.stderr)
        self.assertIn("  1s        Task-2   line 6    A done", first.stderr)
        for line in first.stderr.splitlines():
            self.assertLessEqual(len(line), 120, line)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--loopscope":
        LOOPSCOPE = shlex.split(sys.argv[2])
        del sys.argv[1:3]
    unittest.main()
