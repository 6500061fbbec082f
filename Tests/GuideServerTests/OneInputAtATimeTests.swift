import EventLog
import Hummingbird
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// The blockage log says exactly what happened when inputs to one session arrive together: a double
/// tap, a form sent again, the idle sweep at the moment of a touch, a worker taking over as the
/// resident taps. An input's events are in the store if and only if its new state is kept.
@Suite struct OneInputAtATimeTests {
    /// The `shown` field of a kiosk or desk step page (which step the person answers).
    static func shown(in page: String) throws -> String {
        try #require(page.firstMatch(of: /name="shown" value="([^"]+)"/)).1.description
    }

    @Test(arguments: [0, 25])
    func sixTapsOnOneAnswerAreRecordedOnce(appendMilliseconds: Int) async throws {
        let harness = try KioskHarness()
        let store = SlowStore(delay: .milliseconds(appendMilliseconds))
        let app = try await buildApplication(harness.settings, store: store)
        try await app.test(.router) { client in
            var pages: [(cookie: String, shown: String)] = []
            for _ in 0..<6 {
                let cookie = try #require(try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie)
                pages.append((cookie, try Self.shown(in: try await client.get("/kiosk/step", cookie: cookie).text)))
            }
            #expect(pages.allSatisfy { $0.shown == "1.foyer" })
            // Six residents, each tapping "1 personne" six times at once. "1" would also be a fine answer to
            // the next question (income, a number): only the step shown tells the taps apart.
            try await withThrowingTaskGroup { group in
                for page in pages {
                    for _ in 0..<6 {
                        group.addTask {
                            let response = try await client.post(
                                "/kiosk/step", ["action": "answer", "value": "1", "shown": page.shown], cookie: page.cookie)
                            #expect(response.location == "/kiosk/step")
                        }
                    }
                }
                try await group.waitForAll()
            }
            let events = try await store.events()
            for session in try await store.sessionsInOrder() {
                let answered = events.filter { $0.session == session && $0.kind == .answered }
                #expect(answered.map(\.step) == ["foyer"])
                #expect(answered.map(\.value) == ["1"])
                #expect(events.filter { $0.session == session && $0.kind == .stepEntered }.map(\.step) == ["foyer", "revenus"])
            }
            for page in pages {
                let now = try await client.get("/kiosk/step", cookie: page.cookie).text
                #expect(now.contains("Combien gagnez-vous par mois ?"))
                #expect(try Self.shown(in: now) == "2.revenus")
            }
        }
    }

    @Test func anAPIInputForAStepLeftIsRefusedAndNothingIsRecorded() async throws {
        let harness = try KioskHarness()
        let store = SlowStore(delay: .milliseconds(10))
        let app = try await buildApplication(harness.settings, store: store)
        try await app.test(.router) { client in
            let token = try await ApiClient.start(client)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<5 {
                    group.addTask { try await ApiClient.send(client, token: token, #"{"type":"answer","value":"1","step":"foyer"}"#).status.code }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.sorted() == [200, 409, 409, 409, 409])
            #expect(try await store.events().filter { $0.kind == .answered }.map(\.step) == ["foyer"])
        }
    }

    @Test func theSweepAndATouchAtTheSameMomentNeverLeaveATimeOutOnALiveSession() async throws {
        let harness = try SweepHarness()
        let store = SlowStore(delay: .milliseconds(15))
        try await harness.run(store: store) { client, sweep in
            var cookies: [String] = []
            for _ in 0..<8 {
                cookies.append(try #require(try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie))
            }
            // Past the page's timer and the server's grace: every session is due for the sweep.
            harness.clock.advance(seconds: 3 * 90 + 90 + 1)
            try await withThrowingTaskGroup { group in
                group.addTask { _ = await sweep.sweep() }
                for cookie in cookies {
                    group.addTask { _ = try await client.post("/kiosk/step", ["action": "still-here"], cookie: cookie) }
                }
                try await group.waitForAll()
            }
            let events = try await store.events()
            let sessions = try await store.sessionsInOrder()
            for (cookie, session) in zip(cookies, sessions) {
                let alive = try await client.get("/kiosk/step", cookie: cookie).status == .ok
                let timedOut = events.contains { $0.session == session && $0.kind == .timedOut }
                #expect(alive != timedOut, "session \(session): alive \(alive), timed out in the log \(timedOut)")
            }
        }
    }

    @Test func aTakeOverRacingAKioskTapLeavesOneOwnerAndALogThatAgreesWithIt() async throws {
        let harness = try ConsoleHarness()
        let store = SlowStore(delay: .milliseconds(15))
        try await harness.run(store: store) { client in
            let marie = try await client.signIn("marie")
            for _ in 0..<6 {
                let kiosk = try #require(try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie)
                let shown = try Self.shown(in: try await client.get("/kiosk/step", cookie: kiosk).text)
                _ = try await client.post("/kiosk/handoff", [:], cookie: kiosk)
                let code = try #require(try await client.get("/kiosk/handoff", cookie: kiosk).text.firstMatch(of: /aria-label="(\d{3} \d{3} \d{3})"/)).1
                async let tap = client.post("/kiosk/step", ["action": "answer", "value": "1", "shown": shown], cookie: kiosk)
                async let takeOver = marie.post(client, "/console/takeover", ["code": String(code)])
                let (_, taken) = try await (tap, takeOver)
                let desk = try #require(taken.location)
                // One owner: the desk. The kiosk's page says a mediator took over.
                #expect(try await client.get("/kiosk/step", cookie: kiosk).text.contains("Une personne a repris votre démarche avec vous."))
                let session = try #require(try await store.sessionsInOrder().last)
                let kinds = try await store.events().filter { $0.session == session }.map(\.kind)
                // Nothing the kiosk did is logged after the session left it: the last events are the desk's
                // resuming and showing the step again.
                #expect(Array(kinds.suffix(2)) == [.resumed, .stepEntered], "\(kinds)")
                let answered = kinds.contains(.answered)
                let deskPage = try await marie.get(client, desk).text
                #expect(
                    deskPage.contains(#"<p class="prompt" id="prompt">Combien gagnez-vous par mois ?</p>"#) == answered, "log \(kinds) against the desk's page")
            }
        }
    }
}

/// The JSON API as a kiosk client calls it.
enum ApiClient {
    static func start(_ client: any TestClientProtocol) async throws -> String {
        let response = try await send(client, path: "/api/v1/sessions", token: nil, #"{"procedure":"essai"}"#)
        return try #require(response.text.firstMatch(of: /"token":"([^"]+)"/)).1.description
    }

    static func send(_ client: any TestClientProtocol, path: String = "/api/v1/session/inputs", token: String?, _ json: String) async throws -> TestResponse {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: json))
    }
}
