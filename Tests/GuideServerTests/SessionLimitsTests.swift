import EventLog
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// Anyone can open a kiosk or API session, so their number is bounded per client address and overall;
/// an idle one makes room, one in use never does.
@Suite struct SessionLimitsTests {
    /// Clients told apart by the address a trusted proxy (the test itself, on 127.0.0.1) forwards.
    struct Site {
        let harness: KioskHarness
        let clock = HandClock()
        var settings: ServerSettings

        init(_ limits: SessionLimits = SessionLimits(perAddress: 3, overall: 5, idleSecondsBeforeEnding: 60)) throws {
            harness = try KioskHarness()
            settings = harness.settings
            settings.port = 0
            settings.trustedProxies = [try TrustedProxy("127.0.0.1")]
            settings.sessionLimits = limits
        }

        func run(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
            let app = try await buildApplication(settings, store: harness.store, clock: clock.clock)
            try await app.test(.live, body)
        }

        static func start(_ client: any TestClientProtocol, from address: String) async throws -> TestResponse {
            var (headers, body) = form(["procedure": "essai"])
            headers[try #require(HTTPField.Name("X-Forwarded-For"))] = address
            return try await client.execute(uri: "/kiosk/fr/start", method: .post, headers: headers, body: body)
        }
    }

    @Test func anAddressAtItsBoundWithEverySessionInUseIsToldToWaitAndNothingStarts() async throws {
        let site = try Site()
        try await site.run { client async throws in
            for _ in 0..<3 { #expect(try await Site.start(client, from: "203.0.113.7").status == .seeOther) }
            let refused = try await Site.start(client, from: "203.0.113.7")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] == "60")
            #expect(refused.text.contains(#"<h1 class="prompt">Il y a trop de démarches en cours. Attendez une minute, puis réessayez.</h1>"#))
            // Another address is not held up by this one.
            #expect(try await Site.start(client, from: "198.51.100.20").status == .seeOther)
        }
        #expect(try await site.harness.events().filter { $0.kind == .sessionStarted }.count == 4)
    }

    @Test func theSessionTouchedLongestAgoEndsAsTimedOutToMakeRoom() async throws {
        let site = try Site()
        try await site.run { client async throws in
            var cookies: [String] = []
            for second in 0..<3 {
                cookies.append(try #require(try await Site.start(client, from: "203.0.113.7").cookie))
                site.clock.advance(seconds: second == 2 ? 60 : 1)
            }
            // The first and the third residents touch the screen; the second left it 63 seconds ago.
            _ = try await client.post("/kiosk/step", ["action": "still-here"], cookie: cookies[0])
            site.clock.advance(seconds: 2)
            _ = try await client.post("/kiosk/step", ["action": "still-here"], cookie: cookies[2])
            #expect(try await Site.start(client, from: "203.0.113.7").status == .seeOther)
            #expect(try await client.get("/kiosk/step", cookie: cookies[1]).location == "/kiosk")
            #expect(try await client.get("/kiosk/step", cookie: cookies[0]).status == .ok)
            #expect(try await client.get("/kiosk/step", cookie: cookies[2]).status == .ok)
        }
        let events = try await site.harness.events()
        let timedOut = try #require(events.first { $0.kind == .timedOut })
        #expect(timedOut.step == "foyer")
        // Ended when the room was needed, at the step where the resident left.
        #expect(timedOut.time == HandClock.start + 64_000)
        #expect(events.filter { $0.kind == .sessionStarted }.count == 4)
    }

    @Test func theServerAtItsBoundAnswers503AndTheAPISaysWhy() async throws {
        let site = try Site(SessionLimits(perAddress: 3, overall: 4, idleSecondsBeforeEnding: 60))
        try await site.run { client async throws in
            for address in ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"] {
                #expect(try await Site.start(client, from: address).status == .seeOther)
            }
            #expect(try await Site.start(client, from: "203.0.113.5").status == .serviceUnavailable)
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            let api = try await client.execute(
                uri: "/api/v1/sessions", method: .post, headers: headers, body: ByteBuffer(string: #"{"procedure":"essai"}"#))
            #expect(api.status == .serviceUnavailable)
            #expect(api.text.contains("too many sessions in use on this server: retry later"))
        }
    }

    @Test func thirtyKiosksBehindOneAddressEachLeavingTwoSessionsBehindKeepWorking() async throws {
        // The shipped bound, at a site's real size: 30 kiosks, each with a resident now and two who walked away.
        let site = try Site(SessionLimits())
        try await site.run { client async throws in
            for _ in 0..<(30 * 3) {
                #expect(try await Site.start(client, from: "192.0.2.1").status == .seeOther)
                site.clock.advance(seconds: 1)
            }
        }
        #expect(try await site.harness.events().filter { $0.kind == .timedOut }.isEmpty)
    }
}
