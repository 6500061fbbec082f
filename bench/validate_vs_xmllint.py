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
import resource
import statistics
import subprocess
import sys
import time


def timed(command):
    """Wall time and CPU time (user + system, from the kernel's accounting of finished children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command[:4])}… failed:\n{result.stderr.decode()[:2000]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ariane", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--corpus", required=True, action="append", help="a folder of *.xml files; may be repeated")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", metavar="ARIANE", help="another ariane build timed on one core alongside, to compare two builds")
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
    if args.baseline:
        commands["baseline ariane validate (1 core)"] = one_core + [args.baseline, "validate"] + files
    for command in commands.values():  # warm the page cache
        timed(command)
    walls = {name: [] for name in commands}
    cpus = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            wall, cpu = timed(command)
            walls[name].append(wall)
            cpus[name].append(cpu)
    wall = {name: statistics.median(values) for name, values in walls.items()}
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    reference = "xmllint --noout --schema (1 core)"
    print(f"validate {os.path.basename(corpus.rstrip('/'))}: {len(files)} files, median of {args.runs} runs (wall time, and CPU time: user + system)")
    for name in commands:
        print(f"  {name:<36} {wall[name]:7.3f} s {wall[name] / wall[reference]:5.2f}x xmllint"
              f"   cpu {cpu[name]:7.3f} s {cpu[name] / cpu[reference]:5.2f}x")
    # On a shared machine the wall time also counts the other processes that ran on the same core;
    # the CPU time counts only the tool's own work, so both are judged.
    for what, values in (("wall", wall), ("cpu", cpu)):
        ratio = values["ariane validate (1 core)"] / values[reference]
        print(f"  goal ({what}): at most 1.50x xmllint on one core -> {'met' if ratio <= 1.5 else 'NOT met'} ({ratio:.2f}x)")


if __name__ == "__main__":
    main()
