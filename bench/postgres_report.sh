#!/usr/bin/env bash
# Issue 11: the blockage report over the same large log from PostgreSQL and from SQLite: the time of
# each (goal: PostgreSQL within 2x of SQLite), and the two JSON reports compared byte for byte
# (generation time left out). 1 000 000 events by default; 10 000 000 is the issue's figure.
# Usage: bench/postgres_report.sh [EVENTS]
# APPEND_BENCHMARK=path runs that binary instead of building this checkout's; BASELINE_BENCHMARK=path
# also times that one's PostgreSQL report on the same events (an earlier build: before and after in one run).
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
# The server's share: the same query as the store's, its rows thrown away by the server itself.
server_seconds=$(psql -q "$url" -At -c '\timing on' -c "COPY (SELECT e.session_number,
    string_agg(e.packed, ''::bytea)
    FROM event e GROUP BY e.session_number ORDER BY e.session_number) TO '/dev/null' (FORMAT binary)" | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p')
echo "PostgreSQL $postgres_line"
echo "SQLite     $sqlite_line"
if [ -n "${BASELINE_BENCHMARK:-}" ]; then
    baseline_line=$("$BASELINE_BENCHMARK" report "$url" "$out/baseline.json")
    baseline_seconds=$(sed -E 's/.* in ([0-9.]+) s/\1/' <<<"$baseline_line")
    cmp -s "$out/baseline.json" "$out/sqlite.json" && baseline_same="identical" || baseline_same="DIFFERENT"
    printf 'baseline PostgreSQL %s; its JSON %s; baseline time / SQLite time: %.2f\n' \
        "$baseline_line" "$baseline_same" "$(calc "$baseline_seconds / $(sed -E 's/.* in ([0-9.]+) s/\1/' <<<"$sqlite_line")")"
fi
printf 'PostgreSQL server alone (the query, rows to /dev/null): %.2f s\n' "$(calc "$server_seconds / 1000")"
postgres_seconds=$(sed -E 's/.* in ([0-9.]+) s/\1/' <<<"$postgres_line")
sqlite_seconds=$(sed -E 's/.* in ([0-9.]+) s/\1/' <<<"$sqlite_line")
if cmp -s "$out/postgres.json" "$out/sqlite.json"; then same="identical"; else same="DIFFERENT"; fi
echo "JSON reports ($(wc -c <"$out/sqlite.json") bytes): $same"
ratio=$(calc "$postgres_seconds / $sqlite_seconds")
verdict=$(calc "int($ratio <= 2)")
printf 'PostgreSQL time / SQLite time: %.2f (goal: at most 2.00): %s\n' "$ratio" "$([ "$verdict" = 1 ] && echo met || echo NOT met)"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
