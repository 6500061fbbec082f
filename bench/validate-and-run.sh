#!/usr/bin/env bash
# Issue "procedure format…": validate speed against xmllint, and interpreter transitions per second.
# Validation is timed on two corpora in the same run: PROCEDURES synthetic procedures of STEPS steps,
# and PROCEDURES clones of the shipped files (procedures/*.xml copied in turn).
# Usage: bench/validate-and-run.sh [PROCEDURES] [STEPS]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
procedures=${1:-2000}
steps=${2:-60}

command -v xmllint >/dev/null || { apt-get update -qq && apt-get install -y -qq libxml2-utils; }
swift build -c release --product ariane >/dev/null
swift build -c release --product EngineBenchmark >/dev/null

corpus="bench/out/corpus-$procedures-$steps"
if [ ! -d "$corpus" ]; then
    python3 bench/generate_corpus.py --procedures "$procedures" --steps "$steps" --out "$corpus"
fi
# Always copied afresh: the shipped procedures change more often than the generator.
clones="bench/out/clones-$procedures"
rm -rf "$clones"
python3 bench/generate_corpus.py --clone-from procedures --procedures "$procedures" --out "$clones"
echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/validate_vs_xmllint.py --ariane .build/release/ariane \
    --schema Sources/ProcedureXML/Resources/procedure.xsd --corpus "$corpus" --corpus "$clones"
echo "load after validation: $(cut -d' ' -f1-3 /proc/loadavg)"
taskset -c 0 .build/release/EngineBenchmark
