/// One procedure's part of the HTML page: summary, funnel, steps, dwell times, trend, audience.
enum ProcedureSection {
    static func render(_ procedure: ProcedureReport, k: Int, period: ReportPeriod) -> String {
        let cells = FrenchCells(k: k)
        let words = Wording.french
        let sessions = procedure.sessions
        let name = HTML.escape(procedure.procedure)
        var html = "<section class=\"procedure\">\n<h2>Démarche « \(name) »</h2>\n"
        html += "<p class=\"note\">Version\(procedure.versions.count > 1 ? "s" : "") : "
        html += "\(HTML.escape(procedure.versions.joined(separator: ", "))).</p>\n<dl class=\"summary\">"
        let wait = procedure.timeToAnswer
        let waitForPerson: String =
            "\(words.count(wait.measured, k)) appels répondus, médiane \(words.duration(wait.medianMilliseconds, k)), "
            + "9 sur 10 en moins de \(words.duration(wait.p90Milliseconds, k))"
        let outcomes = procedure.outcomes.map { "\($0.step) (\(FrenchNames.result($0.result))) : \(words.count($0.sessions, k))" }
        for (term, value) in [
            ("Sessions commencées", words.count(sessions.started, k)),
            ("Terminées", "\(words.count(sessions.completed, k)) (\(words.percent(sessions.completionRate, k)))"),
            (
                "Non terminées",
                "\(words.count(sessions.notCompleted, k)) : abandon \(words.count(sessions.abandoned, k)), "
                    + "délai dépassé \(words.count(sessions.timedOut, k)), arrêt sans fin \(words.count(sessions.stopped, k))"
            ),
            ("En cours", words.count(sessions.inProgress, k)),
            (
                "« La borne vous a-t-elle aidé ? »",
                "\(words.count(procedure.feedback.answered, k)) réponses : oui \(words.count(procedure.feedback.good, k)), "
                    + "un peu \(words.count(procedure.feedback.neutral, k)), non \(words.count(procedure.feedback.bad, k))"
            ),
            ("Issues", outcomes.isEmpty ? "aucune" : outcomes.joined(separator: " ; ")),
            (
                "Durée jusqu'à la fin",
                "médiane \(words.duration(procedure.timeToCompletion.medianMilliseconds, k)), "
                    + "9 sur 10 en moins de \(words.duration(procedure.timeToCompletion.p90Milliseconds, k))"
            ),
            ("Attente d'une personne appelée", waitForPerson),
        ] {
            html += "<dt>\(term)</dt><dd>\(HTML.escape(value))</dd>"
        }
        html += "</dl>\n<h3>Parcours</h3>\n<figure>\(FunnelChart.render(procedure, k: k))"
        html += "<figcaption class=\"key\">Chaque barre :<span style=\"background:#2b6cb0\"></span>les sessions arrivées à l'étape,"
        html += "<span style=\"background:#c05621\"></span>dont sorties à cette étape. Le taux de sortie se rapporte aux "
        html += "sessions arrivées à l'étape.</figcaption></figure>\n<h3>Étapes</h3>\n"
        var table = HTMLTable(
            names: [12], "Étape", "Arrivées", "Sorties", "Taux de sortie", "Durée médiane", "90e centile", "Aide", "Réécoute", "Retour",
            "Sans réponse", "Saisie refusée", "Vers un pro", "Notes des professionnels")
        for step in procedure.steps {
            let signals = step.signals
            let notes = step.workerNotes.map { "\(FrenchNames.category($0.category)) : \(words.count($0.sessions, k))" }
            table.add(
                [cells.text(step.step), cells.count(step.reached), cells.count(step.exits), cells.percent(step.exitRate)]
                    + [cells.duration(step.dwell.medianMilliseconds), cells.duration(step.dwell.p90Milliseconds)]
                    + [signals.helpAsked, signals.audioReplayed, signals.back, signals.noInput, signals.inputRejected, signals.handedOff]
                    .map(cells.percent)
                    + [cells.text(notes.isEmpty ? "–" : notes.joined(separator: ", "))])
        }
        html += table.render()
        html += "<p class=\"note\">Taux : part des sessions arrivées à l'étape qui l'ont fait au moins une fois.</p>\n"
        html += "<h3>Temps passé par étape</h3>\n<figure>\(DwellChart.render(procedure, k: k))"
        html += "<figcaption>Nombre de sessions par durée passée sur l'étape (toutes visites additionnées).</figcaption></figure>\n"
        html += "<h3>Évolution par \(period == .week ? "semaine" : "mois")</h3>\n<figure>\(TrendChart.render(procedure))"
        html += "<figcaption class=\"key\"><span style=\"background:#bee3f8\"></span>sessions commencées"
        html += "<span style=\"background:#2f855a\"></span>taux de sessions terminées</figcaption></figure>\n"
        var trend = HTMLTable(names: [3], "Période", "Commencées", "Terminées", "Étape la plus quittée", "Taux de sortie")
        for entry in procedure.trend {
            trend.add([
                cells.text(entry.period), cells.count(entry.started), cells.percent(entry.completionRate),
                cells.text(entry.worstStep?.step ?? "–"), cells.text(entry.worstStep.map { words.percent($0.exitRate) } ?? "–"),
            ])
        }
        html += trend.render()
        html += "<h3>Pour qui</h3>\n"
        var audience = HTMLTable("Groupe", "Commencées", "Terminées")
        for group in procedure.audience.channels {
            audience.add([cells.text("canal " + FrenchNames.channel(group.name)), cells.count(group.started), cells.percent(group.completionRate)])
        }
        for group in procedure.audience.locales {
            audience.add([cells.text("langue " + (group.name ?? "?")), cells.count(group.started), cells.percent(group.completionRate)])
        }
        for group in procedure.audience.sites {
            audience.add([cells.text(group.name.map { "site " + $0 } ?? "sans site"), cells.count(group.started), cells.percent(group.completionRate)])
        }
        return html + audience.render() + "</section>\n"
    }
}
