# gunicorn settings for `openfisca serve`, read with `--preload -f bench/openfisca_warm.py`: the web API computes
# one household's estimate before it forks its workers, so that every worker starts with the rules' parameters
# already read and the kiosk's first estimates are as fast as the later ones. Without it, each worker pays
# several seconds on its first request (README, "Estimates"; bench/estimate_latency.sh).
# `openfisca serve` runs this file with names of its own: the hook imports and defines what it uses itself.


def when_ready(server):
    import datetime

    today = datetime.date.today()
    index = today.year * 12 + today.month - 1
    months = ["%04d-%02d" % ((index - n) // 12, (index - n) % 12 + 1) for n in range(13)]
    month = months[0]
    # The benefits the kiosk asks for, the prime d'activité first: the values do not matter, the rules read do.
    benefits = ["ppa", "rsa", "aide_logement", "af", "cmu_c", "css_participation_forfaitaire"]
    household = {
        "individus": {
            "demandeur": {"age": {month: 35}, "salaire_net": {m: 800 for m in months}, "chomage_net": {m: 0 for m in months}},
            "enfant1": {"age": {month: 8}},
        },
        "familles": {"famille": dict({v: {month: None} for v in benefits}, parents=["demandeur"], enfants=["enfant1"])},
        "foyers_fiscaux": {"foyer": {"declarants": ["demandeur"], "personnes_a_charge": ["enfant1"]}},
        "menages": {"menage": {"personne_de_reference": ["demandeur"], "enfants": ["enfant1"],
                               "statut_occupation_logement": {month: "locataire_vide"}, "loyer": {month: 600},
                               "depcom": {month: "93066"}}},
    }
    answer = server.app.wsgi().test_client().post("/calculate", json=household)
    server.log.info("OpenFisca warmed for %s before the workers start: HTTP %s", month, answer.status_code)
