# Sourced by the PostgreSQL benchmarks (postgres_append.sh, postgres_report.sh): installs psql if
# missing, builds AppendBenchmark (unless APPEND_BENCHMARK names a binary), starts a throwaway cluster
# stopped on exit, and sets:
#   APPEND_BENCHMARK  the benchmark binary
#   out               bench/out/$1, emptied
#   url               the cluster's database URL
# and the helpers calc (Python arithmetic) and machine_line (what the figures were measured on).
export PATH="/opt/swift/usr/bin:$PATH"
command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql; }
if [ -z "${APPEND_BENCHMARK:-}" ]; then
    swift build -c release --product AppendBenchmark >/dev/null
    APPEND_BENCHMARK=.build/release/AppendBenchmark
fi
out=bench/out/$1
rm -rf "$out" && mkdir -p "$out"
cluster=$(mktemp -d /tmp/ariane-bench-postgres.XXXXXX)
trap 'Tests/Support/postgres.sh stop "$cluster"' EXIT
url=$(Tests/Support/postgres.sh start "$cluster" | tail -n 1)

calc() { python3 -c "print($1)"; }
machine_line() {
    echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg); $(psql "$url" -Atc 'SHOW server_version')"
}
