public import ProcedureModel

/// The days a report or an export reads, first and last included: `--since`/`--until` of
/// `ariane report` and `ariane export`, `since`/`until` of the dashboard.
public struct DayRange: Sendable, Hashable {
    public var first: Day?
    public var last: Day?

    /// Reads the first and last day (either may be absent), given to the options or fields named
    /// `names`; a last day before the first is refused.
    public init(since: String?, until: String?, names: (since: String, until: String)) throws(DayError) {
        first = try since.map { text throws(DayError) in try Day(text, name: names.since) }
        last = try until.map { text throws(DayError) in try Day(text, name: names.until) }
        if let first, let last, let since, let until, last.midnightUTC < first.midnightUTC {
            throw DayError(name: names.until, text: until, problem: .beforeFirst(name: names.since, text: since))
        }
    }

    /// Where the range starts, inclusive: midnight UTC of the first day, in ms since 1970.
    public var since: MillisecondsSince1970? { first?.midnightUTC }

    /// Where the range ends, exclusive: midnight UTC after the last day, in ms since 1970.
    public var until: MillisecondsSince1970? { last?.nextMidnightUTC }
}
