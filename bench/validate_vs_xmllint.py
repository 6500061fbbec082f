#!/usr/bin/env python3
"""Times `ariane validate` against `xmllint --noout --schema` on the same corpora, in one run.

Each tool runs alternately, several times; the median wall time is reported. Both are pinned to one
core (taskset) for the like-for-like ratio; ariane is also timed on all cores, since it validates
files in parallel and xmllint cannot. With several `--corpus`, each gets its own lines and its own
ratio against the goal, all measured in the same run.
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import time


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command[:4])}… failed:\n{result.stderr.decode()[:2000]}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ariane", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--corpus", required=True, action="append", help="a folder of *.xml files; may be repeated")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for corpus in args.corpus:
        compare(args, corpus)


def compare(args, corpus):
    files = sorted(glob.glob(f"{corpus}/*.xml"))
    if not files:
        sys.exit(f"no *.xml files in {corpus}")
    one_core = ["taskset", "-c", "0"]
    commands = {
        "xmllint --noout --schema (1 core)": one_core + ["xmllint", "--noout", "--schema", args.schema] + files,
        "ariane validate (1 core)": one_core + [args.ariane, "validate"] + files,
        "ariane validate (all cores)": [args.ariane, "validate"] + files,
    }
    for command in commands.values():  # warm the page cache
        timed(command)
    times = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(timed(command))
    medians = {name: statistics.median(values) for name, values in times.items()}
    reference = medians["xmllint --noout --schema (1 core)"]
    print(f"validate {os.path.basename(corpus.rstrip('/'))}: {len(files)} files, median of {args.runs} runs")
    for name, value in medians.items():
        print(f"  {name:<36} {value:7.3f} s   {value / reference:5.2f}x xmllint")
    ratio = medians["ariane validate (1 core)"] / reference
    print(f"  goal: at most 1.50x xmllint on one core -> {'met' if ratio <= 1.5 else 'NOT met'} ({ratio:.2f}x)")


if __name__ == "__main__":
    main()
