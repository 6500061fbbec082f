#!/usr/bin/env bash
# The dashboard's XES download streams: the server's memory while it sends the events of a large log,
# against `ariane export` writing the same file from the same log in the same run (the reference),
# and against the size of the file (what a download built in memory would at least hold, twice).
# Usage: bench/download_memory.sh [SESSIONS]   (default 180000: about 2 million events, a 0.9 GB file)
# ARIANE=.build/debug/ariane skips the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
sessions=${1:-180000}
password="une phrase assez longue"

for tool in curl python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install curl python3)" >&2; exit 1; }
done
if [[ -z "${ARIANE:-}" ]]; then
    swift build -c release --product ariane >/dev/null 2>&1 || swift build -c release --product ariane
    ARIANE=.build/release/ariane
fi

work=$(mktemp -d /tmp/ariane-download.XXXXXX)
server=""
cleanup() {
    if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg); $ARIANE"

"$ARIANE" simulate procedures/css.xml procedures/ame.xml --sessions "$sessions" --db "$work/log.sqlite" | tail -1
echo "$password" | "$ARIANE" user add ana --role analyst --data "$work/data" --password-stdin >/dev/null

# The reference: the command writing the same export to a pipe.
/usr/bin/time -f "%M" -o "$work/cli.kb" "$ARIANE" export --format xes --db "$work/log.sqlite" | wc -c >"$work/cli.bytes"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$ARIANE" serve --data "$work/data" --db "$work/log.sqlite" --port "$port" --procedures procedures --locales locales >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.1; done
peak() { sed -nE 's/^VmHWM:[[:space:]]+([0-9]+) kB/\1/p' "/proc/$server/status"; }
idle_kb=$(peak)

jar="$work/cookies"
csrf=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$port/console/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed -E 's/.*value="([0-9a-f]+)"/\1/')
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "name=ana" --data-urlencode "password=$password" \
    --data-urlencode "csrf=$csrf" "http://127.0.0.1:$port/console/login"
start=$(date +%s.%N)
bytes=$(curl -fs -b "$jar" "http://127.0.0.1:$port/dashboard/export.xes" | wc -c)
seconds=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
served_kb=$(peak)

python3 - "$bytes" "$(cat "$work/cli.bytes")" "$(cat "$work/cli.kb")" "$idle_kb" "$served_kb" "$seconds" <<'EOF'
import sys
size, cli_size, cli_kb, idle_kb, served_kb, seconds = (float(v) for v in sys.argv[1:])
mb = lambda kb: f"{kb / 1024:.1f} MB"
print(f"file: {size / 1e6:.1f} MB from the server in {seconds} s, {'the same size as' if size == cli_size else 'NOT the size of'} ariane export's")
print(f"server peak: {mb(idle_kb)} before the download, {mb(served_kb)} after (+{mb(served_kb - idle_kb)})")
print(f"ariane export peak: {mb(cli_kb)}")
print(f"growth / file size: {(served_kb - idle_kb) * 1024 / size:.3f}   (a download built in memory: at least 2)")
EOF
