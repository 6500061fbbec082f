import EventLog
import Foundation
import GuideEngine
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// "Je veux parler à quelqu'un": the call reaches the workers' console live, a worker answers it in
/// one click, and it is withdrawn when the resident leaves.
@Suite struct KioskCallTests {
    /// A kiosk session at its second question that calls for a person: its cookie, and the code its
    /// waiting screen shows.
    static func kioskCalls(_ client: any TestClientProtocol, language: String = "fr") async throws -> (cookie: String, code: String) {
        let cookie = try #require(try await client.post("/kiosk/\(language)/start", ["procedure": "essai"]).cookie)
        _ = try await client.post("/kiosk/step", ["action": "answer", "value": "1"], cookie: cookie)
        #expect(try await client.post("/kiosk/call", [:], cookie: cookie).location == "/kiosk/call")
        let page = try await client.get("/kiosk/call", cookie: cookie)
        let code = try #require(page.text.firstMatch(of: /<p class="code" aria-label="(\d{3} \d{3} \d{3})">/))
        return (cookie, String(code.1))
    }

    /// The lists in a stream of server-sent events, as JSON objects.
    static func lists(in stream: String) throws -> [[[String: Any]]] {
        try stream.split(separator: "\n").filter { $0.hasPrefix("data: ") }.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.dropFirst("data: ".count).utf8)) as? [String: Any]
            return try #require(object?["calls"] as? [[String: Any]])
        }
    }

    @Test func everyPageOfASessionOffersTheCallAndTheWaitingScreenSaysAPersonIsComing() async throws {
        try await ConsoleHarness().run { client async throws in
            let languages = try await client.get("/kiosk")
            #expect(!languages.text.contains("/kiosk/call"))
            let cookie = try #require(try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie)
            for page in ["/kiosk/step", "/kiosk/help"] {
                #expect(
                    try await client.get(page, cookie: cookie).text.contains(
                        #"<form method="post" action="/kiosk/call"><button class="call">Je veux parler à quelqu&#39;un</button></form>"#))
            }
            _ = try await client.post("/kiosk/call", [:], cookie: cookie)
            let waiting = try await client.get("/kiosk/call", cookie: cookie).text
            #expect(waiting.contains(#"<h1 class="prompt coming" role="status">Une personne arrive</h1>"#))
            #expect(waiting.contains("Restez près de la borne. Quand la personne arrive, montrez-lui ce code."))
            #expect(
                waiting.contains(#"<form method="post" action="/kiosk/call/cancel"><button class="choice">Je n&#39;ai plus besoin d&#39;aide</button></form>"#))
        }
    }

    @Test func theConsoleStreamCarriesTheCall() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let kiosk = try await Self.kioskCalls(client)
            let marie = try await client.signIn("marie")
            let stream = try await marie.get(client, "/console/calls/events?limit=1")
            #expect(stream.headers[.contentType] == "text/event-stream; charset=utf-8")
            #expect(stream.text.hasPrefix("retry: 3000\n\nevent: calls\ndata: {"))
            let calls = try #require(try Self.lists(in: stream.text).first)
            #expect(calls.count == 1)
            #expect(calls.first?["code"] as? String == kiosk.code)
            #expect(calls.first?["procedure"] as? String == "Démarche d'essai")
            #expect(calls.first?["step"] as? String == "Combien gagnez-vous par mois ?")
            #expect(calls.first?["language"] as? String == "français")
            // The console's home shows it too, for a browser without the script.
            let home = try await marie.get(client, "/console").text
            #expect(home.contains(#"<span class="call-code">\#(kiosk.code)</span>"#))
            #expect(home.contains("Accepter et reprendre"))
        }
    }

    @Test func aStreamAlreadyOpenGetsTheCallAndItsWithdrawal() async throws {
        try await ConsoleHarness().run { client async throws in
            let marie = try await client.signIn("marie")
            let cookie = try #require(try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie)
            async let watched = marie.get(client, "/console/calls/events?limit=3")
            // The call comes once the stream is open (the metric counts it), so its last two lists are
            // the call, then none.
            var polls = 0
            while try await !client.get("/metrics").text.contains("ariane_consoles_watching_calls 1.0\n") {
                polls += 1
                try #require(polls < 3_000, "the console's stream did not open in 30 s")
                try await Task.sleep(for: .milliseconds(10))
            }
            _ = try await client.post("/kiosk/call", [:], cookie: cookie)
            // The console reads the call before it is withdrawn (its stream keeps only the newest list).
            try await Task.sleep(for: .milliseconds(200))
            _ = try await client.post("/kiosk/call/cancel", [:], cookie: cookie)
            let response = try await watched
            let lists = try Self.lists(in: response.text)
            #expect(lists.count >= 2)
            #expect(lists.suffix(2).map(\.count) == [1, 0])
            // The stream ended with its third list: nobody watches any more.
            #expect(try await client.get("/metrics").text.contains("ariane_consoles_watching_calls 0.0\n"))
        }
    }

    @Test func aWorkerAnswersInOneClickAndTakesTheSessionOver() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let kiosk = try await Self.kioskCalls(client)
            let marie = try await client.signIn("marie")
            let stream = try await marie.get(client, "/console/calls/events?limit=1")
            let id = try #require(try Self.lists(in: stream.text).first?.first?["id"] as? String)
            let answered = try await marie.post(client, "/console/calls/\(id)/answer")
            #expect(answered.status == .seeOther)
            let desk = try #require(answered.location)
            #expect(desk.hasPrefix("/console/sessions/"))
            #expect(try await marie.get(client, desk).text.contains(#"<p class="prompt" id="prompt">Combien gagnez-vous par mois ?</p>"#))
            // The kiosk's waiting screen goes to the page that says a person took over.
            #expect(try await client.get("/kiosk/call", cookie: kiosk.cookie).location == "/kiosk/step")
            #expect(try await client.get("/kiosk/step", cookie: kiosk.cookie).text.contains("Une personne a repris votre démarche avec vous."))
            // Taken once: a colleague's click, and the code, come too late.
            let paul = try await client.signIn("paul")
            let late = try await paul.post(client, "/console/calls/\(id)/answer")
            #expect(late.status == .notFound)
            #expect(late.text.contains("Cet appel n&#39;attend plus") || late.text.contains("Cet appel n'attend plus"))
            #expect(try await paul.post(client, "/console/takeover", ["code": kiosk.code]).status == .notFound)
            #expect(try Self.lists(in: try await paul.get(client, "/console/calls/events?limit=1").text).first?.isEmpty == true)
        }
        let events = try await harness.events()
        #expect(events.map(\.kind) == [.sessionStarted, .stepEntered, .answered, .stepEntered, .mediatorCalled, .mediatorAnswered, .resumed, .stepEntered])
        #expect(events.filter { $0.kind == .mediatorCalled || $0.kind == .mediatorAnswered }.map(\.step) == ["revenus", "revenus"])
    }

    @Test func typingTheCodeOfACallingResidentAnswersTheCall() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let kiosk = try await Self.kioskCalls(client)
            let marie = try await client.signIn("marie")
            #expect(try await marie.post(client, "/console/takeover", ["code": kiosk.code]).status == .seeOther)
            #expect(try Self.lists(in: try await marie.get(client, "/console/calls/events?limit=1").text).first?.isEmpty == true)
        }
        #expect(try await harness.events().suffix(4).map(\.kind) == [.mediatorCalled, .mediatorAnswered, .resumed, .stepEntered])
    }

    @Test func callingTwiceWhileWaitingIsOneCall() async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let kiosk = try await Self.kioskCalls(client)
            _ = try await client.post("/kiosk/call", [:], cookie: kiosk.cookie)
            let again = try await client.get("/kiosk/call", cookie: kiosk.cookie)
            #expect(again.text.contains(#"aria-label="\#(kiosk.code)""#))
            let marie = try await client.signIn("marie")
            #expect(try Self.lists(in: try await marie.get(client, "/console/calls/events?limit=1").text).first?.count == 1)
        }
        #expect(try await harness.events().filter { $0.kind == .mediatorCalled }.count == 1)
    }

    /// Each way a resident leaves takes the call down: starting again, a page's time-out, calling off.
    @Test(arguments: ["restart", "timeout", "cancel"])
    func theCallIsWithdrawnWhenTheResidentLeaves(_ leaving: String) async throws {
        let harness = try ConsoleHarness()
        try await harness.run { client async throws in
            let kiosk = try await Self.kioskCalls(client)
            switch leaving {
            case "restart": _ = try await client.post("/kiosk/restart", [:], cookie: kiosk.cookie)
            case "timeout": _ = try await client.post("/kiosk/step", ["action": "timeout"], cookie: kiosk.cookie)
            default: #expect(try await client.post("/kiosk/call/cancel", [:], cookie: kiosk.cookie).location == "/kiosk/step")
            }
            let marie = try await client.signIn("marie")
            #expect(try Self.lists(in: try await marie.get(client, "/console/calls/events?limit=1").text).first?.isEmpty == true)
            #expect(!(try await marie.get(client, "/console").text.contains("call-code")))
        }
        let kinds = try await harness.events().map(\.kind)
        #expect(kinds.contains(.mediatorCalled))
        #expect(!kinds.contains(.mediatorAnswered))
    }

    /// The server's parts on `settings`, without its routes: to drive the runner by hand.
    static func services(_ settings: ServerSettings, clock: HandClock = HandClock()) async throws -> GuideServices {
        try GuideServices(
            settings: settings, library: try GuideServices.loadLibrary(settings), store: MemoryEventStore(),
            pages: try await PageRenderer.bundled(), clock: clock.clock)
    }

    @Test func theIdleSweepWithdrawsTheCallOfASessionItEnds() async throws {
        let clock = HandClock()
        let settings = try KioskHarness().settings
        let services = try await Self.services(settings, clock: clock)
        let runner = services.runner
        let (token, _) = try await services.startAtKiosk(procedure: "essai", locale: "fr", from: "127.0.0.1")
        #expect(try await runner.callMediator(token, time: clock.now) != nil)
        #expect(runner.calls.waiting.count == 1)
        // The waiting screen keeps the session while its code works (two hours), then the sweep ends it.
        clock.advance(seconds: 2 * 60 * 60 + 1)
        let sweep = await runner.endUntouched(kiosk: IdleRule.kiosk(settings), desk: IdleRule.desk(settings.console), time: clock.now)
        #expect(sweep.kiosks == 1)
        #expect(runner.calls.waiting.isEmpty)
        var kinds: [GuideEvent.Kind] = []
        try await services.store.forEachEvent(matching: .all) { kinds.append($0.kind) }
        #expect(kinds.suffix(2) == [.mediatorCalled, .timedOut])
    }

    @Test func theCallIsOfferedInArabicAndTheCodeCanBeHeardDigitByDigit() async throws {
        let harness = try ConsoleHarness()
        try harness.kiosk.offerArabic([])
        try await harness.run { client async throws in
            let cookie = try #require(try await client.post("/kiosk/ar/start", ["procedure": "essai"]).cookie)
            #expect(try await client.get("/kiosk/step", cookie: cookie).text.contains(#"<button class="call">أريد التحدث إلى شخص</button>"#))
            _ = try await client.post("/kiosk/call", [:], cookie: cookie)
            #expect(try await client.get("/kiosk/call", cookie: cookie).text.contains("شخص قادم إليك"))
        }
        let services = try await Self.services(harness.settings)
        #expect(services.content("ar").spoken("digit7") == "سَبْعَة")
        #expect(services.content("ar").spoken("yourCode") == "رَمْزُكَ هُوَ:")
        #expect(services.content("fr").spoken("digit0") == "zéro")
        #expect(services.content("fr").spoken("personComing") == "Une personne arrive")
        let code = HandOffCode(issuedAt: 0)
        let said = SpokenCode.paths(code, in: "ar").split(separator: " ").map(String.init)
        #expect(said.first == "/kiosk/say/ar/yourCode")
        #expect(said.dropFirst() == ArraySlice(code.digits.map { "/kiosk/say/ar/digit\($0)" }))
    }
}
