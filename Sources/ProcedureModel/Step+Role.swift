extension Step {
    /// What a step asks of the person, with what that needs: a question its answer kind and choices,
    /// an outcome its result.
    public enum Role: Sendable, Hashable, Codable {
        /// Something to read, then "continuer".
        case information
        /// A question; its answer is a variable (`$id`) for later conditions. `choices` are the buttons
        /// (none for a number or a date).
        case question(AnswerKind, choices: [Choice])
        /// Documents to gather (the step's ``Step/documents``), then "continuer".
        case checklist
        /// Something to do elsewhere (the step's ``Step/action``), then "continuer".
        case action
        /// The end of the path. The result is `nil` only when the author left `result` out: the schema
        /// cannot require it for outcomes alone, so the checker reports it and the engine never goes there.
        case outcome(Outcome?)

        /// The kind as the `kind` attribute names it.
        public var kind: Kind {
            switch self {
            case .information: .information
            case .question: .question
            case .checklist: .checklist
            case .action: .action
            case .outcome: .outcome
            }
        }
    }
}
