public import ProcedureModel

/// The small-group rule: a number computed from fewer than `minimum` sessions is hidden.
///
/// - A count of sessions is hidden when it is between 1 and `minimum - 1` (zero singles nobody out).
/// - A rate is hidden when its denominator is under `minimum`, or its numerator is between 1 and
///   `minimum - 1`: otherwise "2 % of 100" would give the hidden count away.
/// - A duration (median, 90th percentile) is hidden when fewer than `minimum` sessions were measured.
public struct SmallGroups: Sendable, Hashable, Codable {
    /// K: the fewest sessions a shown number may describe (at least 1).
    public let minimum: Int

    public init(minimum: Int) {
        self.minimum = max(1, minimum)
    }

    /// A number of sessions.
    public func count(_ sessions: Int) -> Cell<Int> {
        isSmall(sessions) ? .suppressed : .value(sessions)
    }

    /// `part` sessions out of `whole`, as a fraction between 0 and 1.
    public func rate(_ part: Int, of whole: Int) -> Cell<Double> {
        guard whole >= minimum, !isSmall(part) else { return .suppressed }
        return .value(Double(part) / Double(whole))
    }

    /// A quantile of durations measured on `measured` sessions; `nil` when none was measured.
    public func duration(_ milliseconds: Milliseconds?, measured: Int) -> Cell<Milliseconds>? {
        guard let milliseconds else { return nil }
        return measured >= minimum ? .value(milliseconds) : .suppressed
    }

    /// The number as shown: hidden parts count as zero, so that nothing derived from it reveals them.
    public func visible(_ sessions: Int) -> Int {
        isSmall(sessions) ? 0 : sessions
    }

    /// The number if it is hidden, else zero: what ``visible(_:)`` leaves out.
    func hidden(_ sessions: Int) -> Int {
        isSmall(sessions) ? sessions : 0
    }

    private func isSmall(_ sessions: Int) -> Bool {
        sessions > 0 && sessions < minimum
    }
}
