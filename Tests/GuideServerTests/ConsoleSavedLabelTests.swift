import Foundation
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// The worker's own words for a saved session ("Mme B., mardi"): kept with it, deleted with it, in no
/// event, report or export.
@Suite struct ConsoleSavedLabelTests {
    /// The labels of the saved sessions, in the order the home lists them.
    static func labels(in html: String) -> [String] {
        html.matches(of: /<th scope="row" id="saved-[0-9a-f]{32}">([^<]*)(<span class="where">sans nom<\/span>)?<\/th>/).map { match in
            match.2 == nil ? String(match.1) : "(sans nom)"
        }
    }

    static func saveOne(_ desk: Desk, _ client: any TestClientProtocol, label: String?) async throws {
        let session = try await ConsoleAssistedSessionTests.start(desk, client)
        let saved = try await desk.post(client, session + "/save", label.map { ["label": $0] } ?? [:])
        #expect(saved.location == "/console?done=saved")
    }

    @Test func savedSessionsAreListedByTheirLabel() async throws {
        try await ConsoleHarness().run { client async throws in
            let marie = try await client.signIn("marie")
            for label in ["mme C.", nil, "  Mme   B., mardi ", "Émile, jeudi", "Mme B., lundi"] {
                try await Self.saveOne(marie, client, label: label)
            }
            let home = try await marie.get(client, "/console").text
            #expect(Self.labels(in: home) == ["Émile, jeudi", "Mme B., lundi", "Mme B., mardi", "mme C.", "(sans nom)"])
            #expect(home.contains("Par nom donné, de A à Z ; celles sans nom à la fin, les plus récentes d'abord."))
            // The forms to start or take over come first (the first stops of the Tab key), the saved
            // list beside them, before the other lists.
            let start = try #require(home.range(of: #"<h2 id="start-title">"#))
            let list = try #require(home.range(of: #"<h2 id="saved-title">"#))
            let running = try #require(home.range(of: #"<h2 id="running-title">"#))
            #expect(start.lowerBound < list.lowerBound && list.lowerBound < running.lowerBound)
        }
    }

    @Test func aReopenedSessionKeepsItsLabelUntilSavedAgain() async throws {
        try await ConsoleHarness().run { client async throws in
            let marie = try await client.signIn("marie")
            try await Self.saveOne(marie, client, label: "Mme B., mardi")
            let id = try #require(ConsoleSavedSessionTests.savedID(in: try await marie.get(client, "/console").text))
            let session = try #require(try await marie.post(client, "/console/saved/\(id)/open").location)
            let page = try await marie.get(client, session).text
            #expect(page.contains(#"<input id="label" name="label" value="Mme B., mardi" maxlength="60" autocomplete="off" aria-describedby="label-hint">"#))
            // Saved again as the form shows it, then renamed.
            _ = try await marie.post(client, session + "/save", ["label": "Mme B., mardi"])
            #expect(Self.labels(in: try await marie.get(client, "/console").text) == ["Mme B., mardi"])
            let again = try #require(ConsoleSavedSessionTests.savedID(in: try await marie.get(client, "/console").text))
            let reopened = try #require(try await marie.post(client, "/console/saved/\(again)/open").location)
            _ = try await marie.post(client, reopened + "/save", ["label": "Mme B., jeudi"])
            #expect(Self.labels(in: try await marie.get(client, "/console").text) == ["Mme B., jeudi"])
        }
    }

    @Test func aLabelTooLongIsRefusedAndNothingIsSaved() async throws {
        try await ConsoleHarness().run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            let refused = try await marie.post(client, session + "/save", ["label": String(repeating: "b", count: 61)])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Le nom pour retrouver la démarche dépasse 60 caractères : raccourcissez-le. Rien n&#39;a été enregistré."))
            #expect(try await marie.get(client, session).status == .ok)
            #expect(ConsoleSavedSessionTests.savedID(in: try await marie.get(client, "/console").text) == nil)
        }
    }

    @Test func theLabelIsInNoEventReportOrExportAndGoesWithItsSession() async throws {
        let harness = try ConsoleHarness()
        let label = "Mme Zoubida B., mardi"
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            _ = try await marie.post(client, session + "/note", ["category": "missing-document"])
            _ = try await marie.post(client, session + "/save", ["label": label])
            let analyst = try await client.signIn("ana")
            for download in ["/dashboard/export.jsonl", "/dashboard/export.csv", "/dashboard/export.xes", "/dashboard/report.json", "/dashboard/report.csv"] {
                let response = try await analyst.get(client, download)
                #expect(response.status == .ok, "\(download)")
                #expect(response.text.contains("essai"), "\(download)")
                #expect(!response.text.contains("Zoubida"), "\(download)")
            }
            let id = try #require(ConsoleSavedSessionTests.savedID(in: try await marie.get(client, "/console").text))
            #expect(try await marie.post(client, "/console/saved/\(id)/delete").location == "/console?done=deleted")
            #expect(!(try await marie.get(client, "/console").text.contains("Zoubida")))
        }
        #expect(!String(decoding: try JSONEncoder().encode(try await harness.events()), as: UTF8.self).contains("Zoubida"))
        #expect(try await harness.accounts.savedSessions(ownedBy: nil).isEmpty)
        // Deleted pages are overwritten: the label is nowhere in the console's database file.
        let file = try Data(contentsOf: URL(fileURLWithPath: harness.settings.dataDirectory + "/" + SQLiteAccountStore.fileName))
        #expect(file.range(of: Data("Zoubida".utf8)) == nil)
    }
}
