public import EventLog
public import ProcedureModel

/// The answer to "which steps of which procedures block people, how often, for whom, and is it
/// getting better?": a plain value that every renderer (table, CSV, JSON, HTML) and the web
/// dashboard read, computed by ``BlockageAnalytics/report(from:filter:minimumGroup:period:now:)``.
///
/// Holds no session id, no answer and no free text; every number is a ``Cell`` that may be hidden
/// by the small-group rule (``SmallGroups``). Definitions are in docs/analytics.md.
public struct BlockageReport: Sendable, Equatable, Codable {
    /// When the report was computed (ms since 1970, UTC).
    public var generatedAt: MillisecondsSince1970
    /// Which events were read.
    public var filter: EventFilter
    /// K: numbers from fewer sessions are hidden.
    public var minimumGroup: Int
    /// How the trends are bucketed.
    public var period: ReportPeriod
    /// Sessions whose first event in the window is not `session-started` (begun before `since`, or
    /// purged): left out of every other number, and counted here so that nothing disappears silently.
    public var sessionsWithoutStart: Cell<Int>
    /// One entry per procedure, by id.
    public var procedures: [ProcedureReport]
    /// The ten worst stuck points across procedures, worst first.
    public var stuckPoints: [StuckPoint]
    /// Upper limits of the dwell-time histogram buckets, in ms; the last bucket has none.
    public var dwellBucketLimits: [Milliseconds]

    public init(
        generatedAt: Int64, filter: EventFilter, minimumGroup: Int, period: ReportPeriod,
        sessionsWithoutStart: Cell<Int>, procedures: [ProcedureReport], stuckPoints: [StuckPoint],
        dwellBucketLimits: [Int64] = DwellHistogram.limits
    ) {
        self.generatedAt = generatedAt
        self.filter = filter
        self.minimumGroup = minimumGroup
        self.period = period
        self.sessionsWithoutStart = sessionsWithoutStart
        self.procedures = procedures
        self.stuckPoints = stuckPoints
        self.dwellBucketLimits = dwellBucketLimits
    }
}

/// Calendar buckets for trends, in UTC.
public enum ReportPeriod: String, Sendable, Hashable, Codable, CaseIterable {
    /// ISO 8601 weeks (Monday to Sunday), labelled `2026-W48`.
    case week
    /// Calendar months, labelled `2026-11`.
    case month
}
