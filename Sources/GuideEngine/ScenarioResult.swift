/// How a scenario ran: where it went, where it ended, and, if it failed, where it diverged in plain words.
public struct ScenarioResult: Sendable, Hashable {
    /// Step ids from the start to where the run stopped.
    public var path: [String]
    /// The outcome step reached, if any.
    public var reachedOutcome: String?
    /// The documents collected on the way.
    public var checklist: [String]
    /// Where and why the run diverged from the scenario, e.g. "ended at 'refus' but expected 'fin'".
    public var failure: String?

    public init(path: [String], reachedOutcome: String?, checklist: [String], failure: String?) {
        self.path = path
        self.reachedOutcome = reachedOutcome
        self.checklist = checklist
        self.failure = failure
    }

    public var passed: Bool { failure == nil }
}
