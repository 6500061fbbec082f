#!/usr/bin/env bash
# Issue 17 "Hardening", item 9: a soak of the kiosk. SESSIONS simulated residents (bench/soak_walkers.py)
# walk the shipped procedures against one release `ariane serve` for MINUTES; every 30 s it prints the
# requests, errors and their rate, p50/p99 latency and the server's resident memory, which should stay
# flat once warm. Not run in CI.
# Usage: bench/soak.sh [SESSIONS] [MINUTES]   (defaults: 1000 10); extra walker options after them,
# e.g. bench/soak.sh 200 2 --verbose
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
sessions=${1:-1000}
minutes=${2:-10}
shift $(($# < 2 ? $# : 2))

for tool in curl python3; do
    command -v "$tool" >/dev/null || { echo "soak: $tool is missing" >&2; exit 1; }
done
# A thousand kiosks hold a thousand sockets on each side.
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((2 * sessions + 256)) ]; then
    ulimit -n $((2 * sessions + 256)) 2>/dev/null || {
        echo "soak: $sessions sessions need $((2 * sessions + 256)) open files; ulimit -n is $(ulimit -n)" >&2
        exit 1
    }
fi

swift build -c release --product ariane >/dev/null 2>&1 || swift build -c release --product ariane
server=.build/release/ariane

work=$(mktemp -d /tmp/ariane-soak.XXXXXX)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# One address drives every kiosk here, so its bound is lifted; --idle 0 keeps the server from ending
# a walker's session between two touches, so that every session ends by its own "Terminer".
"$server" serve --data "$work/data" --port "$port" --procedures procedures --locales locales \
    --sessions-per-address 100000 --idle 0 >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { echo "soak: the server stopped" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.1
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/health" || { echo "soak: the server did not answer within 60 s" >&2; exit 1; }

status=0
python3 bench/soak_walkers.py --port "$port" --pid "$server_pid" --sessions "$sessions" --minutes "$minutes" "$@" || status=$?
kill -0 "$server_pid" 2>/dev/null || { echo "soak: the server died during the run" >&2; tail -20 "$work/server.log" >&2; exit 1; }
events=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from event").fetchone()[0])' \
    "$work/data/ariane.sqlite" 2>/dev/null || echo "?")
echo "soak: the server logged $events events; its log has $(wc -l <"$work/server.log") lines"
exit "$status"
