#!/usr/bin/env bash
# Issue 11: appending 1 000 000 events through PostgresEventStore (one COPY per batch of 1 000, as the
# central server would), against psql's \copy of the same rows (with the session numbers the store
# gave them) into the same table (same partitions, index and session trigger) in one statement.
# Prints the ratio of their speeds (goal: at least 0.5).
# Runs on a throwaway cluster (Tests/Support/postgres.sh, fsync off on both sides alike).
# Usage: bench/postgres_append.sh [EVENTS] [BATCH]
# APPEND_BENCHMARK=path runs that binary instead of building this checkout's.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
batch=${2:-1000}
source bench/lib/postgres.sh postgres-append
server=${url%/*}
now() { date +%s.%N; }
machine_line

# The store, timed inside the benchmark (generating the events is not counted).
store_line=$("$APPEND_BENCHMARK" append "$url" "$events" "$batch")
echo "$store_line"
store_seconds=$(sed -E 's/.*: ([0-9.]+) s .*/\1/' <<<"$store_line")

# The same rows, in the order they arrived, into a copy of the same schema, by psql in one COPY.
columns="time, session_number, session, procedure, procedure_version, step, kind, channel, site, terminal, locale, value, reason, count, context, happening"
chmod a+rwx "$out"
psql -q "$url" -c "\\copy (SELECT $columns FROM event ORDER BY seq) TO '$out/rows.tsv'"
psql -q "$server/postgres" -c "CREATE DATABASE reference"
pg_dump --schema-only "$url" | psql -q "$server/reference" >/dev/null
start=$(now)
psql -q "$server/reference" -c "\\copy event ($columns) FROM '$out/rows.tsv'"
end=$(now)
psql_seconds=$(calc "$end - $start")
rows=$(psql -At "$server/reference" -c "SELECT count(*) FROM event")
printf 'psql \\copy: %d rows in one COPY: %.2f s (%.0f rows/s)\n' "$rows" "$psql_seconds" "$(calc "$rows / $psql_seconds")"

speed=$(calc "$psql_seconds / $store_seconds")
verdict=$(calc "int($speed >= 0.5)")
printf 'store speed / psql \\copy speed: %.2f (goal: at least 0.50): %s\n' "$speed" "$([ "$verdict" = 1 ] && echo met || echo NOT met)"
"$APPEND_BENCHMARK" read "$url"
