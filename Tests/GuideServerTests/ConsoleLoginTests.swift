import Foundation
import HummingbirdTesting
import Testing

@testable import GuideServer

/// Signing in and out: cookies, form tokens, one message for every failure, attempt limits.
@Suite struct ConsoleLoginTests {
    @Test func loginPageIsFrenchLabelledAndSetsAPrivateCookie() async throws {
        try await ConsoleHarness().run { client async throws in
            let page = try await client.get("/console/login")
            #expect(page.status == .ok)
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(page.text.contains(#"<html lang="fr" dir="ltr">"#))
            #expect(page.text.contains(#"<label for="name">Nom du compte</label>"#))
            #expect(page.text.contains(#"<input id="password" name="password" type="password" autocomplete="current-password" required>"#))
            #expect(formToken(in: page.text) != nil)
            let setCookie = try #require(page.headers[.setCookie])
            #expect(setCookie.hasPrefix("ariane-console="))
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            #expect(setCookie.contains("Path=/"))
        }
    }

    @Test func signingInGivesANewCookieAndOpensTheConsole() async throws {
        try await ConsoleHarness().run { client async throws in
            let login = try await client.loginForm()
            let response = try await login.logIn(client, name: "marie", password: ConsoleHarness.password)
            #expect(response.status == .seeOther)
            #expect(response.location == "/console")
            let cookie = try #require(response.cookie)
            #expect(cookie != login.cookie)
            #expect(response.headers[.setCookie]?.contains("HttpOnly") == true)
            let home = try await client.get("/console", cookie: cookie)
            #expect(home.status == .ok)
            #expect(home.text.contains(#"<p class="who">marie <span>(Travailleur social ou médiateur)</span></p>"#))
            // The cookie seen before signing in opens nothing.
            #expect(try await client.get("/console", cookie: login.cookie).location == "/console/login")
            // Signed in, the login page sends you home.
            #expect(try await client.get("/console/login", cookie: cookie).location == "/console")
        }
    }

    @Test func analystsLandOnTheDashboard() async throws {
        try await ConsoleHarness().run { client async throws in
            let login = try await client.loginForm()
            let response = try await login.logIn(client, name: "ana", password: ConsoleHarness.password)
            #expect(response.location == "/dashboard")
        }
    }

    @Test func aWrongPasswordAndAnUnknownNameGetTheSameAnswer() async throws {
        try await ConsoleHarness().run { client async throws in
            let login = try await client.loginForm()
            let wrong = try await login.logIn(client, name: "marie", password: "not the password")
            let unknown = try await login.logIn(client, name: "nobody", password: "not the password")
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            let message = #"<p class="notice" role="alert">Nom ou mot de passe incorrect.</p>"#
            #expect(wrong.text.contains(message))
            #expect(unknown.text.contains(message))
            #expect(wrong.text.replacingOccurrences(of: "marie", with: "nobody") == unknown.text)
            #expect(wrong.headers[.setCookie] == nil)
        }
    }

    @Test func emptyFieldsAreABadRequest() async throws {
        try await ConsoleHarness().run { client async throws in
            let login = try await client.loginForm()
            let response = try await client.post("/console/login", ["name": "marie", "csrf": login.csrf], cookie: login.cookie)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("Écrivez le nom du compte et le mot de passe."))
        }
    }

    @Test func loginWithoutTheFormTokenIsRefused() async throws {
        try await ConsoleHarness().run { client async throws in
            let login = try await client.loginForm()
            let missing = try await client.post("/console/login", ["name": "marie", "password": ConsoleHarness.password], cookie: login.cookie)
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("<h1>Formulaire refusé</h1>"))
            #expect(missing.headers[.setCookie] == nil)
            // No cookie at all: a forged cross-site post.
            let forged = try await client.post("/console/login", ["name": "marie", "password": ConsoleHarness.password, "csrf": login.csrf])
            #expect(forged.status == .forbidden)
        }
    }

    @Test func fiveFailuresForANameFromOneAddressDelayTheNextAttemptThere() async throws {
        // The server's clock stands still, so the delay is the whole thirty seconds however slow the machine.
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        try await ConsoleHarness().run(clock: .movedByHand { now }) { client async throws in
            let login = try await client.loginForm()
            for _ in 0..<5 {
                let failed = try await login.logIn(client, name: "marie", password: "guess guess guess")
                #expect(failed.status == .unauthorized)
            }
            let delayed = try await login.logIn(client, name: "marie", password: ConsoleHarness.password)
            #expect(delayed.status == .tooManyRequests)
            #expect(delayed.headers[.retryAfter] == "30")
            #expect(delayed.text.contains("Trop d&#39;essais manqués de connexion. Pour votre sécurité, attendez 30 secondes avant de réessayer."))
            // Another name from the same address is not held up by marie's failures.
            #expect(try await client.signIn("paul").cookie.hasPrefix("ariane-console="))
        }
    }

    @Test func manyFailuresFromOneAddressBlockEveryName() async throws {
        try await ConsoleHarness().run { client async throws in
            let login = try await client.loginForm()
            for attempt in 0..<20 {
                let failed = try await login.logIn(client, name: "user\(attempt)", password: "guess guess guess")
                #expect(failed.status == .unauthorized)
            }
            let blocked = try await login.logIn(client, name: "paul", password: ConsoleHarness.password)
            #expect(blocked.status == .tooManyRequests)
        }
    }

    @Test func logoutEndsTheSessionButOnlyWithTheFormToken() async throws {
        try await ConsoleHarness().run { client async throws in
            let desk = try await client.signIn("marie")
            let forged = try await client.post("/console/logout", [:], cookie: desk.cookie)
            #expect(forged.status == .forbidden)
            #expect(try await desk.get(client, "/console").status == .ok)
            let out = try await desk.post(client, "/console/logout")
            #expect(out.status == .seeOther)
            #expect(out.location == "/console/login")
            #expect(out.headers[.setCookie]?.hasPrefix("ariane-console=") == true)
            #expect(try await desk.get(client, "/console").location == "/console/login")
        }
    }
}

/// Past the free failures, each attempt waits twice as long as the one before, up to the window.
@Suite struct AttemptDelayTests {
    @Test func delaysDoubleFromThirtySecondsUpToTheWindow() async {
        let limiter = AttemptLimiter(limit: 5, windowSeconds: 15 * 60)
        var waits: [Int?] = []
        var time: Int64 = 0
        for _ in 0..<11 {
            waits.append(await limiter.wait(for: "marie at 203.0.113.66", at: time))
            await limiter.recordFailure("marie at 203.0.113.66", at: time)
            time += 1_000
        }
        // Five free tries a second apart, then 30 s, 60 s… from the last failure, never more than 15 minutes.
        #expect(waits == [nil, nil, nil, nil, nil, 29, 59, 119, 239, 479, 899])
        #expect(await limiter.wait(for: "marie at 203.0.113.66", at: time - 1_000 + 900_000) == nil)
        #expect(await limiter.wait(for: "marie at 198.51.100.20", at: time) == nil)
    }
}
