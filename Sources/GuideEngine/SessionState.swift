extension Session {
    /// Where a session is in its life: not started, at a step, finished at an outcome, or abandoned.
    public enum State: Sendable, Hashable, Codable {
        case notStarted
        /// Waiting for input at a step that is not an outcome.
        case atStep(String)
        /// Reached an outcome step; only ``Input/resume`` is accepted from here.
        case finished(outcomeStep: String)
        /// Left by the person or timed out; only ``Input/resume`` is accepted from here.
        case abandoned
    }
}
