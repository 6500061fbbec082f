import ArianeTestFixtures
import Foundation
import Testing

/// `ariane run --answers`, end to end through the built executable.
@Suite struct RunTests {
    let keys = "b = retour · ? = je ne comprends pas · a = écouter · q = quitter"

    @Test func walksToAnOutcomeShowingPromptsAudioHelpAndChecklist() throws {
        let folder = try fixtureFolder()
        try "1\n?\nabc\n700\n\n".write(to: folder.appendingPathComponent("answers.txt"), atomically: true, encoding: .utf8)
        let result = try ArianeProcess.run(["run", "essai.xml", "--answers", "answers.txt"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(
            result.standardOutput == """
                ═══ Démarche d'essai ═══
                Pour tester l'outil.

                ── Combien de personnes vivent chez vous ?
                   🔊 « Combien de personnes vivent chez vous ? »
                   1. 1 personne   🔊 « Une personne. »
                   2. 2 personnes ou plus   🔊 « Deux ou plus. »
                Tapez le numéro de votre réponse · \(keys)
                > 1

                ── Combien gagnez-vous par mois ?
                   🔊 « Combien gagnez-vous par mois ? »
                Tapez un nombre (euros) · \(keys)
                > ?

                ℹ️  Il n'y a pas d'explication écrite pour cette étape.
                Demandez à la personne de l'accueil ou à un médiateur numérique.
                Tapez un nombre (euros) · \(keys)
                > abc
                ⚠️  Écrivez un nombre avec les chiffres du clavier.
                Tapez un nombre (euros) · \(keys)
                > 700

                ── Préparez ce papier.
                   🔊 « Préparez ce papier. »
                Les papiers à préparer :
                   • Une pièce d'identité
                Appuyez sur Entrée pour continuer · \(keys)
                > 

                ── Vous pouvez demander l'aide.
                   🔊 « Vous pouvez demander l'aide. »

                ✅ Vous pouvez faire cette demande.
                Les papiers à préparer :
                   • Une pièce d'identité
                Pour être aidé :
                   • Accueil de la mairie (exemple : à remplir par votre ville) — Une personne vous aide.

                """)
    }

    @Test func eventsAreAppendedAsJSONLinesWithoutTheSensitiveAnswer() throws {
        let folder = try fixtureFolder()
        try "1\n700\n\n".write(to: folder.appendingPathComponent("answers.txt"), atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let result = try ArianeProcess.run(["run", "essai.xml", "--answers", "answers.txt", "--events", "events.jsonl"], in: folder)
            #expect(result.status == 0)
        }
        let lines = try String(contentsOf: folder.appendingPathComponent("events.jsonl"), encoding: .utf8).split(separator: "\n")
        let events = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        let oneSession = ["session-started", "step-entered", "answered", "step-entered", "answered", "step-entered", "step-entered", "completed"]
        #expect(events.map { $0["kind"] as? String ?? "" } == oneSession + oneSession)
        #expect(Set(events.map { $0["session"] as? String ?? "" }).count == 2)
        #expect(events.allSatisfy { $0["channel"] as? String == "terminal" && $0["procedure"] as? String == "essai" && $0["locale"] as? String == "fr" })
        let answers = events.filter { $0["kind"] as? String == "answered" }
        #expect(answers.map { $0["step"] as? String } == ["foyer", "revenus", "foyer", "revenus"])
        #expect(answers.map { $0["value"] as? String } == ["1", nil, "1", nil])
        #expect(!lines.joined().contains(#""value":"700""#))
    }

    @Test func quittingEndsTheSessionAsAbandoned() throws {
        let folder = try fixtureFolder()
        let result = try ArianeProcess.run(["run", "essai.xml", "--events", "events.jsonl"], in: folder, input: "b\nq\n")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("⚠️  Vous êtes au début : on ne peut pas revenir en arrière."))
        #expect(result.standardOutput.hasSuffix("> q\n\nLa démarche est arrêtée. Rien n'est gardé à l'écran.\n"))
        let log = try String(contentsOf: folder.appendingPathComponent("events.jsonl"), encoding: .utf8)
        #expect(log.contains("\"kind\":\"abandoned\""))
        #expect(log.contains("\"reason\":\"cannot-go-back\""))
    }

    @Test func answersRunningOutIsAFailureThatSaysWhere() throws {
        let folder = try fixtureFolder()
        try "1\n".write(to: folder.appendingPathComponent("answers.txt"), atomically: true, encoding: .utf8)
        let result = try ArianeProcess.run(["run", "essai.xml", "--answers", "answers.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("Plus de réponses : la démarche s'arrête à l'étape « revenus »."))
    }

    @Test func invalidProcedureIsReportedAndNothingRuns() throws {
        let broken = fixtureProcedure.replacingOccurrences(of: #"<step id="refus" kind="outcome""#, with: #"<step id="refus" kind="end""#)
        let folder = try fixtureFolder(procedure: broken)
        let result = try ArianeProcess.run(["run", "essai.xml"], in: folder, input: "1\n")
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("essai.xml:33:20: error: Element 'step', attribute 'kind': [facet 'enumeration'] The value 'end'"))
    }
}
