import GuideServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Behind a reverse proxy, a worker's failed sign-ins count against their own address, not the
/// proxy's; from anyone else, `X-Forwarded-For` changes nothing. Over a real socket: the test client
/// connects from 127.0.0.1 (or ::1), which plays the proxy.
@Suite struct ProxySignInTests {
    /// Three failed sign-ins from one address block it; the per-name limit (5) never comes into play.
    func harness(trusting proxies: [String], perAddress: Int = 3) throws -> ConsoleHarness {
        var harness = try ConsoleHarness(console: ConsoleSettings(passwordCost: 4, loginFailuresPerAddress: perAddress))
        harness.settings.trustedProxies = try proxies.map { try TrustedProxy($0) }
        return harness
    }

    @Test func oneWorkersTyposDoNotLockOutAnotherBehindTheSameProxy() async throws {
        try await harness(trusting: ["127.0.0.1", "::1", "10.0.0.2"]).run(.live) { client in
            let login = try await client.loginForm()
            try await login.failSignIns(client, forwardedFor: Array(repeating: "203.0.113.7, 10.0.0.2", count: 3))
            let blocked = try await login.logIn(client, name: "paul", password: ConsoleHarness.password, forwardedFor: "203.0.113.7, 10.0.0.2")
            #expect(blocked.status == .tooManyRequests)
            // The failures were counted against 203.0.113.7, however it reaches the proxy.
            let direct = try await login.logIn(client, name: "paul", password: ConsoleHarness.password, forwardedFor: "203.0.113.7")
            #expect(direct.status == .tooManyRequests)
            let colleague = try await login.logIn(client, name: "marie", password: ConsoleHarness.password, forwardedFor: "198.51.100.20, 10.0.0.2")
            #expect(colleague.status == .seeOther)
            #expect(colleague.location == "/console")
        }
    }

    @Test func aStrangersWrongPasswordsNeverKeepTheOwnerOut() async throws {
        // Behind the office's proxy, marie signs in from her own machine while a stranger keeps guessing.
        try await harness(trusting: ["127.0.0.1", "::1"], perAddress: 100).run(.live) { client in
            let login = try await client.loginForm()
            for _ in 0..<12 {
                _ = try await login.logIn(client, name: "marie", password: "guess guess guess", forwardedFor: "203.0.113.66")
            }
            let stranger = try await login.logIn(client, name: "marie", password: ConsoleHarness.password, forwardedFor: "203.0.113.66")
            #expect(stranger.status == .tooManyRequests)
            let owner = try await login.logIn(client, name: "marie", password: ConsoleHarness.password, forwardedFor: "198.51.100.20")
            #expect(owner.status == .seeOther)
            #expect(owner.location == "/console")
        }
    }

    @Test func aForgedHeaderFromAnUntrustedPeerCountsAgainstThePeer() async throws {
        // Only 10.0.0.2 is trusted: the test client, at 127.0.0.1, is anybody.
        try await harness(trusting: ["10.0.0.2"]).run(.live) { client in
            let login = try await client.loginForm()
            try await login.failSignIns(client, forwardedFor: ["203.0.113.1, 10.0.0.2", "203.0.113.2, 10.0.0.2", "203.0.113.3, 10.0.0.2"])
            let blocked = try await login.logIn(client, name: "paul", password: ConsoleHarness.password, forwardedFor: "198.51.100.20")
            #expect(blocked.status == .tooManyRequests)
        }
    }

    @Test func aMalformedHeaderCountsAgainstThePeer() async throws {
        try await harness(trusting: ["127.0.0.1", "::1"]).run(.live) { client in
            let login = try await client.loginForm()
            try await login.failSignIns(client, forwardedFor: ["unknown", "203.0.113.7,,127.0.0.1", "203.0.113.7; 198.51.100.20"])
            let proxy = try await login.logIn(client, name: "paul", password: ConsoleHarness.password, forwardedFor: nil)
            #expect(proxy.status == .tooManyRequests)
            let other = try await login.logIn(client, name: "paul", password: ConsoleHarness.password, forwardedFor: "198.51.100.20")
            #expect(other.status == .seeOther)
        }
    }
}

extension Desk {
    /// Sends the login form as a proxy would pass it on, with `X-Forwarded-For` when given.
    func logIn(_ client: any TestClientProtocol, name: String, password: String, forwardedFor: String?) async throws -> TestResponse {
        var (headers, body) = form(["name": name, "password": password, "csrf": csrf])
        headers[.cookie] = cookie
        if let forwardedFor { headers[try #require(HTTPField.Name("X-Forwarded-For"))] = forwardedFor }
        return try await client.execute(uri: "/console/login", method: .post, headers: headers, body: body)
    }

    /// One failed sign-in per header, each under a new name, so that only the address limit counts them.
    func failSignIns(_ client: any TestClientProtocol, forwardedFor headers: [String]) async throws {
        for (attempt, header) in headers.enumerated() {
            let failed = try await logIn(client, name: "user\(attempt)", password: "typo", forwardedFor: header)
            #expect(failed.status == .unauthorized)
        }
    }
}
