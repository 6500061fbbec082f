#!/usr/bin/env bash
# Issue 11: the blockage report over the same large log from PostgreSQL and from SQLite: the time of
# each (goal: PostgreSQL within 2x of SQLite), and the two JSON reports compared byte for byte
# (generation time left out). 1 000 000 events by default; 10 000 000 is the issue's figure.
# Usage: bench/postgres_report.sh [EVENTS]
# APPEND_BENCHMARK=path runs that binary instead of building this checkout's.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
source bench/lib/postgres.sh postgres-report
machine_line

# The same events, in the same batches, into both stores.
"$APPEND_BENCHMARK" append "$url" "$events" 10000 >/dev/null
"$APPEND_BENCHMARK" append "$out/log.sqlite" "$events" 10000 >/dev/null
psql -q "$url" -c "VACUUM ANALYZE"

postgres_line=$("$APPEND_BENCHMARK" report "$url" "$out/postgres.json")
sqlite_line=$("$APPEND_BENCHMARK" report "$out/log.sqlite" "$out/sqlite.json")
echo "PostgreSQL $postgres_line"
echo "SQLite     $sqlite_line"
postgres_seconds=$(sed -E 's/.* in ([0-9.]+) s/\1/' <<<"$postgres_line")
sqlite_seconds=$(sed -E 's/.* in ([0-9.]+) s/\1/' <<<"$sqlite_line")
if cmp -s "$out/postgres.json" "$out/sqlite.json"; then same="identical"; else same="DIFFERENT"; fi
echo "JSON reports ($(wc -c <"$out/sqlite.json") bytes): $same"
ratio=$(calc "$postgres_seconds / $sqlite_seconds")
verdict=$(calc "int($ratio <= 2)")
printf 'PostgreSQL time / SQLite time: %.2f (goal: at most 2.00): %s\n' "$ratio" "$([ "$verdict" = 1 ] && echo met || echo NOT met)"
