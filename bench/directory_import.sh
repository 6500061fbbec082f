#!/usr/bin/env bash
# Import benchmark: `ariane directory import` on a generated national file of N places (default 20,000,
# about the size of the ANCT's "lieux de médiation numérique" file), then the same file again (the
# daily refresh: every place compared, none rewritten). The goal: under 10 s each.
#
#   bench/directory_import.sh [places]      (needs a built `ariane`: swift build -c release --product ariane)
#   DIRECTORY_DB=postgres://USER@HOST:PORT/EMPTYDB bench/directory_import.sh   the same on PostgreSQL
#                                           (an empty database: the first import must add every place)
set -euo pipefail
cd "$(dirname "$0")/.."
places="${1:-20000}"
ariane="${ARIANE:-.build/release/ariane}"
[ -x "$ariane" ] || ariane=.build/debug/ariane
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="${DIRECTORY_DB:-$work/directory.sqlite}"

# Rows as the national file writes them: quoted fields with commas and line breaks, several services,
# real-looking hours; every 1,000th row has a bad postcode, so the refusal path is measured too.
python3 - "$places" "$work/lieux.csv" <<'PY'
import csv, random, sys
count, path = int(sys.argv[1]), sys.argv[2]
random.seed(14)
header = ["id", "pivot", "nom", "adresse", "commune", "code_postal", "code_insee", "latitude", "longitude", "typologie",
          "presentation_resume", "labels_nationaux", "services", "horaires", "source", "date_maj"]
services = ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien",
            "Accès internet et matériel informatique", "Utilisation sécurisée du numérique"]
hours = ["Mo-Fr 09:00-12:30,13:30-17:00; PH off", "Tu,Th 14:00-18:00", "Mo-Sa 10:00-19:00", "We 09:00-12:00 \"sur rendez-vous\""]
with open(path, "w", newline="") as out:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for i in range(count):
        postcode = "7501" if i % 1000 == 999 else f"{random.randint(1000, 95999):05d}"
        writer.writerow([f"lieu-{i}", "00000000000000", f"Lieu de médiation {i}, espace numérique", f"{i % 200} rue de la République",
                         "Commune", postcode, postcode, f"{random.uniform(42, 51):.5f}", f"{random.uniform(-4.5, 8):.5f}", "TIERS_LIEUX",
                         f"Accompagnement, ateliers\net permanences n° {i}", "France Services" if i % 3 == 0 else "",
                         ";".join(random.sample(services, 2)), random.choice(hours), "bench", "2026-11-02"])
PY

run() {
    local start end status
    start=$(date +%s.%N)
    status=0
    "$ariane" directory import "$work/lieux.csv" --db "$db" 2>/dev/null || status=$?
    end=$(date +%s.%N)
    # Status 1: some rows refused, as generated.
    [ "$status" -le 1 ] || { echo "import failed with status $status" >&2; exit 1; }
    echo "$1: $(echo "$end - $start" | bc) s"
}
echo "$places places ($(du -h "$work/lieux.csv" | cut -f1)), $ariane"
run "first import"
run "re-import  "
"$ariane" directory nearest --near 48.8566,2.3522 --db "$db" --limit 1 >/dev/null
start=$(date +%s.%N)
"$ariane" directory nearest --near 48.8566,2.3522 --db "$db" --limit 3 >/dev/null
end=$(date +%s.%N)
echo "nearest 3 : $(echo "$end - $start" | bc) s"
