import Foundation
import GuideServer
import HummingbirdTesting
import ProcedureModel
import Testing

/// A worker and a resident go through a procedure together at the worker's desk.
@Suite struct ConsoleAssistedSessionTests {
    /// Starts an assisted session and returns its address.
    static func start(_ desk: Desk, _ client: any TestClientProtocol) async throws -> String {
        let started = try await desk.post(client, "/console/start", ["procedure": "essai", "lang": "fr"])
        #expect(started.status == .seeOther)
        let location = try #require(started.location)
        #expect(location.wholeMatch(of: /\/console\/sessions\/[0-9a-f]{32}/) != nil)
        return location
    }

    @Test func aWholeAssistedSession() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let desk = try await client.signIn("marie")
            let session = try await Self.start(desk, client)
            let first = try await desk.get(client, session)
            #expect(first.status == .ok)
            #expect(first.headers[.cacheControl] == "no-store")
            #expect(first.text.contains(#"<p class="prompt" id="prompt">Combien de personnes vivent chez vous ?</p>"#))
            #expect(first.text.contains(#"<button class="choice" name="value" value="1" autofocus>1 personne</button>"#))
            #expect(first.text.contains("<details><summary>Explication prévue pour la personne</summary><p>Comptez-vous aussi.</p></details>"))
            #expect(try await desk.post(client, session + "/step", ["action": "answer", "value": "1"]).location == session)
            _ = try await desk.post(client, session + "/step", ["action": "answer", "value": "beaucoup"])
            let refused = try await desk.get(client, session)
            #expect(refused.text.contains(#"<p class="notice" role="alert">Écrivez un nombre avec les chiffres du clavier.</p>"#))
            _ = try await desk.post(client, session + "/step", ["action": "answer", "value": "700"])
            let checklist = try await desk.get(client, session)
            // The path: the first answer in words, the sensitive one hidden.
            #expect(
                checklist.text.contains(
                    #"<li><span class="question">Combien de personnes vivent chez vous ?</span> <span class="answer">1 personne</span></li>"#))
            #expect(
                checklist.text.contains(
                    #"<li><span class="question">Combien gagnez-vous par mois ?</span> <span class="answer">réponse confidentielle</span></li>"#))
            // Random tokens (session, form) are hex and may hold "700": look only outside them.
            #expect(!checklist.text.replacing(/[0-9a-f]{16,}/, with: "").contains("700"))
            #expect(checklist.text.contains(#"<li aria-current="step"><span class="question">Préparez ce papier.</span></li>"#))
            // The plan: every step, the current one marked.
            #expect(
                checklist.text.contains(
                    #"<li class="passed"><span class="mark">déjà passée</span> <strong>Combien de personnes vivent chez vous ?</strong> <span class="kind">question · foyer</span> <span class="next">mène à : refus, revenus</span></li>"#
                ))
            #expect(
                checklist.text.contains(
                    #"<li class="current" aria-current="step"><span class="mark">ici maintenant</span> <strong>Préparez ce papier.</strong> <span class="kind">papiers · papiers</span> <span class="next">mène à : ok</span></li>"#
                ))
            #expect(
                checklist.text.contains(
                    #"<li class="ahead"><span class="mark">pas encore</span> <strong>Vous pouvez demander l&#39;aide.</strong> <span class="kind">résultat : peut demander · ok</span></li>"#
                ))
            _ = try await desk.post(client, session + "/step", ["action": "continue"])
            let outcome = try await desk.get(client, session)
            #expect(outcome.text.contains(#"<p class="result eligible">Vous pouvez faire cette demande.</p>"#))
            #expect(outcome.text.contains(#"<ul class="documents" role="list"><li>Une pièce d&#39;identité</li></ul>"#))
            #expect(outcome.text.contains("<strong>Terminée</strong>"))
            #expect(try await desk.post(client, session + "/close").location == "/console?done=closed")
            #expect(try await desk.get(client, session).status == .notFound)
        }
        let events = try await harness.events()
        #expect(
            events.map(\.kind) == [
                .sessionStarted, .stepEntered, .answered, .stepEntered, .inputRejected, .answered, .stepEntered, .stepEntered, .completed,
            ])
        #expect(events.allSatisfy { $0.channel == .assisted && $0.locale == "fr" && $0.terminal == nil })
        #expect(events.filter { $0.kind == .answered }.map(\.value) == ["1", nil])
    }

    @Test func goingBackAndClosingUnfinishedCountsAsAbandoned() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let desk = try await client.signIn("marie")
            let session = try await Self.start(desk, client)
            _ = try await desk.post(client, session + "/step", ["action": "answer", "value": "1"])
            #expect(try await desk.get(client, session).text.contains("← Revenir à l'étape précédente"))
            _ = try await desk.post(client, session + "/step", ["action": "back"])
            #expect(try await desk.get(client, session).text.contains(#"<p class="prompt" id="prompt">Combien de personnes vivent chez vous ?</p>"#))
            _ = try await desk.post(client, session + "/close")
        }
        #expect(try await harness.events().map(\.kind).suffix(3) == [.back, .stepEntered, .abandoned])
    }

    @Test func badRequestsAreRefusedWithAClearAnswer() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let desk = try await client.signIn("marie")
            let noProcedure = try await desk.post(client, "/console/start", ["procedure": "nope"])
            #expect(noProcedure.status == .badRequest)
            #expect(noProcedure.text.contains(#"<p class="notice" role="alert">Choisissez une démarche dans la liste.</p>"#))
            let noLanguage = try await desk.post(client, "/console/start", ["procedure": "essai", "lang": "xx"])
            #expect(noLanguage.status == .badRequest)
            let session = try await Self.start(desk, client)
            let jump = try await desk.post(client, session + "/step", ["action": "quit"])
            #expect(jump.status == .badRequest)
            #expect(jump.text.contains("Action inconnue « quit » : la console sait répondre (answer), continuer (continue) et revenir (back)."))
        }
        #expect(try await harness.events().map(\.kind) == [.sessionStarted, .stepEntered])
    }

    @Test func onlyItsWorkerAndAdminsReachASession() async throws {
        try await ConsoleHarness().run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await Self.start(marie, client)
            let paul = try await client.signIn("paul")
            let refused = try await paul.get(client, session)
            #expect(refused.status == .notFound)
            #expect(refused.text.contains("Aucune démarche en cours à cette adresse"))
            #expect(try await paul.post(client, session + "/step", ["action": "answer", "value": "1"]).status == .notFound)
            #expect(try await paul.post(client, session + "/close").status == .notFound)
            #expect(!(try await paul.get(client, "/console")).text.contains(session))
            #expect(try await marie.get(client, "/console").text.contains(#"<li><a href="\#(session)">Démarche d&#39;essai</a>"#))
            let admin = try await client.signIn("root")
            #expect(try await admin.get(client, session).status == .ok)
        }
    }
}
