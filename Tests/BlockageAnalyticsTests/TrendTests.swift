import BlockageAnalytics
import ProcedureModel
import Testing

/// Sessions fall in the ISO week or calendar month (UTC) in which they started.
@Suite struct TrendTests {
    /// Sunday 2026-11-22 23:59:59.999 UTC, the last instant of ISO week 47.
    static let endOfWeek47: Int64 = 1_795_391_999_999

    static func session(_ name: String, at time: Int64, exitAt exit: Bool) -> Walk {
        var walk = Walk(name, at: time, start: "foyer")
        walk.answer(after: 5, then: "revenus")
        if exit { walk.end(after: 5) } else { walk.complete(after: 5, at: "ok") }
        return walk
    }

    @Test func aSessionStartedOnSundayNightBelongsToTheWeekItStarted() async throws {
        let walks = [
            Self.session("sunday", at: Self.endOfWeek47, exitAt: true),
            Self.session("monday-1", at: Self.endOfWeek47 + 1, exitAt: false),
            Self.session("monday-2", at: Self.endOfWeek47 + 3_600_000, exitAt: true),
        ]
        let trend = try #require(try await report(walks, period: .week).procedures.first?.trend)
        #expect(
            trend == [
                PeriodReport(
                    period: "2026-W47", start: Self.endOfWeek47 + 1 - 7 * 86_400_000, started: .value(1),
                    completionRate: .value(0), worstStep: WorstStep(step: "revenus", exitRate: 1)),
                PeriodReport(
                    period: "2026-W48", start: Self.endOfWeek47 + 1, started: .value(2),
                    completionRate: .value(0.5), worstStep: WorstStep(step: "revenus", exitRate: 0.5)),
            ])
    }

    @Test func monthsAndTheWeekThatStraddlesTheNewYear() async throws {
        // 2026-11-30 23:00, 2026-12-01 00:00, and 2027-01-01 (a Friday, in ISO week 2026-W53).
        let walks = [
            Self.session("nov", at: 1_796_079_600_000, exitAt: false),
            Self.session("dec", at: 1_796_083_200_000, exitAt: false),
            Self.session("jan", at: 1_798_761_600_000, exitAt: false),
        ]
        let months = try #require(try await report(walks, period: .month).procedures.first?.trend)
        #expect(months.map(\.period) == ["2026-11", "2026-12", "2027-01"])
        #expect(months.map(\.start) == [1_793_491_200_000, 1_796_083_200_000, 1_798_761_600_000])
        let weeks = try #require(try await report(walks, period: .week).procedures.first?.trend)
        #expect(weeks.map(\.period) == ["2026-W49", "2026-W53"])
        #expect(weeks.map(\.started) == [.value(2), .value(1)])
        #expect(weeks.allSatisfy { $0.worstStep == nil })
    }

    @Test func theWorstStepIsChosenAmongShownRatesOnly() async throws {
        // Six sessions: five pass foyer; two of them stop at revenus (hidden at K = 5), one stops at foyer.
        var walks = (0..<3).map { Self.session("ok-\($0)", at: monday, exitAt: false) }
        walks += (0..<2).map { Self.session("lost-\($0)", at: monday, exitAt: true) }
        var early = Walk("early", at: monday, start: "foyer")
        early.end(after: 5)
        walks.append(early)
        let trend = try #require(try await report(walks, minimumGroup: 5).procedures.first?.trend)
        #expect(trend.map(\.started) == [.value(6)])
        #expect(trend.first?.worstStep == nil)
    }
}
