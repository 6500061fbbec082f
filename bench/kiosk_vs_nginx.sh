#!/usr/bin/env bash
# Issue 18 ("performance at the limit"), item 3: the kiosk step page of one live session under load
# (wrk, 2 threads, 64 connections) from Ariane, against nginx serving a saved copy of the same page on
# the same machine, in the same run. Goal: Ariane answers at least 0.3× nginx's requests per second,
# with a p99 latency under 20 ms. The ratio is what counts: on a shared machine both servers suffer
# the same load.
# Usage: bench/kiosk_vs_nginx.sh [DURATION] [CONNECTIONS]   (defaults: 10s 64)
# ARIANE=path runs that executable instead of building this checkout's (to measure two builds, e.g.
# before and after a change); ARIANE_PAGE=path keeps a copy of the step page served (to compare bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
duration=${1:-10s}
connections=${2:-64}
goal_ratio=0.3
goal_p99_ms=20

for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install wrk nginx curl)" >&2; exit 1; }
done

ariane=${ARIANE:-}
if [ -z "$ariane" ]; then
    swift build -c release --product ariane >/dev/null 2>&1 || swift build -c release --product ariane
    ariane=.build/release/ariane
fi
server=("$ariane" serve)

work=$(mktemp -d /tmp/ariane-bench.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for() {
    for _ in $(seq 1 600); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "bench: $1 did not answer within 60 s" >&2
    return 1
}

ariane_port=$(free_port)
"${server[@]}" --port "$ariane_port" --data "$work/data" --procedures procedures --locales locales \
    >"$work/ariane.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$ariane_port/health" || { tail -20 "$work/ariane.log" >&2; exit 1; }

# One resident at the first question of css; the cookie is their session.
curl -fsS -o /dev/null -c "$work/cookies" -d procedure=css "http://127.0.0.1:$ariane_port/kiosk/fr/start"
cookie=$(awk '$6 == "ariane-kiosk" { print $6 "=" $7 }' "$work/cookies")
[ -n "$cookie" ] || { echo "bench: the kiosk set no session cookie" >&2; exit 1; }
mkdir -p "$work/www"
# nginx's workers run as an unprivileged user: they must be able to read the page.
chmod 755 "$work" "$work/www"
curl -fsS -H "Cookie: $cookie" -o "$work/www/step.html" "http://127.0.0.1:$ariane_port/kiosk/step"
grep -q '<h1 class="prompt"' "$work/www/step.html" || { echo "bench: /kiosk/step is not a step page" >&2; exit 1; }
if [ -n "${ARIANE_PAGE:-}" ]; then cp "$work/www/step.html" "$ARIANE_PAGE"; fi

nginx_port=$(free_port)
cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx-body;
    proxy_temp_path $work/nginx-proxy;
    fastcgi_temp_path $work/nginx-fastcgi;
    uwsgi_temp_path $work/nginx-uwsgi;
    scgi_temp_path $work/nginx-scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location = /kiosk/step {
            default_type "text/html; charset=utf-8";
            add_header Cache-Control no-store;
            try_files /step.html =404;
        }
    }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" &
pids+=($!)
wait_for "http://127.0.0.1:$nginx_port/kiosk/step" || { cat "$work/nginx-error.log" >&2; exit 1; }

# wrk's "Requests/sec" and the 99 % line of its latency distribution, in ms.
measure() {
    local label=$1 url=$2; shift 2
    wrk -t2 -c"$connections" -d2s "$@" "$url" >/dev/null   # warm-up
    wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url" >"$work/$label.txt"
    if grep -q "Non-2xx" "$work/$label.txt"; then
        echo "bench: $label answered errors:" >&2; cat "$work/$label.txt" >&2; exit 1
    fi
    awk -v label="$label" '
        /Requests\/sec:/ { rps = $2 }
        $1 == "99%" { value = $2; unit = value; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", value)
                      p99 = value * (unit == "us" ? 0.001 : unit == "s" ? 1000 : unit == "m" ? 60000 : 1) }
        END { printf "%s %.0f %.2f\n", label, rps, p99 }' "$work/$label.txt"
}

read -r _ ariane_rps ariane_p99 < <(measure ariane "http://127.0.0.1:$ariane_port/kiosk/step" -H "Cookie: $cookie")
read -r _ nginx_rps nginx_p99 < <(measure nginx "http://127.0.0.1:$nginx_port/kiosk/step")
bytes=$(wc -c <"$work/www/step.html")

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c$connections -d$duration; step page $bytes bytes"
printf '%-8s %12s %12s\n' server "requests/s" "p99 ms"
printf '%-8s %12s %12s\n' ariane "$ariane_rps" "$ariane_p99"
printf '%-8s %12s %12s\n' nginx "$nginx_rps" "$nginx_p99"
python3 - "$ariane_rps" "$ariane_p99" "$nginx_rps" "$nginx_p99" "$goal_ratio" "$goal_p99_ms" <<'PY'
import sys
rps, p99, nginx_rps, nginx_p99, goal_ratio, goal_p99 = map(float, sys.argv[1:])
ratio = rps / nginx_rps
print(f"ariane / nginx: {ratio:.2f}× the requests per second, {p99 / nginx_p99:.1f}× the p99 latency")
print(f"goal ≥ {goal_ratio}× nginx: {ratio:.2f}× ({'met' if ratio >= goal_ratio else 'NOT met'})")
print(f"goal p99 < {goal_p99:.0f} ms: {p99:.2f} ms, {goal_p99 / p99:.1f}× under the limit ({'met' if p99 < goal_p99 else 'NOT met'})")
PY
