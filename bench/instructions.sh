#!/usr/bin/env bash
# Issue "performance at the limit": instructions per unit of work, counted by valgrind (cachegrind,
# no cache simulation), so that a change's effect shows on a noisy shared machine where timings do
# not. Each figure is the difference between two runs, one doing twice the work of the other, divided
# by the extra work: start-up and loading cancel out.
#   interpreter   per transition, with the synthetic procedure's XPath conditions and without them
# Validation, kiosk requests and reports are not counted yet: valgrind 3.19 (Debian 12) stops with an
# internal SIGSEGV on the `ariane` executable, debug or stripped, so those need another counter.
# Usage: bench/instructions.sh [interpreter]
# ENGINE_BENCHMARK=path runs that binary instead of building this checkout's (to count two builds,
# e.g. before and after a change).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
what=${1:-all}
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }

# The instructions one command executes (its whole process tree is not followed: one process each).
instructions() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | sed -nE 's/^==[0-9]+== I +refs: +([0-9,]+).*/\1/p' | tr -d ,
}
# (instructions of the larger run - those of the smaller) / extra units, rounded.
per_unit() { python3 -c "print(round(($2 - $1) / $3))"; }

interpreter() {
    local engine=${ENGINE_BENCHMARK:-}
    if [ -z "$engine" ]; then
        swift build -c release --product EngineBenchmark >/dev/null
        engine=.build/release/EngineBenchmark
    fi
    local small=200 large=400 per_session=59
    for conditions in xpath alone; do
        local few many
        few=$(instructions "$engine" count "$conditions" "$small")
        many=$(instructions "$engine" count "$conditions" "$large")
        printf 'interpreter (%s): %s instructions per transition\n' \
            "$([ "$conditions" = xpath ] && echo 'with XPath conditions' || echo 'conditions not evaluated')" \
            "$(per_unit "$few" "$many" $(((large - small) * per_session)))"
    done
}

echo "machine: $(nproc) cores, $(uname -m), valgrind $(valgrind --version | cut -d- -f2)"
case "$what" in
    interpreter | all) interpreter ;;
    *) echo "usage: $0 [interpreter]" >&2 && exit 2 ;;
esac
