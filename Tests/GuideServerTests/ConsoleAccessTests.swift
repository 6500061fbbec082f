import Foundation
import GuideServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ProcedureModel
import Testing

/// Who reaches which console page: nobody without signing in, no analyst, no forged form.
@Suite struct ConsoleAccessTests {
    static let workerPages = ["/console", "/console/sessions/0123456789abcdef0123456789abcdef"]
    static let workerPosts = [
        "/console/start", "/console/takeover", "/console/sessions/0123/step", "/console/sessions/0123/note",
        "/console/sessions/0123/save", "/console/sessions/0123/close", "/console/saved/0123/open", "/console/saved/0123/delete",
    ]

    @Test func withoutSigningInEveryPageSendsToTheLoginPage() async throws {
        try await ConsoleHarness().run { client async throws in
            for page in Self.workerPages {
                let response = try await client.get(page)
                #expect(response.status == .seeOther, "\(page)")
                #expect(response.location == "/console/login", "\(page)")
            }
            for post in Self.workerPosts {
                let response = try await client.post(post, ["procedure": "essai"])
                #expect(response.status == .seeOther, "\(post)")
                #expect(response.location == "/console/login", "\(post)")
            }
        }
    }

    @Test func scriptsWithoutSigningInGet401() async throws {
        try await ConsoleHarness().run { client async throws in
            var headers = HTTPFields()
            headers[.accept] = "application/json"
            let response = try await client.execute(uri: "/console", method: .get, headers: headers)
            #expect(response.status == .unauthorized)
        }
    }

    @Test func analystsAreRefusedTheConsole() async throws {
        try await ConsoleHarness().run { client async throws in
            let analyst = try await client.signIn("ana")
            let home = try await analyst.get(client, "/console")
            #expect(home.status == .forbidden)
            #expect(home.text.contains("<h1>Accès refusé</h1>"))
            #expect(home.text.contains("Votre compte (analyste) ne donne pas accès à cette page."))
            #expect(home.text.contains(#"<a class="button" href="/dashboard">Aller à votre page d&#39;accueil</a>"#))
            for post in Self.workerPosts {
                #expect(try await analyst.post(client, post, ["procedure": "essai"]).status == .forbidden, "\(post)")
            }
        }
    }

    @Test func adminsAndWorkersOpenTheConsole() async throws {
        try await ConsoleHarness().run { client async throws in
            for name in ["marie", "root"] {
                let home = try await client.signIn(name).get(client, "/console")
                #expect(home.status == .ok)
                #expect(home.text.contains(#"<h2 id="start-title">Commencer une démarche avec une personne</h2>"#))
                #expect(home.text.contains(#"<option value="essai">Démarche d&#39;essai</option>"#))
            }
        }
    }

    @Test func aFormWithoutTheRightTokenDoesNothing() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let desk = try await client.signIn("marie")
            let missing = try await client.post("/console/start", ["procedure": "essai", "lang": "fr"], cookie: desk.cookie)
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("Ce formulaire a expiré ou ne vient pas d&#39;Ariane. Rien n&#39;a été fait."))
            let wrong = try await client.post(
                "/console/start", ["procedure": "essai", "lang": "fr", "csrf": String(repeating: "0", count: 64)], cookie: desk.cookie)
            #expect(wrong.status == .forbidden)
            // Another person's token is no better.
            let other = try await client.signIn("paul")
            #expect(try await client.post("/console/start", ["procedure": "essai", "csrf": other.csrf], cookie: desk.cookie).status == .forbidden)
        }
        #expect(try await harness.events().isEmpty)
    }

    @Test func aScriptSendsTheTokenInTheXCSRFTokenHeader() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let desk = try await client.signIn("marie")
            func start(token: String) async throws -> TestResponse {
                var (headers, body) = form(["procedure": "essai", "lang": "fr"])
                headers[.cookie] = desk.cookie
                headers[HTTPField.Name("X-CSRF-Token")!] = token
                return try await client.execute(uri: "/console/start", method: .post, headers: headers, body: body)
            }
            #expect(try await start(token: String(repeating: "0", count: 64)).status == .forbidden)
            #expect(try await harness.events().isEmpty)
            let started = try await start(token: desk.csrf)
            #expect(started.status == .seeOther)
            #expect(started.location?.hasPrefix("/console/sessions/") == true)
        }
        #expect(try await harness.events().map(\.kind) == [.sessionStarted, .stepEntered])
    }

    @Test func aRemovedAccountIsSignedOutAtOnce() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let desk = try await client.signIn("paul")
            try harness.accounts.remove(name: "paul")
            #expect(try await desk.get(client, "/console").location == "/console/login")
        }
    }

    @Test func aKioskCookieOpensNoConsolePage() async throws {
        try await ConsoleHarness().run { client async throws in
            let kiosk = try #require(try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie)
            #expect(try await client.get("/console", cookie: kiosk).location == "/console/login")
        }
    }
}
