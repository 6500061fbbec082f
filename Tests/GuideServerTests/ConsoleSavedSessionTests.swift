import Foundation
import GuideEngine
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// Resume later: a saved session belongs to its worker (and admins), and is forgotten after its days.
@Suite struct ConsoleSavedSessionTests {
    static func savedID(in html: String) -> String? {
        html.firstMatch(of: /action="\/console\/saved\/([0-9a-f]{32})\/open"/).map { String($0.1) }
    }

    @Test func saveThenReopenWhereTheResidentStopped() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            _ = try await marie.post(client, session + "/step", ["action": "answer", "value": "1"])
            let saved = try await marie.post(client, session + "/save")
            #expect(saved.location == "/console?done=saved")
            #expect(try await marie.get(client, session).status == .notFound)
            let home = try await marie.get(client, "/console?done=saved")
            let notice = "La démarche est enregistrée. Vous la retrouverez dans « Mes démarches enregistrées » pendant 30 jours."
            #expect(home.text.contains(#"<p class="notice" role="alert">\#(notice)</p>"#))
            let id = try #require(Self.savedID(in: home.text))
            #expect(
                home.text.contains(
                    #"<tr><th scope="row" id="saved-\#(id)"><span class="where">sans nom</span></th>\#n      <td>Démarche d&#39;essai <span class="where">Combien gagnez-vous par mois ?</span></td>"#
                ))
            let reopened = try await marie.post(client, "/console/saved/\(id)/open")
            let location = try #require(reopened.location)
            let page = try await marie.get(client, location)
            #expect(page.text.contains(#"<p class="prompt" id="prompt">Combien gagnez-vous par mois ?</p>"#))
            #expect(page.text.contains(#"<span class="answer">1 personne</span>"#))
            // Reopened, it is no longer among the saved ones.
            #expect(Self.savedID(in: try await marie.get(client, "/console").text) == nil)
            #expect(try await marie.post(client, "/console/saved/\(id)/open").status == .notFound)
        }
        #expect(try await harness.events().map(\.kind).suffix(3) == [.stepEntered, .resumed, .stepEntered])
    }

    @Test func onlyTheOwnerAndAdminsSeeASavedSession() async throws {
        try await ConsoleHarness().run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            _ = try await marie.post(client, session + "/save")
            let id = try #require(Self.savedID(in: try await marie.get(client, "/console").text))
            let paul = try await client.signIn("paul")
            #expect(Self.savedID(in: try await paul.get(client, "/console").text) == nil)
            let opened = try await paul.post(client, "/console/saved/\(id)/open")
            #expect(opened.status == .notFound)
            #expect(opened.text.contains("Aucune démarche enregistrée à cette adresse"))
            #expect(try await paul.post(client, "/console/saved/\(id)/delete").status == .notFound)
            let analyst = try await client.signIn("ana")
            #expect(try await analyst.post(client, "/console/saved/\(id)/open").status == .forbidden)
            let admin = try await client.signIn("root")
            let adminHome = try await admin.get(client, "/console").text
            #expect(adminHome.contains(#"<h2 id="all-saved-title">Toutes les démarches enregistrées (administration)</h2>"#))
            #expect(adminHome.contains("<span class=\"when\">par marie, le "))
            // Still there for its owner, who can delete it.
            #expect(try await marie.post(client, "/console/saved/\(id)/delete").location == "/console?done=deleted")
            #expect(Self.savedID(in: try await admin.get(client, "/console").text) == nil)
        }
    }

    @Test func savedSessionsAndNotesAreForgottenAfterTheRetentionLimit() async throws {
        let harness = try ConsoleHarness()
        let store = try harness.accounts
        let marie = try #require(try store.accounts().first { $0.name == "marie" })
        let day: Int64 = 24 * 60 * 60 * 1000
        func snapshot(_ id: String) -> SavedSession {
            SavedSession(
                procedureID: "essai", procedureVersion: "1", context: SessionContext(sessionID: id, channel: .assisted, locale: "fr"),
                state: .atStep("foyer"), visits: [SavedSession.Visit(step: "foyer")])
        }
        try await store.save(snapshot("old"), stepID: "foyer", owner: marie.id, at: 1 * day)
        try await store.save(snapshot("recent"), stepID: "foyer", owner: marie.id, at: 31 * day)
        try await store.addNote(sessionID: "old", category: .other, text: "ancienne", author: marie.id, at: 1 * day)
        try await store.addNote(sessionID: "recent", category: .other, text: "récente", author: marie.id, at: 31 * day)
        try await store.purge(before: 31 * day - 30 * day + 1)
        #expect(try await store.savedSessions(ownedBy: marie.id).map(\.savedAt) == [31 * day])
        #expect(try await store.notes(sessionID: "old", visibleTo: marie).isEmpty)
        #expect(try await store.notes(sessionID: "recent", visibleTo: marie).map(\.text) == ["récente"])
    }

    @Test func savingTheSameSessionAgainReplacesIt() async throws {
        let store = try ConsoleHarness().accounts
        let marie = try #require(try store.accounts().first { $0.name == "marie" })
        let session = SavedSession(
            procedureID: "essai", procedureVersion: "1", context: SessionContext(sessionID: "s1", channel: .assisted, locale: "fr"),
            state: .atStep("foyer"), visits: [SavedSession.Visit(step: "foyer")])
        try await store.save(session, stepID: "foyer", owner: marie.id, at: 10)
        let id = try await store.save(session, stepID: "foyer", owner: marie.id, at: 20)
        #expect(try await store.savedSessions(ownedBy: nil).map(\.id) == [id])
        #expect(try await store.savedSession(id: id)?.session == session)
    }
}
