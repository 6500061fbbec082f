public import ProcedureModel

extension Session {
    /// Where a session is in its life; every state past the start carries the ``Walk`` so far.
    ///
    /// A started session cannot lack a path, nor name a step other than the last one walked: the walk
    /// holds both.
    public enum State: Sendable, Hashable {
        case notStarted
        /// Waiting for input at the walk's current step, which is not an outcome.
        case atStep(Walk)
        /// Reached an outcome step, the walk's current one; only ``Input/resume`` is accepted from here.
        case finished(Walk, outcome: Outcome)
        /// Left by the person or timed out at the walk's current step; only ``Input/resume`` is accepted
        /// from here.
        case abandoned(Walk)

        /// The walk of a started session.
        public var walk: Walk? {
            switch self {
            case .notStarted: nil
            case .atStep(let walk), .finished(let walk, _), .abandoned(let walk): walk
            }
        }
    }
}
