#!/usr/bin/env bash
# The API and docs/openapi.yaml agree: Schemathesis (PyPI) generates requests from the file, with all
# its checks and its stateful phase (the links from startSession), against a started `ariane serve`
# on the shipped procedures. Exits non-zero on any failure. Usage: Tests/Schemathesis/run.sh [ARIANE]
set -euo pipefail
cd "$(dirname "$0")/../.."
ariane=${1:-.build/debug/ariane}
data=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The generated site batches are sent with the key of a registered site (see hooks.py).
ARIANE_SITE=schemathesis
ARIANE_SITE_KEY=$("$ariane" site add "$ARIANE_SITE" --data "$data" | tail -n 1)
export ARIANE_SITE ARIANE_SITE_KEY
# Every generated start is a new session from 127.0.0.1: the per-address bound is lifted for the run.
"$ariane" serve --data "$data" --port "$port" --sessions-per-address 1000000 >"$data/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 100); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.2
done
export ARIANE_URL="http://127.0.0.1:$port" SCHEMATHESIS_HOOKS=Tests.Schemathesis.hooks PYTHONPATH=.
schemathesis run docs/openapi.yaml --url "$ARIANE_URL" --checks all --max-examples 100 --seed 20261206 --no-color
