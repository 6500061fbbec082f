#!/usr/bin/env bash
# Issue "performance at the limit": instructions per unit of work, counted by valgrind (cachegrind,
# no cache simulation), so that a change's effect shows on a noisy shared machine where timings do
# not. Each figure is the difference between two runs, one doing twice the work of the other, divided
# by the extra work: start-up, loading and shutting down cancel out. Every thread of the one process
# is counted (valgrind runs them one at a time); no child process is.
#   interpreter   per transition, with the synthetic procedure's XPath conditions and without them
#                 (bench/EngineBenchmark)
#   validation    per validated file, `ariane validate` on the synthetic corpus (bench/generate_corpus.py,
#                 60 steps, as bench/validate-and-run.sh) and on clones of procedures/*.xml
#   kiosk         per kiosk request: the whole `ariane serve` (HTTP parsing, router, session, page) under
#                 valgrind, answering GET /kiosk/step for one live session of css over one kept-alive
#                 connection, as bench/kiosk_vs_nginx.sh asks it of wrk
#   report        per reported event, `ariane report --format json` over SQLite logs that `ariane
#                 simulate` wrote (as bench/report_vs_sqlite3.sh), kept in bench/out/instructions
# `ariane` runs under valgrind 3.19 (Debian 12) only with bench/valgrind_sigsuspend.c preloaded: without
# it valgrind stops with an internal SIGSEGV when the async main thread parks in libdispatch (the file
# says why). valgrind is also handed a copy of `ariane` without its DWARF 5 debug information, which
# 3.19's reader refuses ("Possibly corrupted debuginfo file").
# Usage: bench/instructions.sh [interpreter|validation|kiosk|report|all]   (default: all)
# `all` takes 12 minutes on the 2 shared cores at load 20 (19 at load 50 to 95), more than half the kiosk's:
# `ariane serve` executes about 18.7 G instructions before it listens, and starts twice. Idle, it executes
# about 60 000 per second (callgrind, dumped at intervals), so the time two runs take does not blur them.
# ENGINE_BENCHMARK=path and ARIANE=path run those binaries instead of building this checkout's (to count
# two builds, e.g. before and after a change).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
what=${1:-all}
case "$what" in
    interpreter | validation | kiosk | report | all) ;;
    *) echo "usage: $0 [interpreter|validation|kiosk|report|all]" >&2 && exit 2 ;;
esac
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
for tool in cc curl python3 sqlite3 strip; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }
done

work=$(mktemp -d /tmp/ariane-instructions.XXXXXX)
server=
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
cc -O2 -shared -fPIC -o "$work/valgrind_sigsuspend.so" bench/valgrind_sigsuspend.c
# Hashing seeded the same in every run: with a random seed, dictionaries collide differently from one run
# to the next and the same work varies by a few tenths of a percent.
valgrind=(env LD_PRELOAD="$work/valgrind_sigsuspend.so" SWIFT_DETERMINISTIC_HASHING=1
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null --log-file="$work/valgrind.log")
# The total valgrind wrote at the end of its log (there once the process has ended, by a signal too).
counted() {
    local refs
    refs=$(sed -nE 's/^==[0-9]+== I +refs: +([0-9,]+).*/\1/p' "$work/valgrind.log" | tr -d ,)
    [ -n "$refs" ] || { echo "bench: valgrind counted nothing:" >&2; tail -20 "$work/valgrind.log" >&2; return 1; }
    echo "$refs"
}
# The instructions one command executes; its output is thrown away, unless it fails.
instructions() {
    "${valgrind[@]}" "$@" >"$work/output" 2>&1 || { echo "bench: $* failed:" >&2; tail -20 "$work/output" >&2; return 1; }
    counted
}
# (instructions of the larger run - those of the smaller) / extra units, rounded.
per_unit() { python3 -c "print(round(($2 - $1) / $3))"; }

# `ariane` without debug information, beside links to the resource bundles it looks for next to itself.
ariane=
ariane_for_valgrind() {
    [ -z "$ariane" ] || return 0
    local built=${ARIANE:-}
    if [ -z "$built" ]; then
        swift build -c release --product ariane >/dev/null
        built=.build/release/ariane
    fi
    mkdir -p "$work/bin"
    strip --strip-debug -o "$work/bin/ariane" "$built"
    for bundle in "$(dirname "$built")"/*.resources; do ln -s "$(realpath "$bundle")" "$work/bin/"; done
    ariane=$work/bin/ariane
}

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

# `ariane validate` over the first half of the files, then over all of them.
validated() {
    local label=$1; shift
    local half=$(($# / 2)) few many
    few=$(instructions "$ariane" validate "${@:1:half}")
    many=$(instructions "$ariane" validate "$@")
    printf 'validation (%s): %s instructions per validated file\n' "$label" "$(per_unit "$few" "$many" $(($# - half)))"
}

validation() {
    ariane_for_valgrind
    local corpus=bench/out/corpus-400-60
    [ -d "$corpus" ] || python3 bench/generate_corpus.py --procedures 400 --steps 60 --out "$corpus"
    validated "synthetic corpus, 60 steps" "$corpus"/synthetique-*.xml
    # 20 copies of each shipped file, a round's copies together, so each half holds whole rounds.
    mkdir -p "$work/clones"
    for round in $(seq -w 1 20); do
        for file in procedures/*.xml; do cp "$file" "$work/clones/$round-${file##*/}"; done
    done
    validated "clones of the $(ls procedures/*.xml | wc -l) shipped procedure files" "$work/clones"/*.xml
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# The instructions of `ariane serve` answering REQUESTS step pages, start to stop, into $served_count
# (not printed: run in a subshell, the server would escape the clean-up).
served_count=
served() {
    local requests=$1 port data=$work/kiosk-$1
    port=$(free_port)
    # Started as a plain command, so that $! is valgrind itself (env execs it) and the SIGTERM reaches it.
    "${valgrind[@]}" "$ariane" serve --port "$port" --data "$data" --procedures procedures --locales locales \
        >"$work/server.log" 2>&1 &
    server=$!
    # Told by its log, not by polling it over HTTP: polls would be requests counted a varying number of times.
    for _ in $(seq 1 600); do
        grep -q "Server started and listening" "$work/server.log" && break
        kill -0 "$server" 2>/dev/null || { echo "bench: ariane serve stopped:" >&2; tail -20 "$work/server.log" >&2; return 1; }
        sleep 0.5
    done
    grep -q "Server started and listening" "$work/server.log" || { echo "bench: ariane serve did not start within 300 s" >&2; return 1; }
    # One resident at the first question of css, as bench/kiosk_vs_nginx.sh; the cookie is their session.
    curl -fsS -o /dev/null -c "$work/cookies" -d procedure=css "http://127.0.0.1:$port/kiosk/fr/start"
    python3 - "$port" "$(awk '$6 == "ariane-kiosk" { print $6 "=" $7 }' "$work/cookies")" "$requests" <<'PY'
import http.client
import sys

port, cookie, requests = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
if not cookie:
    sys.exit("bench: the kiosk set no session cookie")
connection = http.client.HTTPConnection("127.0.0.1", port)
for _ in range(requests):
    connection.request("GET", "/kiosk/step", headers={"Cookie": cookie})
    response = connection.getresponse()
    page = response.read()
    if response.status != 200 or b'<h1 class="prompt"' not in page:
        sys.exit(f"bench: /kiosk/step answered {response.status}, not a step page")
PY
    kill -TERM "$server"
    # 143: ended by that SIGTERM, as without valgrind; valgrind still writes its count.
    local status=0
    wait "$server" || status=$?
    server=
    [ "$status" = 0 ] || [ "$status" = 143 ] || {
        echo "bench: ariane serve ended with status $status:" >&2; tail -20 "$work/server.log" >&2; return 1
    }
    served_count=$(counted)
}

kiosk() {
    ariane_for_valgrind
    local small=200 large=400 few many
    served $small
    few=$served_count
    served $large
    many=$served_count
    printf 'kiosk (GET /kiosk/step, one session, kept-alive connection): %s instructions per kiosk request\n' \
        "$(per_unit "$few" "$many" $((large - small)))"
}

# A log of SESSIONS simulated sessions over the shipped procedures, made once and kept.
simulated_log() {
    local db=bench/out/instructions/events-$1.sqlite
    if [ ! -f "$db" ]; then
        mkdir -p "$(dirname "$db")"
        rm -f "$db.tmp"*
        "$ariane" simulate procedures --sessions "$1" --days 365 --start 2025-11-03 --db "$db.tmp" >/dev/null
        mv "$db.tmp" "$db"
        rm -f "$db.tmp"-*
    fi
    echo "$db"
}

report() {
    ariane_for_valgrind
    local small large few many
    small=$(simulated_log 5000)
    large=$(simulated_log 10000)
    few=$(instructions "$ariane" report --format json --min-group 2 --db "$small")
    many=$(instructions "$ariane" report --format json --min-group 2 --db "$large")
    local events_small events_large
    events_small=$(sqlite3 "$small" 'SELECT count(*) FROM event')
    events_large=$(sqlite3 "$large" 'SELECT count(*) FROM event')
    printf 'report (json, %s then %s events): %s instructions per reported event\n' "$events_small" "$events_large" \
        "$(per_unit "$few" "$many" $((events_large - events_small)))"
}

echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg), valgrind $(valgrind --version | cut -d- -f2)"
case "$what" in
    interpreter) interpreter ;;
    validation) validation ;;
    kiosk) kiosk ;;
    report) report ;;
    all)
        interpreter
        validation
        kiosk
        report
        ;;
esac
