"""The same estimate through OpenFisca-France's Python API, without Ariane and without the web API.

Reads a list of {"answers": {...}, "period": "YYYY-MM", "variables": [...]} on stdin, prints a list of
{variable: value}, one per household, loading the rules once.
The situation is built here from the answers by hand, independently of Ariane's Swift code, so that a
test comparing the two checks Ariane's mapping as well as its client.
"""
import json
import sys

from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_france import CountryTaxBenefitSystem


def months_before(period, count):
    year, month = (int(part) for part in period.split("-"))
    index = year * 12 + month - 1 - count
    return "%04d-%02d" % (index // 12, index % 12 + 1)


def situation(answers, period, variables):
    months = [period] + [months_before(period, n) for n in range(1, 13)]
    couple = answers.get("en-couple") == "oui"
    children = ["enfant%d" % (n + 1) for n in range(int(float(answers.get("enfants", 0))))]
    adults = ["demandeur", "conjoint"] if couple else ["demandeur"]
    age = float(answers.get("age", 0))
    wages = float(answers.get("salaire", 0))
    unemployment = float(answers.get("chomage", 0))
    people = {"demandeur": {"age": {period: age}, "salaire_net": {m: wages for m in months},
                            "chomage_net": {m: unemployment for m in months}}}
    if couple:
        people["conjoint"] = {"age": {period: age}}
    for child in children:
        people[child] = {"age": {period: 8}}
    occupation = {"locataire": "locataire_vide", "proprietaire": "proprietaire",
                  "heberge": "loge_gratuitement"}.get(answers.get("logement"), "non_renseigne")
    home = {"personne_de_reference": ["demandeur"], "enfants": children,
            "statut_occupation_logement": {period: occupation}}
    if couple:
        home["conjoint"] = ["conjoint"]
    if answers.get("logement") == "locataire":
        home["loyer"] = {period: float(answers.get("loyer", 0))}
    if "commune" in answers:
        home["depcom"] = {period: str(answers["commune"])}
    return {
        "individus": people,
        "familles": {"famille": {"parents": adults, "enfants": children}},
        "foyers_fiscaux": {"foyer": {"declarants": adults, "personnes_a_charge": children}},
        "menages": {"menage": home},
    }


def main():
    system = CountryTaxBenefitSystem()
    answers = []
    for request in json.load(sys.stdin):
        values = {}
        # One simulation per benefit, as Ariane asks: a simulation's earlier computations change the
        # prime d'activité in OpenFisca-France 176.1.8.
        for variable in request["variables"]:
            simulation = SimulationBuilder().build_from_entities(
                system, situation(request["answers"], request["period"], request["variables"]))
            values[variable] = float(simulation.calculate(variable, request["period"])[0])
        answers.append(values)
    json.dump(answers, sys.stdout)


if __name__ == "__main__":
    main()
