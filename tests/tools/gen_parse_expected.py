#!/usr/bin/env python3
"""Writes the parser's expected outputs from CPython 3.11 (the oracle).

  tests/parse/NAME.py        -> tests/parse/NAME.ast        ast.dump(ast.parse(source))
  ../shared/scenarios/seeds/NAME.py -> tests/parse/seeds/NAME.ast   (seeds are not copied)
  tests/parse/errors/NAME.py -> tests/parse/errors/NAME.err  the syntax error as `python3 NAME.py`
                                                             prints it, file name -> main.py
  tests/parse/locations/NAME.py -> NAME.ast                  ast.dump(..., include_attributes=True):
                                                             positions matter for 3.11 tracebacks

Run from anywhere: python3 tests/tools/gen_parse_expected.py
"""
import ast
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PARSE = os.path.join(ROOT, "tests", "parse")
SEEDS = os.path.join(os.path.dirname(ROOT), "shared", "scenarios", "seeds")


def read(path):
    # Universal newlines, like CPython reading a script.
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def dump_dir(src_dir, out_dir, attributes=False):
    n = 0
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(os.listdir(src_dir)):
        if not name.endswith(".py"):
            continue
        tree = ast.parse(read(os.path.join(src_dir, name)))
        write(os.path.join(out_dir, name[:-3] + ".ast"), ast.dump(tree, include_attributes=attributes) + "\n")
        n += 1
    return n


def gen_errors(err_dir):
    n = 0
    for name in sorted(os.listdir(err_dir)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(err_dir, name)
        proc = subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=err_dir)
        lines = proc.stderr.splitlines()
        start = next((i for i, l in enumerate(lines) if l.startswith('  File "')), None)
        if proc.returncode == 0 or start is None:
            sys.exit(f"{name}: expected a syntax error, python3 printed:\n{proc.stderr}")
        lines = lines[start:]
        lines[0] = lines[0].replace(f'"{path}"', '"main.py"')
        write(os.path.join(err_dir, name[:-3] + ".err"), "\n".join(lines) + "\n")
        n += 1
    return n


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("the oracle is CPython 3.11; this is " + sys.version)
    print("parse corpus:", dump_dir(PARSE, PARSE))
    if os.path.isdir(SEEDS):
        print("seeds:", dump_dir(SEEDS, os.path.join(PARSE, "seeds")))
    else:
        print("seeds: skipped (no", SEEDS + ")")
    print("errors:", gen_errors(os.path.join(PARSE, "errors")))
    loc = os.path.join(PARSE, "locations")
    print("locations:", dump_dir(loc, loc, attributes=True))


if __name__ == "__main__":
    main()
