#!/usr/bin/env bash
# Site sync throughput: SITES sites (10) each with EVENTS events (100 000) waiting in its own log,
# drained to one central server by `ariane sync --once` processes running in parallel, on release
# builds. Prints the events per second the central stored (goal: 20 000 or more on this machine) and
# checks that the central holds every event exactly once.
# Usage: bench/sync_drain.sh   (SITES=… EVENTS=… BATCH=… to change the sizes; ARIANE_BUILD=debug to use
# the debug build; NO_BUILD=1 to use the binaries already built)
set -euo pipefail
cd "$(dirname "$0")/.."
sites=${SITES:-10}
events=${EVENTS:-100000}
batch=${BATCH:-2000}
build=${ARIANE_BUILD:-release}
if [ "$build" = release ] && [ -z "${NO_BUILD:-}" ]; then
    swift build -c release --product ariane >/dev/null
    swift build -c release --product SyncDrainFill >/dev/null
fi
ariane=.build/$build/ariane
fill=.build/$build/SyncDrainFill
work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$ariane" serve --data "$work/central" --port "$port" >"$work/central.log" 2>&1 &
central=$!
trap 'kill "$central" 2>/dev/null; wait "$central" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.2
done

echo "filling $sites sites with $events waiting events each…"
for i in $(seq "$sites"); do
    "$ariane" site add "site-$i" --data "$work/central" | tail -n 1 >"$work/site-$i.key"
    "$fill" "$work/site-$i.sqlite" "site-$i" "$events" &
done
wait $(jobs -p | grep -v "^$central$")

# The central's CPU time (user + system, in clock ticks): what the drain cost, whatever else runs on the machine.
cpu() { awk '{ print $14 + $15 }' "/proc/$central/stat"; }
cpu_before=$(cpu)
start=$(date +%s.%N)
pids=()
for i in $(seq "$sites"); do
    "$ariane" sync --once --db "$work/site-$i.sqlite" --upstream "http://127.0.0.1:$port" --site "site-$i" \
        --site-key-file "$work/site-$i.key" --batch "$batch" --timeout 600 >"$work/sync-$i.log" 2>&1 &
    pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
end=$(date +%s.%N)
cpu_after=$(cpu)

stored=$(sqlite3 "$work/central/ariane.sqlite" "SELECT count(*) FROM event")
received=$(sqlite3 "$work/central/ariane.sqlite" "SELECT count(*) FROM received")
expected=$((sites * events))
python3 - "$start" "$end" "$stored" "$sites" "$events" "$batch" "$build" "$cpu_before" "$cpu_after" "$(getconf CLK_TCK)" <<'PY'
import os, sys
start, end, stored, sites, events, batch, build, cpu_before, cpu_after, ticks = sys.argv[1:]
seconds = float(end) - float(start)
cpu = (float(cpu_after) - float(cpu_before)) / float(ticks)
number = lambda x: f"{x:,.0f}".replace(",", " ")
print(f"{sites} sites x {events} events ({build} build, batches of {batch}): {stored} events stored in {seconds:.1f} s: "
      f"{number(int(stored) / seconds)} events/s (goal >= 20 000); the central used {cpu:.1f} s of CPU: "
      f"{number(int(stored) / cpu if cpu else 0)} events per CPU second; load average {os.getloadavg()[0]:.1f}")
PY
if [ "$failed" -ne 0 ] || [ "$stored" -ne "$expected" ] || [ "$received" -ne "$expected" ]; then
    echo "error: $failed sync processes failed; the central stored $stored events ($received received), expected $expected" >&2
    cat "$work"/sync-*.log >&2
    exit 1
fi
echo "the central holds each of the $expected events exactly once"
