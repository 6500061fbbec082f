import BlockageAnalytics
import EventLog
import Foundation
import GuideServer
import HTTPTypes
import HummingbirdTesting
import ProcedureModel
import Testing

/// "Did this help?" at the end: three labelled faces, one tap, one `feedback` event, counted per procedure.
@Suite struct FeedbackTests {
    static func walkToTheEnd(_ client: some TestClientProtocol, _ language: String = "fr") async throws -> String {
        let cookie = try await client.startCounting(language)
        _ = try await client.post("/kiosk/step", [("action", "answer"), ("value", "3")], cookie: cookie)
        _ = try await client.post("/kiosk/step", [("action", "answer"), ("value", "17,5")], cookie: cookie)
        return cookie
    }

    @Test func threeFacesEachNamedInWords() async throws {
        try await TouchKiosk().run { client in
            let cookie = try await Self.walkToTheEnd(client)
            let outcome = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(outcome.contains(#"<h2 id="feedback-question">La borne vous a-t-elle aidé ?</h2>"#))
            for (value, words) in [("good", "Oui, elle m&#39;a aidé"), ("neutral", "Un peu"), ("bad", "Non, pas du tout")] {
                #expect(
                    outcome.contains(
                        #"<button class="face \#(value)" name="value" value="\#(value)"><img src="/static/pictograms/face-\#(value).svg" alt="" width="72" height="72"><span>\#(words)</span></button>"#
                    ))
            }
        }
    }

    @Test func oneTapIsOneEventThenThanks() async throws {
        let kiosk = try TouchKiosk()
        try await kiosk.run { client in
            let cookie = try await Self.walkToTheEnd(client, "ar")
            #expect(try await client.post("/kiosk/feedback", [("value", "neutral")], cookie: cookie).location == "/kiosk/step")
            // A second tap (a double tap, or back in history) is not counted twice.
            _ = try await client.post("/kiosk/feedback", [("value", "bad")], cookie: cookie)
            let outcome = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(outcome.contains(#"<p id="feedback-question" class="thanks" role="status">شكرًا على جوابك.</p>"#))
            #expect(!outcome.contains(#"action="/kiosk/feedback""#))
            let feedback = try await kiosk.events().filter { $0.kind == .feedback }
            #expect(feedback.map { "\($0.procedure) \($0.step ?? "-") \($0.value ?? "-") \($0.locale) \($0.channel)" } == ["compter fin neutral ar kiosk"])
        }
    }

    @Test func onlyAtTheEndAndOnlyTheThreeFaces() async throws {
        let kiosk = try TouchKiosk()
        try await kiosk.run { client in
            let cookie = try await client.startCounting()
            #expect(try await client.post("/kiosk/feedback", [("value", "good")], cookie: cookie).location == "/kiosk/step")
            let refused = try await client.post("/kiosk/feedback", [("value", "super")], cookie: cookie)
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains(#"<h1 class="prompt">La borne n&#39;a pas compris la demande.</h1>"#))
            let empty = try await client.post("/kiosk/feedback", [], cookie: cookie)
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains(#"<h1 class="prompt">La borne n&#39;a pas compris la demande.</h1>"#))
            #expect(try await client.post("/kiosk/feedback", [("value", "good")]).location == "/kiosk")
            #expect(try await kiosk.events().filter { $0.kind == .feedback }.isEmpty)
        }
    }

    @Test func countedPerProcedureInTheReport() async throws {
        let kiosk = try TouchKiosk()
        try await kiosk.run { client in
            for face in ["good", "good", "bad"] {
                let cookie = try await Self.walkToTheEnd(client)
                _ = try await client.post("/kiosk/feedback", [("value", face)], cookie: cookie)
            }
            _ = try await Self.walkToTheEnd(client)
        }
        let report = try await BlockageAnalytics.report(from: kiosk.store, minimumGroup: 1, now: Int64(Date().timeIntervalSince1970 * 1000))
        let counting = try #require(report.procedures.first { $0.procedure == "compter" })
        #expect(counting.feedback == FeedbackCounts(answered: .value(3), good: .value(2), neutral: .value(0), bad: .value(1)))
        let json = try JSONRenderer.render(report)
        #expect(json.contains(#""feedback" : {"#))
        #expect(json.contains(#""good" : 2"#))
        #expect(HTMLRenderer.render(report).contains("<dt>« La borne vous a-t-elle aidé ? »</dt><dd>3 réponses : oui 2, un peu 0, non 1</dd>"))
    }

    @Test func storedInSQLiteAndReadBackAfterReopening() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-touch-\(UUID().uuidString).sqlite").path
        let event = GuideEvent(
            session: "f00d", procedure: "compter", procedureVersion: "1", step: "fin", kind: .feedback, time: 1_000, channel: .kiosk,
            locale: "fr", value: "good")
        let first = try SQLiteEventStore(path: path)
        try await first.append([event])
        try first.close()
        // Opening again fills the kinds once more, without a migration and without a duplicate.
        let again = try SQLiteEventStore(path: path)
        var read: [GuideEvent] = []
        try await again.forEachEvent(matching: .all) { read.append($0) }
        #expect(read == [event])
        try again.close()
    }
}
