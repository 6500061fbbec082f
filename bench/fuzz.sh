#!/usr/bin/env bash
# Issue 17 "Hardening", item 8: coverage-guided fuzzing (libFuzzer + AddressSanitizer) of the readers of
# untrusted text: the procedure loader, the XLIFF reader and answer parsing (bench/fuzz/Package.swift).
# Builds the fuzzers, then runs each for SECONDS on a corpus seeded from the shipped procedures,
# locales and typical answers; prints executions, coverage and any crash file. Not run in CI.
# Usage: bench/fuzz.sh [SECONDS] [TARGET…]   (defaults: 300, and all three targets one after another)
# The corpus grows between runs in bench/fuzz/.build/corpus; crashes land in bench/fuzz/.build/crashes.
set -euo pipefail
cd "$(dirname "$0")/fuzz"
export PATH="/opt/swift/usr/bin:$PATH"
seconds=${1:-300}
shift $(($# < 1 ? $# : 1))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzProcedureLoader FuzzXliffReader FuzzAnswerParsing)

# Release, so that each second runs more inputs.
build=(swift build -c release --sanitize=address -Xswiftc -sanitize=fuzzer)
"${build[@]}" >/dev/null 2>&1 || "${build[@]}"
bin=$(swift build -c release --show-bin-path)

# Seeds are copied afresh for each target run, so that runs of different targets may go side by side.
seed() {
    local target=$1 folder=.build/seeds/$1
    rm -rf "$folder"
    mkdir -p "$folder"
    case "$target" in
    FuzzProcedureLoader) cp ../../procedures/*.xml "$folder/" ;;
    FuzzXliffReader)
        for file in ../../locales/*/*.xlf; do
            cp "$file" "$folder/$(basename "$(dirname "$file")")-$(basename "$file")"
        done
        ;;
    FuzzAnswerParsing)
        local line=0 answer
        while IFS= read -r answer || [ -n "$answer" ]; do
            line=$((line + 1))
            printf '%s' "$answer" >"$folder/answer-$line"
        done <answers.txt
        ;;
    esac
}
mkdir -p .build/crashes
started=$(mktemp .build/started.XXXXXX)
trap 'rm -f "$started"' EXIT

status=0
for target in "${targets[@]}"; do
    case "$target" in
    FuzzProcedureLoader) dict=procedure.dict ;;
    FuzzXliffReader) dict=xliff.dict ;;
    FuzzAnswerParsing) dict=answers.dict ;;
    *) echo "fuzz: no target '$target' (FuzzProcedureLoader, FuzzXliffReader, FuzzAnswerParsing)" >&2; exit 2 ;;
    esac
    seed "$target"
    corpus=.build/corpus/$target
    mkdir -p "$corpus"
    log=.build/$target.log
    echo "== $target for ${seconds}s (log: bench/fuzz/$log)"
    # A procedure file is tens of kilobytes: let inputs grow to the largest shipped one and beyond.
    "$bin/$target" "$corpus" ".build/seeds/$target" -dict="$dict" -max_total_time="$seconds" -timeout=10 \
        -max_len=131072 -print_final_stats=1 -artifact_prefix=".build/crashes/$target-" >"$log" 2>&1 || status=1
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" | tail -n 2 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    echo "corpus: $(find "$corpus" -type f | wc -l) inputs"
    if grep -qE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|SUMMARY: |Test unit written to|fatal error|Fatal error' "$log"; then
        grep -E 'ERROR: |SUMMARY: |Test unit written to|Fatal error|fatal error' "$log" | head -n 20
        status=1
    fi
done
echo "crash files new in this run (bench/fuzz/.build/crashes): $(find .build/crashes -type f -newer "$started" | wc -l)"
find .build/crashes -type f -newer "$started" -printf '  %p\n'
exit "$status"
