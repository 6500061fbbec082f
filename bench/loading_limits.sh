#!/usr/bin/env bash
# Issue 17 "Hardening", item 3: loading is linear in the input, and input past a limit is refused at
# once. Generates the hostile inputs of the issue and prints how long `ariane validate` / `ariane check`
# take on each, with the first line of what they say.
# Usage: bench/loading_limits.sh [ARIANE]   (default .build/debug/ariane; build it first)
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
        f.write(f'      <trans-unit id="u{i}">\n        <source>Texte numéro {i}.</source>\n'
                f'        <target state="translated">Text number {i}.</target>\n      </trans-unit>\n')
    f.write("    </body>\n  </file>\n</xliff>\n")
EOF
}
units 50000
units 9000
units 3000

# A procedure of legal content just under the 5 MB cap (4.9 MB).
python3 bench/generate_corpus.py --procedures 1 --steps 7450 --out "$out/big" >/dev/null

# Wall time, and CPU time (user + system), which the other builds sharing the machine disturb less.
timed() {
    local label=$1
    shift
    /usr/bin/time -f "%e %U %S" -o "$out/time" "$@" >"$out/said" 2>&1 || true
    read -r wall user system <"$out/time"
    printf '%-44s %7.2f s wall %7.2f s cpu  %s\n' "$label" "$wall" "$(echo "$user + $system" | bc)" \
        "$(grep -m1 -E 'error|checked|valid' "$out/said" | cut -c1-110)"
}

echo "ariane: $ariane; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
timed "validate: 40,000 attributes ($(($(wc -c <"$out/attributes.xml") / 1024)) KB)" "$ariane" validate "$out/attributes.xml"
timed "validate: legal procedure ($(($(wc -c <"$out/big/synthetique-00000.xml") / 1024)) KB)" "$ariane" validate "$out/big/synthetique-00000.xml"
timed "check: no translations (baseline)" "$ariane" check procedures/css.xml --locales "$out/none"
for count in 3000 9000 50000; do
    timed "check: css + $count XLIFF units" "$ariane" check procedures/css.xml --locales "$out/locales-$count"
done
