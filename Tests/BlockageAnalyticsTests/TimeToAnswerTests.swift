import BlockageAnalytics
import Foundation
import ProcedureModel
import Testing

/// How long residents who called for a person from a kiosk waited for a worker.
@Suite struct TimeToAnswerTests {
    /// Sessions at "foyer" that call and are answered after `waits` seconds, and one never answered.
    static var walks: [Walk] {
        var walks = [20.0, 40, 90].enumerated().map { index, wait in
            var walk = Walk("w\(index)", at: monday + Int64(index) * 60_000, start: "foyer")
            walk.signal(.mediatorCalled, after: 5)
            // A second touch of the button while waiting is the same wait.
            walk.signal(.mediatorCalled, after: wait / 2)
            walk.signal(.mediatorAnswered, after: wait / 2)
            walk.resume(after: 0)
            walk.complete(after: 30, at: "ok")
            return walk
        }
        var unanswered = Walk("w3", at: monday + 3 * 60_000, start: "foyer")
        unanswered.signal(.mediatorCalled, after: 5)
        unanswered.end(.timedOut, after: 300)
        walks.append(unanswered)
        return walks
    }

    @Test func theMedianIsOverAnsweredCallsFromCallToAnswer() async throws {
        let procedure = try #require(try await report(Self.walks).procedures.first)
        #expect(procedure.timeToAnswer == Durations(measured: .value(3), medianMilliseconds: .value(40_000), p90Milliseconds: .value(80_000)))
        // Calling is asking for a person at the step: the unanswered call counts as well.
        #expect(procedure.steps.first { $0.step == "foyer" }?.signals.handedOff == .value(1))
    }

    @Test func everyFormatGivesIt() async throws {
        let report = try await report(Self.walks)
        let json = try JSONRenderer.render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let procedure = try #require((object["procedures"] as? [[String: Any]])?.first)
        #expect(procedure["timeToAnswer"] as? [String: Int] == ["measured": 3, "medianMilliseconds": 40_000, "p90Milliseconds": 80_000])
        // The renderers' own unit space (a no-break space in French) between numbers and units.
        let html = HTMLRenderer.render(report).replacing(/\s/, with: " ")
        #expect(html.contains("<dt>Attente d'une personne appelée</dt><dd>3 appels répondus, médiane 40 s, 9 sur 10 en moins de 1 min 20 s</dd>"))
        let table = TableRenderer.render(report).replacing(/\s/, with: " ")
        #expect(table.contains("Time to answer a call for a person: 3 answered, median 40 s, p90 1 min 20 s"))
        let csv = CSVRenderer.render(report)
        #expect(csv.contains("procedure,aide,,,,answer_measured,3\nprocedure,aide,,,,answer_median_ms,40000\nprocedure,aide,,,,answer_p90_ms,80000\n"))
    }

    @Test func fewAnsweredCallsAreHidden() async throws {
        let procedure = try #require(try await report(Self.walks, minimumGroup: 4).procedures.first)
        #expect(procedure.timeToAnswer == Durations(measured: .suppressed, medianMilliseconds: .suppressed, p90Milliseconds: .suppressed))
    }
}
