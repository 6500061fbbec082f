import Foundation
import GuideServer
import HummingbirdTesting
import ProcedureModel
import Testing

/// A blockage can still be noted once the session has ended, for 24 hours and not after.
@Suite struct ConsoleLateNoteTests {
    static let day: Int64 = 24 * 60 * 60

    static func endedLink(in html: String) -> String? {
        html.firstMatch(of: /href="(\/console\/ended\/[0-9a-f]{32})"/).map { String($0.1) }
    }

    @Test func aSessionAtItsOutcomeTakesANote() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            _ = try await marie.post(client, session + "/step", ["action": "answer", "value": "2+"])
            let page = try await marie.get(client, session).text
            #expect(page.contains("<strong>Terminée</strong>"))
            #expect(page.contains(#"<form method="post" action="\#(session)/note" class="stack">"#))
            let noted = try await marie.post(client, session + "/note", ["category": "eligibility-unclear", "note": "revoir avec la CAF"])
            #expect(noted.location == session + "#notes")
            #expect(try await marie.get(client, session).text.contains("<li><strong>On ne sait pas s&#39;il ou elle y a droit</strong> : revoir avec la CAF"))
        }
        let events = try await harness.events()
        #expect(events.map(\.kind).suffix(2) == [.completed, .workerNote])
        #expect(events.last?.step == "refus")
        #expect(events.last?.reason == "eligibility-unclear")
        #expect(!String(decoding: try JSONEncoder().encode(events), as: UTF8.self).contains("CAF"))
    }

    @Test func aClosedSessionTakesNotesForTwentyFourHoursOnly() async throws {
        let harness = try ConsoleHarness()
        let clock = HandClock()
        try await harness.run(clock: clock.clock) { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            _ = try await marie.post(client, session + "/step", ["action": "answer", "value": "1"])
            #expect(try await marie.post(client, session + "/close").location == "/console?done=closed")
            let home = try await marie.get(client, "/console").text
            #expect(home.contains(#"<h2 id="ended-title">Terminées depuis moins de 24 heures</h2>"#))
            let ended = try #require(Self.endedLink(in: home))
            // Another worker neither sees it nor reaches it.
            let paul = try await client.signIn("paul")
            #expect(Self.endedLink(in: try await paul.get(client, "/console").text) == nil)
            #expect(try await paul.post(client, ended + "/note", ["category": "language"]).status == .notFound)

            clock.advance(seconds: Self.day - 1)
            let page = try await marie.get(client, ended).text
            #expect(page.contains("Dernière étape : <strong>Combien gagnez-vous par mois ?</strong>"))
            #expect(try await marie.post(client, ended + "/note").status == .badRequest)
            let noted = try await marie.post(client, ended + "/note", ["category": "language", "note": "revenir avec sa fille"])
            #expect(noted.location == ended + "#notes")
            #expect(try await marie.get(client, ended).text.contains("<li><strong>Ne comprend pas assez le français</strong> : revenir avec sa fille"))

            clock.advance(seconds: 2)
            #expect(Self.endedLink(in: try await marie.get(client, "/console").text) == nil)
            let late = try await marie.post(client, ended + "/note", ["category": "other"])
            #expect(late.status == .notFound)
            #expect(late.text.contains("un blocage se note jusqu&#39;à 24 heures après la fin de la démarche"))
            #expect(try await marie.get(client, ended).status == .notFound)
        }
        let events = try await harness.events()
        #expect(events.filter { $0.kind == .workerNote }.map(\.step) == ["revenus"])
        #expect(events.map(\.kind).suffix(2) == [.abandoned, .workerNote])
        #expect(!String(decoding: try JSONEncoder().encode(events), as: UTF8.self).contains("sa fille"))
    }
}
