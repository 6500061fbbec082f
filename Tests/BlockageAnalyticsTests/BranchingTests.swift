import BlockageAnalytics
import ProcedureModel
import Testing

/// foyer → (1 person) revenus → papiers → ok, or (2 or more) → refus: half the sessions never see
/// revenus, so its exit rate must be taken over the four that reached it, not over all eight.
@Suite struct BranchingTests {
    static var walks: [Walk] {
        var walks: [Walk] = []
        for (name, foyer, revenus, papiers) in [("a1", 10.0, 20.0, 30.0), ("a2", 10, 40, 50)] {
            var walk = Walk(name, at: monday, start: "foyer")
            walk.answer(after: foyer, then: "revenus")
            walk.answer(after: revenus, then: "papiers")
            walk.complete(after: papiers, at: "ok")
            walks.append(walk)
        }
        for (name, foyer, revenus, ending) in [("a3", 20.0, 60.0, GuideEvent.Kind.abandoned), ("a4", 20, 80, .timedOut)] {
            var walk = Walk(name, at: monday, start: "foyer")
            walk.answer(after: foyer, then: "revenus")
            walk.end(ending, after: revenus)
            walks.append(walk)
        }
        for (name, foyer) in [("a5", 30.0), ("a6", 30), ("a7", 40)] {
            var walk = Walk(name, at: monday, start: "foyer")
            walk.complete(after: foyer, at: "refus", result: .notEligible)
            walks.append(walk)
        }
        var a8 = Walk("a8", at: monday, start: "foyer")
        a8.end(.abandoned, after: 50)
        walks.append(a8)
        return walks
    }

    @Test func sessionsAreCountedByHowTheyEnded() async throws {
        let procedure = try #require(try await report(Self.walks).procedures.first)
        #expect(procedure.procedure == "aide")
        #expect(procedure.versions == ["1"])
        #expect(
            procedure.sessions
                == SessionCounts(
                    started: .value(8), completed: .value(5), completionRate: .value(0.625), notCompleted: .value(3),
                    abandoned: .value(2), timedOut: .value(1), stopped: .value(0), inProgress: .value(0)))
        #expect(
            procedure.outcomes == [
                OutcomeCount(step: "refus", result: "not-eligible", sessions: .value(3)),
                OutcomeCount(step: "ok", result: "eligible", sessions: .value(2)),
            ])
        // 60 s, 100 s, 30 s, 30 s, 40 s: median 40 s; p90 interpolated 60 + 0.6 × 40 = 84 s.
        #expect(procedure.timeToCompletion == Durations(measured: .value(5), medianMilliseconds: .value(40_000), p90Milliseconds: .value(84_000)))
    }

    @Test func exitRatesAreRelativeToTheSessionsThatReachedTheStep() async throws {
        let steps = try #require(try await report(Self.walks).procedures.first).steps
        // Path order: by average first position; revenus and refus tie at 1, then by id.
        #expect(steps.map(\.step) == ["foyer", "refus", "revenus", "papiers", "ok"])
        #expect(steps.map(\.reached) == [.value(8), .value(3), .value(4), .value(2), .value(2)])
        #expect(steps.map(\.exits) == [.value(1), .value(0), .value(2), .value(0), .value(0)])
        #expect(steps.map(\.exitRate) == [.value(0.125), .value(0), .value(0.5), .value(0), .value(0)])
    }

    @Test func dwellMediansAndNinetiethPercentilesInterpolate() async throws {
        let steps = try #require(try await report(Self.walks).procedures.first).steps
        let dwell = Dictionary(uniqueKeysWithValues: steps.map { ($0.step, $0.dwell) })
        // foyer: 10 10 20 20 30 30 40 50 s → median 25 s, p90 = 40 + 0.3 × 10 = 43 s.
        #expect(dwell["foyer"] == Durations(measured: .value(8), medianMilliseconds: .value(25_000), p90Milliseconds: .value(43_000)))
        // revenus: 20 40 60 80 s, the abandoned and timed-out ones included.
        #expect(dwell["revenus"] == Durations(measured: .value(4), medianMilliseconds: .value(50_000), p90Milliseconds: .value(74_000)))
        #expect(dwell["papiers"] == Durations(measured: .value(2), medianMilliseconds: .value(40_000), p90Milliseconds: .value(48_000)))
        // An outcome step is not timed: the session ends as it is shown.
        #expect(dwell["ok"] == Durations(measured: .value(0), medianMilliseconds: nil, p90Milliseconds: nil))
        let foyer = try #require(steps.first)
        // < 5 s, 5–15, 15–30, 30–60, 1–2 min, …: 10 10 | 20 20 | 30 30 40 50.
        #expect(foyer.dwellHistogram == [.value(0), .value(2), .value(2), .value(4), .value(0), .value(0), .value(0), .value(0)])
    }
}

/// Many dwell times, repeated values included, against a sort done here.
@Test func dwellQuantilesOnManySessionsMatchTheSpreadsheetDefinition() async throws {
    // 0, 7, 14, … (mod 97) seconds, plus ten sessions of exactly 30 s.
    let seconds = (0..<200).map { Double($0 * 7 % 97) } + Array(repeating: 30, count: 10)
    let walks = seconds.enumerated().map { index, dwell in
        var walk = Walk("m\(index)", at: monday, start: "foyer")
        walk.end(after: dwell)
        return walk
    }
    let sorted = seconds.map { Int64($0 * 1000) }.sorted()
    func quantile(_ fraction: Double) -> Int64 {
        let position = fraction * Double(sorted.count - 1)
        let lower = Int(position)
        let low = Double(sorted[lower])
        let high = Double(sorted[min(lower + 1, sorted.count - 1)])
        return Int64((low + (position - Double(lower)) * (high - low)).rounded())
    }
    let dwell = try #require(try await report(walks).procedures.first?.steps.first?.dwell)
    #expect(dwell == Durations(measured: .value(210), medianMilliseconds: .value(quantile(0.5)), p90Milliseconds: .value(quantile(0.9))))
}
