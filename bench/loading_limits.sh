#!/usr/bin/env bash
# Issue 17 "Hardening", item 3: loading is linear in the input, and input past a limit is refused at
# once. Generates the hostile inputs of the issue and prints how long `ariane validate` / `ariane check`
# take on each, with the first line of what they say.
# Usage: [LIMIT=seconds] bench/loading_limits.sh [ARIANE]   (default .build/debug/ariane; build it first)
set -euo pipefail
cd "$(dirname "$0")/.."
ariane=${1:-.build/debug/ariane}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# One element with 40,000 attributes (about 430 KB): libxml2's duplicate check is quadratic.
python3 - "$out/attributes.xml" <<'EOF'
import sys
attributes = " ".join(f'a{i}="x"' for i in range(40_000))
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<procedure xmlns="urn:ariane:procedure:1" {attributes}/>\n')
EOF

# Translation files of N units, for the css procedure, in a locales folder of their own.
units() {
    python3 - "$out/locales-$1/en" "$1" <<'EOF'
import os, sys
folder, count = sys.argv[1], int(sys.argv[2])
os.makedirs(folder)
with open(os.path.join(folder, "css.xlf"), "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n')
    f.write('  <file original="procedures/css.xml" source-language="fr" target-language="en" datatype="xml">\n    <body>\n')
    for i in range(count):
        # One short unit a line, so that 50,000 of them stay under the 5 MB cap.
        f.write(f'<trans-unit id="u{i}"><source>Texte {i}</source><target>Text {i}</target></trans-unit>\n')
    f.write("    </body>\n  </file>\n</xliff>\n")
EOF
}
units 50000
units 9000
units 3000
# The same 9,000 units on one line: every location used to be counted from the start of its line.
mkdir -p "$out/locales-9000-one-line/en"
tr -d '\n' <"$out/locales-9000/en/css.xlf" >"$out/locales-9000-one-line/en/css.xlf"

# A procedure of legal content just under the 5 MB cap (4.9 MB).
python3 bench/generate_corpus.py --procedures 1 --steps 7450 --out "$out/big" >/dev/null

# Wall time, and CPU time (user + system), which the other builds sharing the machine disturb less.
timed() {
    local label=$1
    shift
    # An old build can take many minutes on these: give up after ${LIMIT:-300} s and say so.
    /usr/bin/time -f "%e %U %S" -o "$out/time" timeout "${LIMIT:-300}" "$@" >"$out/said" 2>&1 || true
    # A failing command adds a first line "Command exited with non-zero status N".
    if grep -q "status 124" "$out/time"; then echo "stopped after ${LIMIT:-300} s" >"$out/said"; fi
    read -r wall user system < <(tail -1 "$out/time")
    printf '%-44s %7.2f s wall %7.2f s cpu  %s\n' "$label" "$wall" "$(echo "$user + $system" | bc)" \
        "$(grep -m1 -E 'error|checked|valid|stopped' "$out/said" | cut -c1-110)"
}

echo "ariane: $ariane; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
timed "validate: 40,000 attributes ($(($(wc -c <"$out/attributes.xml") / 1024)) KB)" "$ariane" validate "$out/attributes.xml"
timed "validate: legal procedure ($(($(wc -c <"$out/big/synthetique-00000.xml") / 1024)) KB)" "$ariane" validate "$out/big/synthetique-00000.xml"
timed "check: no translations (baseline)" "$ariane" check procedures/css.xml --locales "$out/none"
for count in 3000 9000 9000-one-line 50000; do
    timed "check: css + $count XLIFF units" "$ariane" check procedures/css.xml --locales "$out/locales-$count"
done
