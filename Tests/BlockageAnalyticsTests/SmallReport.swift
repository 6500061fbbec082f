import BlockageAnalytics
import EventLog
import ProcedureModel

/// Five sessions of "aide", K = 2, as the renderers' golden input.
///
/// foyer (10–18 s; r3 asks for help) → revenus (20–50 s) → ok for r1, r2; r3 and r4 abandon at
/// revenus; r5 goes from foyer to refus. One outcome, one help rate and two steps are under K.
enum SmallReport {
    static var walks: [Walk] {
        var walks: [Walk] = []
        for (index, revenus) in [20.0, 30, 40, 50].enumerated() {
            var walk = Walk("r\(index + 1)", at: monday + Int64(index) * 60_000, start: "foyer")
            if index == 2 {
                walk.signal(.helpAsked, after: 4)
                walk.answer(after: 10, then: "revenus")
            } else {
                walk.answer(after: 10 + 2 * Double(index), then: "revenus")
            }
            if index < 2 { walk.complete(after: revenus, at: "ok") } else { walk.end(after: revenus) }
            walks.append(walk)
        }
        var r5 = Walk("r5", at: monday + 4 * 60_000, start: "foyer")
        r5.complete(after: 18, at: "refus", result: .notEligible)
        walks.append(r5)
        return walks
    }

    static let filter = EventFilter(procedure: "aide", since: 1_793_491_200_000)

    static func make() async throws -> BlockageReport {
        try await report(walks, minimumGroup: 2, filter: filter, now: monday + 30 * 86_400_000)
    }
}
