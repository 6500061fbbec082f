import BlockageAnalytics
import ProcedureModel
import Testing

/// At K = 5, a group of four is hidden everywhere and a group of five is shown.
@Suite struct SmallGroupTests {
    /// `count` sessions of `procedure` that go a → b and complete at fin.
    static func completing(_ count: Int, _ procedure: String) -> [Walk] {
        (0..<count).map { index in
            var walk = Walk("\(procedure)-\(index)", procedure, at: monday, start: "a")
            walk.answer(after: 10, then: "b")
            walk.complete(after: Double(10 + index), at: "fin")
            return walk
        }
    }

    @Test func fourSessionsAreHiddenInEveryCell() async throws {
        let procedure = try #require(try await report(Self.completing(4, "four"), minimumGroup: 5).procedures.first)
        #expect(
            procedure.sessions
                == SessionCounts(
                    started: .suppressed, completed: .suppressed, completionRate: .suppressed, notCompleted: .value(0),
                    abandoned: .value(0), timedOut: .value(0), stopped: .value(0), inProgress: .value(0)))
        #expect(procedure.timeToCompletion == Durations(measured: .suppressed, medianMilliseconds: .suppressed, p90Milliseconds: .suppressed))
        #expect(procedure.outcomes == [OutcomeCount(step: "fin", result: "eligible", sessions: .suppressed)])
        for step in procedure.steps {
            #expect(step.reached == .suppressed)
            #expect(step.exitRate == .suppressed)
            #expect(step.signals.helpAsked == .suppressed)
        }
        #expect(procedure.steps[0].dwell == Durations(measured: .suppressed, medianMilliseconds: .suppressed, p90Milliseconds: .suppressed))
        #expect(procedure.audience.channels == [AudienceGroup(name: "kiosk", started: .suppressed, completionRate: .suppressed)])
        #expect(procedure.trend.map(\.started) == [.suppressed])
        #expect(procedure.trend.map(\.completionRate) == [.suppressed])
    }

    @Test func fiveSessionsAreShown() async throws {
        let procedure = try #require(try await report(Self.completing(5, "five"), minimumGroup: 5).procedures.first)
        #expect(procedure.sessions.started == .value(5))
        #expect(procedure.sessions.completionRate == .value(1))
        #expect(procedure.steps.map(\.reached) == [.value(5), .value(5), .value(5)])
        #expect(procedure.steps[0].exitRate == .value(0))
        // b: 10 11 12 13 14 s.
        #expect(procedure.steps[1].dwell == Durations(measured: .value(5), medianMilliseconds: .value(12_000), p90Milliseconds: .value(13_600)))
        // 10 s at a, then 10 to 14 s at b.
        #expect(procedure.timeToCompletion.medianMilliseconds == .value(22_000))
    }

    @Test func aFewSessionsOutOfManyAreHiddenTooSoThatTheRateCannotGiveThemAway() async throws {
        var walks = Self.completing(8, "mix")
        for index in 0..<2 {
            var walk = Walk("gone-\(index)", "mix", at: monday, start: "a")
            walk.end(after: 30)
            walks.append(walk)
        }
        let procedure = try #require(try await report(walks, minimumGroup: 5).procedures.first)
        let a = procedure.steps[0]
        #expect(a.reached == .value(10))
        #expect(a.exits == .suppressed)
        #expect(a.exitRate == .suppressed)
        #expect(procedure.sessions.abandoned == .suppressed)
        #expect(procedure.sessions.completionRate == .value(0.8))
    }

    @Test func theRuleOnItsOwn() {
        let rule = SmallGroups(minimum: 5)
        #expect(rule.count(0) == .value(0))
        #expect(rule.count(4) == .suppressed)
        #expect(rule.count(5) == .value(5))
        #expect(rule.rate(0, of: 4) == .suppressed)
        #expect(rule.rate(0, of: 5) == .value(0))
        #expect(rule.rate(5, of: 5) == .value(1))
        #expect(rule.rate(4, of: 100) == .suppressed)
        #expect(rule.duration(1000, measured: 4) == .suppressed)
        #expect(rule.duration(nil, measured: 0) == nil)
        #expect(SmallGroups(minimum: 0).minimum == 1)
    }
}
