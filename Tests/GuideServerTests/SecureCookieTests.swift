import GuideServer
import HummingbirdTesting
import Testing

/// `--secure-cookies`: the console's and the kiosk's cookies, set and dropped, are Secure, and
/// stay out of reach of scripts and other sites; without it, they are not Secure.
@Suite struct SecureCookieTests {
    @Test(arguments: [true, false])
    func cookiesAreSecureOnlyWhenAsked(secure: Bool) async throws {
        var harness = try ConsoleHarness()
        harness.settings.secureCookies = secure
        try await harness.run { client in
            let login = try await client.loginForm()
            let signedIn = try await login.logIn(client, name: "marie", password: ConsoleHarness.password)
            #expect(signedIn.status == .seeOther)
            let started = try await client.post("/kiosk/fr/start", ["procedure": "essai"])
            #expect(started.status == .seeOther)
            let restarted = try await client.post("/kiosk/restart", [:], cookie: started.cookie)
            let secureOrNot = secure ? ["Secure"] : []
            #expect(try attributes(signedIn) == ["Expires", "HttpOnly", "Path=/", "SameSite=Strict"] + secureOrNot)
            #expect(try attributes(started) == ["HttpOnly", "Path=/kiosk", "SameSite=Strict"] + secureOrNot)
            #expect(try attributes(restarted) == ["HttpOnly", "Max-Age=0", "Path=/kiosk", "SameSite=Strict"] + secureOrNot)
        }
    }

    /// The attributes of the cookie a response sets, sorted; of `Expires`, only its name (a date).
    func attributes(_ response: TestResponse) throws -> [String] {
        let setCookie = try #require(response.headers[.setCookie])
        return setCookie.split(separator: "; ").dropFirst().map { $0.hasPrefix("Expires=") ? "Expires" : String($0) }.sorted()
    }
}
