import BlockageAnalytics
import ProcedureModel
import Testing

/// The ranking: exits plus half the sessions that struggled and went on, from shown numbers only.
@Suite struct StuckPointTests {
    /// `reach` sessions of `procedure` at step q: `exits` abandon there, `helped` of the others ask
    /// for help there, and everyone else completes.
    static func sessions(_ procedure: String, reach: Int, exits: Int, helped: Int = 0) -> [Walk] {
        (0..<reach).map { index in
            var walk = Walk("\(procedure)-\(index)", procedure, at: monday, start: "q")
            if index < exits {
                walk.end(after: 10)
            } else {
                if index < exits + helped { walk.signal(.helpAsked) }
                walk.complete(after: 10, at: "fin")
            }
            return walk
        }
    }

    @Test func tenWorstAcrossProceduresByScore() async throws {
        let walks = (1...12).flatMap { Self.sessions("p\($0 < 10 ? "0" : "")\($0)", reach: 20, exits: $0) }
        let ranking = try await report(walks).stuckPoints
        #expect(ranking.map(\.rank) == Array(1...10))
        #expect(ranking.map(\.procedure) == ["p12", "p11", "p10", "p09", "p08", "p07", "p06", "p05", "p04", "p03"])
        #expect(ranking.map(\.score) == [12, 11, 10, 9, 8, 7, 6, 5, 4, 3])
        let first = try #require(ranking.first)
        #expect(
            first
                == StuckPoint(
                    rank: 1, procedure: "p12", step: "q", score: 12, reached: .value(20), exits: .value(12),
                    exitRate: .value(0.6), struggled: .value(0)))
    }

    @Test func strugglesCountHalfAndTiesGoToTheHigherExitRateThenTheId() async throws {
        let walks =
            Self.sessions("lost", reach: 10, exits: 6)  // 6
            + Self.sessions("busy", reach: 40, exits: 6)  // 6, lower exit rate
            + Self.sessions("help", reach: 10, exits: 4, helped: 4)  // 4 + 2 = 6, exit rate 0.4
            + Self.sessions("also", reach: 10, exits: 6)  // 6, same rate as lost, id first
            + Self.sessions("calm", reach: 10, exits: 0)  // 0: not ranked
        let ranking = try await report(walks).stuckPoints
        #expect(ranking.map(\.procedure) == ["also", "lost", "help", "busy"])
        #expect(ranking.map(\.score) == [6, 6, 6, 6])
        #expect(ranking[2].struggled == .value(0.4))
    }

    @Test func hiddenNumbersCountAsZeroAndSmallStepsAreNotRanked() async throws {
        let walks =
            Self.sessions("tiny", reach: 4, exits: 4)  // reached by fewer than 5: not ranked
            + Self.sessions("few", reach: 20, exits: 2, helped: 6)  // exits hidden: 0 + 3
            + Self.sessions("many", reach: 20, exits: 5)  // 5
        let ranking = try await report(walks, minimumGroup: 5).stuckPoints
        #expect(ranking.map(\.procedure) == ["many", "few"])
        #expect(ranking.map(\.score) == [5, 3])
        #expect(ranking[1].exits == .suppressed)
        #expect(ranking[1].exitRate == .suppressed)
        #expect(ranking[1].struggled == .value(0.3))
    }
}
