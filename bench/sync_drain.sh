#!/usr/bin/env bash
# Site sync throughput: SITES sites (10) each with EVENTS events (100 000) waiting in its own log,
# drained to one central server by `ariane sync --once` processes running in parallel, on release
# builds. Prints the events per second the central stored (goal: 20 000 or more on this machine),
# the CPU seconds per 1 000 events of the sites (all sync processes together), of the central (its
# `ariane` process) and of a PostgreSQL central's server (all its processes): a yardstick that other
# work on a shared machine spoils less than events per second. Checks that the central holds every event exactly once.
# Usage: bench/sync_drain.sh   (SITES=… EVENTS=… BATCH=… to change the sizes; CENTRAL=postgres for a
# central on a throwaway PostgreSQL cluster instead of SQLite; ARIANE_BUILD=debug to use the debug
# build; NO_BUILD=1 to use the binaries already built; STATEMENTS=1 with CENTRAL=postgres to print
# PostgreSQL's time per statement and its lock waits)
set -euo pipefail
cd "$(dirname "$0")/.."
sites=${SITES:-10}
events=${EVENTS:-100000}
batch=${BATCH:-2000}
central_kind=${CENTRAL:-sqlite}
build=${ARIANE_BUILD:-release}
if [ "$build" = release ] && [ -z "${NO_BUILD:-}" ]; then
    swift build -c release --product ariane >/dev/null
    swift build -c release --product SyncDrainFill >/dev/null
fi
ariane=$PWD/.build/$build/ariane
fill=$PWD/.build/$build/SyncDrainFill
work=$(mktemp -d)
chmod 755 "$work"
cluster=""
cleanup() {
    [ -n "${central:-}" ] && { kill "$central" 2>/dev/null; wait "$central" 2>/dev/null; }
    [ -n "$cluster" ] && Tests/Support/postgres.sh stop "$cluster" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
case "$central_kind" in
sqlite) mkdir -p "$work/central" && db="$work/central/ariane.sqlite" ;;
postgres)
    cluster=$(mktemp -d /tmp/ariane-bench-postgres.XXXXXX)
    db=$(Tests/Support/postgres.sh start "$cluster" | tail -n 1)
    if [ -n "${STATEMENTS:-}" ]; then
        # Where PostgreSQL's time goes, statement by statement, and the lock waits over 10 ms in its log.
        psql "$db" -qc "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" \
            -c "ALTER SYSTEM SET log_lock_waits = on" -c "ALTER SYSTEM SET deadlock_timeout = '10ms'"
        runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl" -D "$cluster/data" -w restart \
            -l "$cluster/server.log" >/dev/null
        psql "$db" -qc "CREATE EXTENSION pg_stat_statements"
    fi
    ;;
*) echo "CENTRAL is sqlite or postgres, not '$central_kind'" >&2 && exit 2 ;;
esac
count() {
    if [ "$central_kind" = sqlite ]; then sqlite3 "$db" "SELECT count(*) FROM $1"; else psql "$db" -Atc "SELECT count(*) FROM $1"; fi
}
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$ariane" serve --data "$work/central" --db "$db" --port "$port" >"$work/central.log" 2>&1 &
central=$!
for _ in $(seq 100); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.2
done

echo "filling $sites sites with $events waiting events each…"
fills=()
for i in $(seq "$sites"); do
    "$ariane" site add "site-$i" --db "$db" | tail -n 1 >"$work/site-$i.key"
    "$fill" "$work/site-$i.sqlite" "site-$i" "$events" &
    fills+=($!)
done
for pid in "${fills[@]}"; do wait "$pid"; done

# CPU time (user + system, in clock ticks) of the central, and of each sync process by /usr/bin/time:
# what the drain cost, whatever else runs on the machine.
cpu() { awk '{ print $14 + $15 }' "/proc/$central/stat"; }
# A PostgreSQL central's server: the postmaster, its processes alive (the central's connections among
# them), and those it has reaped.
postgres_cpu() {
    [ -z "$cluster" ] && { echo 0; return; }
    local postmaster
    postmaster=$(head -n 1 "$cluster/data/postmaster.pid")
    {
        awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat"
        for child in $(pgrep -P "$postmaster"); do awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || true; done
    } | awk '{ total += $1 } END { print total }'
}
cpu_before=$(cpu)
postgres_before=$(postgres_cpu)
start=$(date +%s.%N)
pids=()
for i in $(seq "$sites"); do
    /usr/bin/time -f "%U %S" -o "$work/sync-$i.cpu" \
        "$ariane" sync --once --db "$work/site-$i.sqlite" --upstream "http://127.0.0.1:$port" --site "site-$i" \
        --site-key-file "$work/site-$i.key" --batch "$batch" --timeout 600 >"$work/sync-$i.log" 2>&1 &
    pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
end=$(date +%s.%N)
cpu_after=$(cpu)
postgres_after=$(postgres_cpu)
load=$(cut -d' ' -f1-3 /proc/loadavg)
sites_cpu=$(cat "$work"/sync-*.cpu | awk '{ total += $1 + $2 } END { print total }')

if [ -n "${STATEMENTS:-}" ] && [ -n "$cluster" ]; then
    psql "$db" -c "SELECT calls, round(total_exec_time::numeric) AS ms, round((total_exec_time / calls)::numeric, 2) AS ms_each, rows,
        left(regexp_replace(query, '\s+', ' ', 'g'), 100) AS statement FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 6"
    echo "lock waits over 10 ms: $(grep -c 'still waiting' "$cluster/server.log" || true)"
fi
stored=$(count event)
received=$(count "$([ "$central_kind" = sqlite ] && echo received || echo site_event)")
expected=$((sites * events))
python3 - "$start" "$end" "$stored" "$sites" "$events" "$batch" "$build" "$cpu_before" "$cpu_after" "$(getconf CLK_TCK)" \
    "$sites_cpu" "$central_kind" "$load" "$postgres_before" "$postgres_after" <<'PY'
import sys
start, end, stored, sites, events, batch, build, cpu_before, cpu_after, ticks, sites_cpu, central, load, postgres_before, postgres_after = sys.argv[1:]
seconds = float(end) - float(start)
central_cpu = (float(cpu_after) - float(cpu_before)) / float(ticks)
postgres_cpu = (float(postgres_after) - float(postgres_before)) / float(ticks)
postgres = f", PostgreSQL {1000 * postgres_cpu / int(stored):.3f} s ({postgres_cpu:.1f} s in all)" if central == "postgres" else ""
sites_cpu = float(sites_cpu)
thousands = int(stored) / 1000
number = lambda x: f"{x:,.0f}".replace(",", " ")
print(f"{sites} sites x {events} events to a {central} central ({build} build, batches of {batch}): {stored} events stored "
      f"in {seconds:.1f} s: {number(int(stored) / seconds)} events/s (goal >= 20 000); CPU per 1 000 events: "
      f"sites {1000 * sites_cpu / int(stored):.3f} s ({sites_cpu:.1f} s in all), "
      f"central {1000 * central_cpu / int(stored):.3f} s ({central_cpu:.1f} s in all){postgres}; "
      f"load average {load} (1, 5, 15 min) at the end")
PY
if [ "$failed" -ne 0 ] || [ "$stored" -ne "$expected" ] || [ "$received" -ne "$expected" ]; then
    echo "error: $failed sync processes failed; the central stored $stored events ($received received), expected $expected" >&2
    cat "$work"/sync-*.log >&2
    exit 1
fi
echo "the central holds each of the $expected events exactly once"
