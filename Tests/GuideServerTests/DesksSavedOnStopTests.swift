import Foundation
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// A restart (an update, a reboot) does not lose the sessions open at workers' desks: the server saves
/// them under their worker's account as it stops, and the worker reopens them where they were.
@Suite struct DesksSavedOnStopTests {
    @Test func aSessionOpenAtADeskIsFoundSavedAfterARestart() async throws {
        let harness = try ConsoleHarness()
        try await harness.run(.live) { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            _ = try await marie.post(client, session + "/step", ["action": "answer", "value": "1"])
        }
        // The server stopped; a new one starts on the same data.
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let home = try await marie.get(client, "/console").text
            let id = try #require(ConsoleSavedSessionTests.savedID(in: home))
            #expect(
                home.contains(
                    #"<tr><th scope="row" id="saved-\#(id)"><span class="where">sans nom</span></th>\#n      <td>Démarche d&#39;essai <span class="where">Combien gagnez-vous par mois ?</span></td>"#
                ))
            let page = try await marie.get(client, try #require(try await marie.post(client, "/console/saved/\(id)/open").location))
            #expect(page.text.contains(#"<p class="prompt" id="prompt">Combien gagnez-vous par mois ?</p>"#))
            #expect(page.text.contains(#"<span class="answer">1 personne</span>"#))
        }
        #expect(try await harness.events().map(\.kind) == [.sessionStarted, .stepEntered, .answered, .stepEntered, .resumed, .stepEntered])
    }

    @Test func onlyDeskSessionsAreSavedAndEachUnderItsWorker() async throws {
        let harness = try ConsoleHarness()
        let app = try await buildApplication(harness.settings, store: harness.kiosk.store)
        let saver = try #require(app.services.lazy.compactMap { $0 as? SaveDesksOnStop }.first)
        try await app.test(.router) { client in
            let marie = try await client.signIn("marie")
            _ = try await ConsoleAssistedSessionTests.start(marie, client)
            let paul = try await client.signIn("paul")
            _ = try await ConsoleAssistedSessionTests.start(paul, client)
            // A resident alone at a kiosk: nothing of theirs is kept.
            _ = try await client.post("/kiosk/fr/start", ["procedure": "essai"])
            #expect(await saver.saveOpenDesks() == 2)
            #expect(await saver.saveOpenDesks() == 0)
        }
        let accounts = try harness.accounts
        let owners = try await accounts.savedSessions(ownedBy: nil).map(\.ownerID)
        #expect(owners.count == 2)
        #expect(Set(owners).count == 2)
    }
}
