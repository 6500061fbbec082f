#!/usr/bin/env bash
# Issue "blockage log": `ariane report` over 10 000 000 simulated events (goal: under 3 s, and at most
# twice the time of the same per-step counts written by hand in SQL and run with sqlite3 on the same
# file; issue "performance at the limit": under 2 s). Each side runs three times, alternately, on a
# warm page cache; the best time of each counts.
# The per-step counts of both are compared, so the race is between two right answers.
# Usage: bench/report_vs_sqlite3.sh [EVENTS]
# ARIANE=path runs that binary instead of building this checkout's (to compare two builds);
# LOGS=folder keeps the simulated log there instead of bench/out/report (to share it between checkouts).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
events=${1:-10000000}
out=bench/out/report
db=${LOGS:-$out}/events-$events.sqlite
mkdir -p "$out" "$(dirname "$db")"

command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq; }
ariane=${ARIANE:-.build/release/ariane}
[ -n "${ARIANE:-}" ] || swift build -c release --product ariane >/dev/null
now() { date +%s.%N; }
echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg); sqlite3 $(sqlite3 --version | cut -d' ' -f1)"

# The log, made once and kept: `ariane simulate` walks the real procedures with the guide engine.
if [ ! -f "$db" ]; then
    probe=$out/probe.sqlite
    rm -f "$probe"*
    $ariane simulate procedures --sessions 2000 --db "$probe" >/dev/null
    per_session=$(echo "$(sqlite3 "$probe" 'SELECT count(*) FROM event') / 2000" | bc -l)
    # 2 % more than the probe's rate says, so the log holds at least $events events.
    sessions=$(printf '%.0f' "$(echo "$events / $per_session * 1.02" | bc -l)")
    echo "simulating $sessions sessions (about $(printf '%.1f' "$per_session") events each) into $db…"
    rm -f "$probe"*
    start=$(now)
    $ariane simulate procedures --sessions "$sessions" --days 365 --start 2025-11-03 --db "$db.tmp" >/dev/null
    mv "$db.tmp" "$db"
    printf 'simulated in %.0f s\n' "$(echo "$(now) - $start" | bc -l)"
fi
rows=$(sqlite3 "$db" 'SELECT count(*) FROM event')
echo "log: $rows events, $(sqlite3 "$db" 'SELECT count(*) FROM session') sessions, $(du -h "$db" | cut -f1)"
cat "$db" >/dev/null

best_report=999999 best_sql=999999 best_scan=999999
for round in 1 2 3; do
    # The floor: the cheapest full read of the event table sqlite3 can do.
    start=$(now)
    sqlite3 -readonly "$db" 'SELECT count(*), max(time), max(context), max(happening) FROM event' >/dev/null
    t=$(echo "$(now) - $start" | bc -l)
    best_scan=$(echo "if ($t < $best_scan) $t else $best_scan" | bc -l)
    start=$(now)
    $ariane report --format json --min-group 2 --db "$db" >"$out/report.json"
    t=$(echo "$(now) - $start" | bc -l)
    best_report=$(echo "if ($t < $best_report) $t else $best_report" | bc -l)
    start=$(now)
    sqlite3 -readonly "$db" <bench/report_vs_sqlite3.sql >"$out/sql.txt"
    t=$(echo "$(now) - $start" | bc -l)
    best_sql=$(echo "if ($t < $best_sql) $t else $best_sql" | bc -l)
done

# The same numbers from both sides, where the report shows them (K = 2 hides single sessions):
# sessions that reached each step, and exits.
jq -r '.procedures[] | .procedure as $p | .steps[] | select(.reached | type == "number")
    | [$p, .step, "reached", .reached] | @tsv' "$out/report.json" | sort >"$out/report-reached.tsv"
awk -F'|' '$3 == "step-entered" && $4 >= 2 { print $1 "\t" $2 "\treached\t" $4 }' "$out/sql.txt" | sort >"$out/sql-reached.tsv"
jq -r '.procedures[] | .procedure as $p | .steps[] | select((.exits | type == "number") and .exits > 0)
    | [$p, .step, "exits", .exits] | @tsv' "$out/report.json" | sort >"$out/report-exits.tsv"
awk -F'|' '$3 == "exits" && $4 >= 2 { print $1 "\t" $2 "\texits\t" $4 }' "$out/sql.txt" | sort >"$out/sql-exits.tsv"
same() { if diff -q "$1" "$2" >/dev/null; then echo "the same"; else echo "DIFFERENT (diff $1 $2)"; fi; }
echo "sessions reached, $(wc -l <"$out/report-reached.tsv") steps: report and SQL $(same "$out/report-reached.tsv" "$out/sql-reached.tsv")"
echo "exits, $(wc -l <"$out/report-exits.tsv") steps: report and SQL $(same "$out/report-exits.tsv" "$out/sql-exits.tsv")"

printf 'ariane report --format json: %.2f s (goal: under 2 s): %s\n' "$best_report" \
    "$([ "$(echo "$best_report < 2" | bc -l)" = 1 ] && echo met || echo NOT met)"
printf 'sqlite3, the per-step counts in SQL: %.2f s\n' "$best_sql"
printf 'sqlite3, one bare scan of the event table (the floor on one core, for scale): %.2f s; report / scan: %.2f\n' \
    "$best_scan" "$(echo "$best_report / $best_scan" | bc -l)"
ratio=$(echo "$best_report / $best_sql" | bc -l)
printf 'report / sqlite3: %.2f (goal: at most 2.00): %s\n' "$ratio" "$([ "$(echo "$ratio <= 2" | bc -l)" = 1 ] && echo met || echo NOT met)"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
