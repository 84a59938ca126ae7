"""What tests/cli/test_runaway.py, test_threads.py and test_processes.py share: the CLI command they run
(--loopscope CMD, as test_cli.py takes it and ctest passes it; else $LOOPSCOPE; else the
native-debug build) and running a program given as text."""
import os
import shlex
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
command = shlex.split(os.environ.get("LOOPSCOPE", os.path.join(ROOT, "build", "native-debug", "loopscope")))


def run_source(source, timeout=120, options=()):
    """Runs `source` as a program file with `loopscope run [options]`; the CompletedProcess."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        return subprocess.run(command + ["run", *options, path], capture_output=True, text=True, timeout=timeout)
    finally:
        os.unlink(path)


def main():
    """unittest.main(), after taking --loopscope CMD off the command line."""
    global command
    if len(sys.argv) > 2 and sys.argv[1] == "--loopscope":
        command = shlex.split(sys.argv[2])
        del sys.argv[1:3]
    unittest.main(module="__main__")
