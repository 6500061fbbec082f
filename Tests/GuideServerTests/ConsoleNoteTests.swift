import Foundation
import GuideServer
import HummingbirdTesting
import ProcedureModel
import Testing

/// Why a resident is blocked: the category reaches the event log, the free text never does.
@Suite struct ConsoleNoteTests {
    static let privateText = "Madame B. attend son titre de séjour, rappeler jeudi"

    @Test func theCategoryIsLoggedAndTheTextStaysInTheConsole() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            let noted = try await marie.post(client, session + "/note", ["category": "missing-document", "note": "  \(Self.privateText)\n"])
            #expect(noted.location == session + "#notes")
            _ = try await marie.post(client, session + "/note", ["category": "language"])
            let page = try await marie.get(client, session)
            #expect(
                page.text.contains(
                    "<li><strong>Il lui manque un papier</strong> : Madame B. attend son titre de séjour, rappeler jeudi <span class=\"when\">(marie, "))
            #expect(page.text.contains("<li><strong>Ne comprend pas assez le français</strong> <span class=\"when\">(marie, "))
            #expect(page.text.contains(#"<option value="eligibility-unclear">On ne sait pas s&#39;il ou elle y a droit</option>"#))
            // Admins read every note, with its author.
            let admin = try await client.signIn("root")
            #expect(try await admin.get(client, session).text.contains("Madame B. attend son titre de séjour"))
        }
        let notes = try await harness.events().filter { $0.kind == .workerNote }
        #expect(notes.map(\.reason) == ["missing-document", "language"])
        #expect(notes.allSatisfy { $0.step == "foyer" && $0.value == nil && $0.count == nil })
        let everything = String(decoding: try JSONEncoder().encode(try await harness.events()), as: UTF8.self)
        #expect(!everything.contains("Madame"))
        #expect(!everything.contains("jeudi"))
    }

    @Test func anotherWorkersNotesStayHidden() async throws {
        try await ConsoleHarness().run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            _ = try await marie.post(client, session + "/note", ["category": "other", "note": "écrit par marie"])
            _ = try await marie.post(client, session + "/save")
            // An admin reopens marie's saved session and writes a note; marie later sees only her own.
            let admin = try await client.signIn("root")
            let saved = try #require(try await admin.get(client, "/console").text.firstMatch(of: /action="\/console\/saved\/([0-9a-f]{32})\/open"/))
            let reopened = try #require(try await admin.post(client, "/console/saved/\(saved.1)/open").location)
            _ = try await admin.post(client, reopened + "/note", ["category": "other", "note": "écrit par root"])
            let adminPage = try await admin.get(client, reopened).text
            #expect(adminPage.contains("écrit par marie"))
            #expect(adminPage.contains("écrit par root"))
            _ = try await admin.post(client, reopened + "/save")
            let mine = try #require(try await marie.get(client, "/console").text.firstMatch(of: /action="\/console\/saved\/([0-9a-f]{32})\/open"/))
            let back = try #require(try await marie.post(client, "/console/saved/\(mine.1)/open").location)
            let mariePage = try await marie.get(client, back).text
            #expect(mariePage.contains("écrit par marie"))
            #expect(!mariePage.contains("écrit par root"))
        }
    }

    @Test func badNotesAreRefusedAndChangeNothing() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            let unknown = try await marie.post(client, session + "/note", ["category": "tired"])
            #expect(unknown.status == .badRequest)
            #expect(unknown.text.contains("Choisissez la raison du blocage dans la liste"))
            let long = try await marie.post(client, session + "/note", ["category": "other", "note": String(repeating: "a", count: 2001)])
            #expect(long.status == .contentTooLarge)
            #expect(long.text.contains("La note dépasse 2000 caractères : raccourcissez-la. Rien n&#39;a été enregistré."))
        }
        #expect(try await harness.events().filter { $0.kind == .workerNote }.isEmpty)
    }
}

/// No blockage reason is chosen for the worker: a quick click must not count as "a missing paper".
@Suite struct ConsoleNoteReasonTests {
    @Test func theWorkerMustPickAReason() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            let page = try await marie.get(client, session).text
            #expect(page.contains(#"<option value="">Choisissez la raison…</option>"#))
            #expect(!page.contains(" selected>"))
            for fields in [["note": "  rappeler jeudi "], ["category": "", "note": "rappeler jeudi"]] {
                let refused = try await marie.post(client, session + "/note", fields)
                #expect(refused.status == .badRequest)
                #expect(
                    refused.text.contains(
                        #"<p class="notice" role="alert" id="note-error">Choisissez la raison du blocage dans la liste. Rien n&#39;a été enregistré.</p>"#))
                #expect(refused.text.contains(#"aria-invalid="true" aria-describedby="note-error""#))
                // What the worker typed is kept for the second try.
                #expect(refused.text.contains(">rappeler jeudi</textarea>"))
                #expect(!refused.text.contains(#"<ul class="notes""#))
            }
            #expect(!(try await marie.get(client, session).text.contains(#"<ul class="notes""#)))
        }
        #expect(try await harness.events().filter { $0.kind == .workerNote }.isEmpty)
    }
}
