#!/usr/bin/env python3
"""Writes a corpus of valid procedures for benchmarks.

Synthetic (the default): each procedure is a chain of questions with choice branches, conditions
over earlier answers, checklists and information steps, ending in three outcomes; every prompt has
an audio script, as real procedures do. Deterministic for a given seed.

Clones (`--clone-from procedures`): the shipped files copied in turn until there are as many as
asked, so that a benchmark also measures what real procedures hold (long prose, many audio scripts,
estimates, directories) and not only what the generator writes.
"""
import argparse
import glob
import os
import random
import shutil

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<procedure xmlns="urn:ariane:procedure:1" id="{id}" version="2026-11" xml:lang="fr">
  <title>Démarche synthétique {n}</title>
  <summary>Procédure générée pour mesurer la vitesse.</summary>
  <source href="https://www.service-public.fr/particuliers/vosdroits/F10027" checked="2026-11-27">Exemple</source>
  <start step="s0"/>
"""


def prompt(text, indent="    "):
    return (f"{indent}<text>{text}</text>\n"
            f"{indent}<audio>{text}<break time=\"300ms\"/>Touchez <emphasis>le bon bouton</emphasis>.</audio>\n")


def procedure(n, steps, rng):
    out = [HEADER.format(id=f"synthetique-{n}", n=n)]
    body = steps - 3  # three outcomes at the end
    questions = []
    for i in range(body):
        following = f"s{i + 1}" if i + 1 < body else "fin-ok"
        kind = rng.choice(["question", "question", "question", "information", "checklist"])
        if kind == "question":
            out.append(f'  <step id="s{i}" kind="question" answer="choice">\n')
            out.append(prompt(f"Question numéro {i} : avez-vous ce papier chez vous ?"))
            out.append(f"    <help>Une aide pour la question {i}.</help>\n")
            out.append(f'    <choice value="oui" next="{following}">\n' + prompt("Oui", "      ") + "    </choice>\n")
            out.append('    <choice value="non">\n' + prompt("Non", "      ") + "    </choice>\n")
            out.append('    <choice value="sais-pas">\n' + prompt("Je ne sais pas", "      ") + "    </choice>\n")
            if questions:
                earlier = rng.choice(questions)
                out.append(f"    <next step=\"{following}\" when=\"${earlier} = 'oui' or ${earlier} = 'sais-pas'\"/>\n")
            out.append(f'    <next step="{rng.choice([following, "fin-refus", "fin-aide"])}"/>\n')
            questions.append(f"s{i}")
        elif kind == "information":
            out.append(f'  <step id="s{i}" kind="information">\n')
            out.append(prompt(f"Information numéro {i} : lisez bien ce qui suit."))
            out.append(f'    <next step="{following}"/>\n')
        else:
            out.append(f'  <step id="s{i}" kind="checklist">\n')
            out.append(prompt(f"Préparez les papiers de l'étape {i}."))
            out.append('    <document ref="piece-identite"/>\n    <document ref="avis-imposition"/>\n')
            out.append(f'    <next step="{following}"/>\n')
        out.append("  </step>\n")
    for outcome, result in (("fin-ok", "eligible"), ("fin-refus", "not-eligible"), ("fin-aide", "refer")):
        out.append(f'  <step id="{outcome}" kind="outcome" result="{result}">\n')
        out.append(prompt(f"Fin du parcours : {result}."))
        out.append('    <helpPoint ref="france-services"/>\n  </step>\n')
    out.append('  <scenario name="tout oui">\n')
    for q in questions:
        out.append(f'    <answer step="{q}" value="oui"/>\n')
    out.append('    <expect outcome="fin-ok"/>\n  </scenario>\n</procedure>\n')
    return "".join(out)


def clone(folder, count, out):
    originals = sorted(glob.glob(os.path.join(folder, "*.xml")))
    if not originals:
        raise SystemExit(f"no *.xml files in {folder}")
    for n in range(count):
        original = originals[n % len(originals)]
        name = os.path.splitext(os.path.basename(original))[0]
        shutil.copyfile(original, os.path.join(out, f"{name}-{n // len(originals):04d}.xml"))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--procedures", type=int, default=2000)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--clone-from", metavar="FOLDER", help="copy this folder's *.xml files instead of generating")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.clone_from:
        clone(args.clone_from, args.procedures, args.out)
        return
    rng = random.Random(args.seed)
    for n in range(args.procedures):
        with open(os.path.join(args.out, f"synthetique-{n:05d}.xml"), "w", encoding="utf-8") as f:
            f.write(procedure(n, args.steps, rng))


if __name__ == "__main__":
    main()
