/// The report as one self-contained HTML page in French: inline CSS and SVG charts, no script, no
/// link to anything outside, so it opens offline and prints well.
public enum HTMLRenderer {
    public static func render(_ report: BlockageReport) -> String {
        let k = report.minimumGroup
        let cells = FrenchCells(k: k)
        var html = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Ariane – où les démarches bloquent</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <header>
            <h1>Où les démarches bloquent</h1>

            """
        html += "<p>Rapport du \(FrenchNames.date(report.generatedAt)) (heure UTC). Événements : "
        html += "\(HTML.escape(FrenchNames.filter(report.filter))).</p>\n"
        html += "<p class=\"note\">Pour que personne ne puisse être reconnu, tout nombre issu de moins de \(k) sessions "
        html += "est masqué et s'affiche « \(Wording.french.hidden(k)) ». Sessions commencées avant la période, "
        html += "laissées de côté : \(HTML.escape(Wording.french.count(report.sessionsWithoutStart, k))).</p>\n</header>\n"
        html += "<section>\n<h2>Les dix points de blocage les plus marqués</h2>\n"
        if report.stuckPoints.isEmpty {
            html += "<p>Aucune étape affichée n'a perdu ni mis en difficulté de sessions.</p>\n"
        } else {
            var table = HTMLTable(names: [1, 2], "Rang", "Démarche", "Étape", "Score", "Sessions arrivées", "Sorties", "Taux de sortie", "En difficulté")
            for point in report.stuckPoints {
                table.add([
                    cells.text("\(point.rank)"), cells.text(point.procedure), cells.text(point.step),
                    cells.text(Wording.french.score(point.score)), cells.count(point.reached), cells.count(point.exits),
                    cells.percent(point.exitRate), cells.percent(point.struggled),
                ])
            }
            html += table.render()
        }
        html += "<p class=\"note\">Score = sorties à l'étape + la moitié des sessions qui y ont été en difficulté "
        html += "(aide demandée, relance faute de réponse, saisie refusée, passage à un professionnel, note d'un "
        html += "professionnel) et ont continué. Seuls les nombres affichés comptent.</p>\n</section>\n"
        for procedure in report.procedures {
            html += ProcedureSection.render(procedure, k: k, period: report.period)
        }
        return html + "</body>\n</html>\n"
    }
}
