#!/usr/bin/env bash
# Issue "blockage log": appending 1 000 000 events through SQLiteEventStore (batches of 1 000, as the
# server would), against the sqlite3 command-line tool inserting the same rows, in the same schema, in
# one transaction. Then the read path (forEachEvent) over the same log.
# Usage: bench/append_vs_sqlite3.sh [EVENTS] [BATCH]
# APPEND_BENCHMARK=path runs that binary instead of building this checkout's (to compare two builds).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
events=${1:-1000000}
batch=${2:-1000}

command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
if [ -z "${APPEND_BENCHMARK:-}" ]; then
    swift build -c release --product AppendBenchmark >/dev/null
    APPEND_BENCHMARK=.build/release/AppendBenchmark
fi
out=bench/out/append
rm -rf "$out" && mkdir -p "$out"

now() { date +%s.%N; }
calc() { python3 -c "print($1)"; }
echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg); sqlite3 $(sqlite3 --version | cut -d' ' -f1)"

# The store, timed inside the benchmark (generating the events is not counted).
store_line=$("$APPEND_BENCHMARK" append "$out/store.sqlite" "$events" "$batch")
echo "$store_line"
store_seconds=$(sed -E 's/.*: ([0-9.]+) s .*/\1/' <<<"$store_line")

# The same rows, the same schema: the store's own file dumped as SQL, in one transaction.
sqlite3 "$out/store.sqlite" .dump >"$out/dump.sql"
start=$(now)
sqlite3 "$out/reference.sqlite" <"$out/dump.sql"
end=$(now)
sqlite_seconds=$(calc "$end - $start")
rows=$(sqlite3 "$out/reference.sqlite" "SELECT count(*) FROM event")
printf 'sqlite3: %d rows in one transaction: %.2f s (%.0f rows/s)\n' "$rows" "$sqlite_seconds" "$(calc "$rows / $sqlite_seconds")"

speed=$(calc "$sqlite_seconds / $store_seconds")
verdict=$(calc "int($speed >= 0.5)")
printf 'store speed / sqlite3 speed: %.2f (goal: at least 0.50): %s\n' "$speed" "$([ "$verdict" = 1 ] && echo met || echo NOT met)"

# For comparison, the stricter durability: one disk flush per batch.
power_line=$("$APPEND_BENCHMARK" append "$out/power-cut.sqlite" "$events" "$batch" power-cut)
echo "$power_line"
power_seconds=$(sed -E 's/.*: ([0-9.]+) s .*/\1/' <<<"$power_line")
printf '  (its speed / sqlite3 speed: %.2f)\n' "$(calc "$sqlite_seconds / $power_seconds")"

"$APPEND_BENCHMARK" read "$out/store.sqlite"
