public import ProcedureModel

/// A differencing-safe report, and the same view narrowed to each channel and each language seen.
public struct SafeBreakdown: Sendable {
    public var report: BlockageReport
    public var channels: [(channel: Channel, report: BlockageReport)]
    public var locales: [(locale: String, report: BlockageReport)]
}
