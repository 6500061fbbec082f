public import EventLog
public import ProcedureModel

/// Something that calls its argument with every event to read, grouped by session (sessions in order
/// of their first event), in time order within a session: a store's `forEachEvent`, bound to a filter.
public typealias EventWalk = ((GuideEvent) throws -> Void) throws -> Void

/// Blockage reports: which steps of which procedures block people, how often, for whom, and how
/// that changes over time. Definitions are in docs/analytics.md.
public enum BlockageAnalytics {
    /// A session with no ending event whose last event is more recent than this (30 minutes) is
    /// still going on: counted as started, not yet as an exit.
    public static let inProgressWindow: Milliseconds = 30 * 60 * 1000

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
        var fold = SessionFold(period: period, now: now)
        try await store.forEachEvent(matching: filter) { fold.add($0) }
        return summary(of: &fold, filter: filter, minimumGroup: minimumGroup)
    }

    /// The same, reading the events through `walk` (a synchronous store's `forEachEvent`, say);
    /// `filter` is what `walk` applies, recorded in the report.
    public static func report(
        walking walk: EventWalk, filter: EventFilter, minimumGroup: Int = 5, period: ReportPeriod = .month,
        now: Int64
    ) throws -> BlockageReport {
        var fold = SessionFold(period: period, now: now)
        try walk { fold.add($0) }
        return summary(of: &fold, filter: filter, minimumGroup: minimumGroup)
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
