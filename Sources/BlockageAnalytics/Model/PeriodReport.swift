public import ProcedureModel

/// One week or month of a procedure's trend, by the time its sessions started.
public struct PeriodReport: Sendable, Equatable, Codable {
    /// `2026-W48` or `2026-11`.
    public var period: String
    /// First instant of the period, ms since 1970 (UTC).
    public var start: MillisecondsSince1970
    public var started: Cell<Int>
    public var completionRate: Cell<Double>
    /// The step with the highest exit rate shown in this period; `nil` when none is shown or none
    /// lost anybody.
    public var worstStep: WorstStep?

    public init(period: String, start: MillisecondsSince1970, started: Cell<Int>, completionRate: Cell<Double>, worstStep: WorstStep?) {
        self.period = period
        self.start = start
        self.started = started
        self.completionRate = completionRate
        self.worstStep = worstStep
    }
}

/// The step that lost the largest share of the sessions reaching it in a period.
public struct WorstStep: Sendable, Equatable, Codable {
    public var step: String
    public var exitRate: Double

    public init(step: String, exitRate: Double) {
        self.step = step
        self.exitRate = exitRate
    }
}
