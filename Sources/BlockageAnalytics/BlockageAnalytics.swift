public import EventLog
public import ProcedureModel

/// Blockage reports: which steps of which procedures block people, how often, for whom, and how
/// that changes over time. Definitions are in docs/analytics.md.
public enum BlockageAnalytics {
    /// A session with no ending event whose last event is more recent than this (30 minutes) is
    /// still going on: counted as started, not yet as an exit.
    public static let inProgressWindow: Milliseconds = 30 * 60 * 1000

    /// How many runs of sessions a report reads at once, where the store can (SQLite): one per core
    /// of the machines Ariane runs on.
    static let runsReadAtOnce = 2

    /// Reads the events matching `filter` once, session by session, and sums them up.
    ///
    /// - Parameters:
    ///   - minimumGroup: K; any number computed from fewer sessions is ``Cell/suppressed``.
    ///   - period: how trends are bucketed (by the time each session started, UTC).
    ///   - now: ms since 1970; tells sessions still in progress from those that stopped.
    public static func report(
        from store: any EventStore, filter: EventFilter = .all, minimumGroup: Int = 5,
        period: ReportPeriod = .month, now: Int64
    ) async throws -> BlockageReport {
        var fold = try await fold(store, matching: filter, from: SessionFold(period: period, now: now))
        return summary(of: &fold, filter: filter, minimumGroup: minimumGroup)
    }

    /// `empty` with every event matching `filter` added, read in ``runsReadAtOnce`` runs where the
    /// store can. A log that can hands its events over as ids (SQLite, PostgreSQL): the same sums,
    /// without a string per event.
    static func fold(_ store: any EventStore, matching filter: EventFilter, from empty: SessionFold) async throws -> SessionFold {
        let start = { @Sendable in empty }
        let parts =
            if let coded = store as? any CodedEventSource {
                try await coded.foldCoded(matching: filter, parts: runsReadAtOnce, start: start, add: { $0.add($1) })
            } else {
                try await store.fold(matching: filter, parts: runsReadAtOnce, start: start, add: { $0.add($1) })
            }
        // Merged in session order: the same totals, in the same order, as one fold over every event.
        var fold = parts.first ?? empty
        for part in parts.dropFirst() { fold.append(part) }
        return fold
    }

    private static func summary(of fold: inout SessionFold, filter: EventFilter, minimumGroup: Int) -> BlockageReport {
        fold.finish()
        let rule = SmallGroups(minimum: minimumGroup)
        let tallies = fold.tallies.sorted { $0.id < $1.id }
        return BlockageReport(
            generatedAt: fold.now, filter: filter, minimumGroup: rule.minimum, period: fold.period,
            sessionsWithoutStart: rule.count(fold.sessionsWithoutStart),
            procedures: tallies.map { $0.report(rule, period: fold.period) },
            stuckPoints: StuckRanking.rank(tallies, rule))
    }
}
