#!/usr/bin/env bash
# Issue 16: how long a resident waits on "Je calcule…". Starts its own OpenFisca-France web API, then
# times `ariane estimate` for the RSA procedure's four benefits (rsa, ppa, aide_logement, af, in one
# situation, the prime d'activité first): the first call after the API answers /spec, then warm calls over
# households that differ (no cache helps). The API starts as README says, warmed before its workers fork
# (bench/openfisca_warm.py). Goal: warm p95 <= 3 s.
# Usage: bench/estimate_latency.sh [WARM_CALLS]   (default 30)
# ARIANE=path (default .build/debug/ariane: the time is OpenFisca's), ARIANE_OPENFISCA_VENV (default /opt/openfisca).
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-30}
ariane=${ARIANE:-.build/debug/ariane}
venv=${ARIANE_OPENFISCA_VENV:-/opt/openfisca}
port=${ESTIMATE_BENCH_PORT:-5077}
url="http://127.0.0.1:$port"
out=bench/out/estimate
rm -rf "$out" && mkdir -p "$out"

[ -x "$ariane" ] || { echo "bench: no $ariane (swift build --product ariane)" >&2; exit 1; }
[ -x "$venv/bin/openfisca" ] || { echo "bench: no OpenFisca in $venv (README, Estimates)" >&2; exit 1; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("$venv/bin/pip" list 2>/dev/null | grep -i '^openfisca' | tr -s ' ' | paste -sd, -)"

now() { date +%s.%N; }
started=$(now)
"$venv/bin/openfisca" serve --country-package openfisca_france --bind "127.0.0.1:$port" --preload -f bench/openfisca_warm.py \
    >"$out/openfisca.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
until curl -fs "$url/spec" >/dev/null 2>&1; do sleep 0.2; done
ready=$(now)

household() { # $1: a number that varies the household
    python3 -c "
import json, sys
n = int(sys.argv[1])
print(json.dumps({'en-couple': 'oui' if n % 3 == 0 else 'non', 'enfants': n % 4, 'age': 25 + n % 30,
                  'salaire': (n * 97) % 1800, 'chomage': 0, 'logement': 'locataire', 'loyer': 400 + (n * 37) % 500,
                  'commune': '93066'}))" "$1" >"$out/household-$1.json"
}
estimate() {
    "$ariane" estimate --answers "$out/household-$1.json" --openfisca "$url" --format json \
        --benefit rsa --benefit ppa --benefit aide_logement --benefit af --timeout 60 >"$out/result-$1.json"
}

household 0
t0=$(now); estimate 0; t1=$(now)
python3 -c "print(f'web API ready after {$ready - $started:.1f} s; first estimate after start: {$t1 - $t0:.2f} s')"

: >"$out/warm.txt"
for i in $(seq 1 "$calls"); do
    household "$i"
    a=$(now); estimate "$i"; b=$(now)
    python3 -c "print($b - $a)" >>"$out/warm.txt"
done
python3 - "$out/warm.txt" <<'PY'
import statistics, sys
times = sorted(float(line) for line in open(sys.argv[1]))
def percentile(p):
    return times[min(len(times) - 1, int(round(p / 100 * (len(times) - 1))))]
print(f"warm ({len(times)} households): p50 {percentile(50):.2f} s, p95 {percentile(95):.2f} s, max {times[-1]:.2f} s"
      f" — goal p95 <= 3 s: {'met' if percentile(95) <= 3 else 'NOT met'}")
PY
