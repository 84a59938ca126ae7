#!/usr/bin/env python3
"""Generates the expected results of the conformance corpus: for every tests/conformance/**/NAME.py,
runs CPython (`python3 NAME.py`, from the file's directory, stdin empty) and writes NAME.out (stdout,
byte for byte) and NAME.rc (the exit status). Never edit the expectations by hand: rerun this.

usage: gen_conformance_expected.py [DIR or FILE ...]   (default: tests/conformance)
"""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "conformance")


def files(args):
    for a in args or [ROOT]:
        if os.path.isfile(a):
            yield os.path.abspath(a)
            continue
        for d, _, names in sorted(os.walk(a)):
            for n in sorted(names):
                if n.endswith(".py"):
                    yield os.path.join(d, n)


def main():
    if sys.version_info[:2] != (3, 11):
        print("warning: expectations should come from CPython 3.11, this is", sys.version.split()[0], file=sys.stderr)
    count = 0
    for path in files(sys.argv[1:]):
        # Unbuffered: each process writes as it prints, the order Loopscope gives (README, Processes).
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONUNBUFFERED="1")
        p = subprocess.run([sys.executable, os.path.basename(path)], cwd=os.path.dirname(path),
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=60, env=env)
        base = path[:-3]
        with open(base + ".out", "wb") as f:
            f.write(p.stdout)
        with open(base + ".rc", "w") as f:
            f.write(f"{p.returncode}\n")
        count += 1
    print(f"{count} expectations written")


if __name__ == "__main__":
    main()
