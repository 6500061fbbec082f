public import ProcedureModel

/// A session frozen as plain data, to store and later continue with ``Session/init(resuming:procedure:conditions:)``.
///
/// It holds the answers, sensitive ones included: keep it where the session lives, never in the event log.
public struct SavedSession: Sendable, Hashable, Codable {
    /// Where the session stood, by step id: the cases of ``Session/State`` without the walk, which
    /// ``visits`` holds. Its JSON is the one saved sessions have always had.
    public enum State: Sendable, Hashable, Codable {
        case notStarted
        case atStep(String)
        case finished(outcomeStep: String)
        case abandoned
    }

    /// One step on the path, with the answer given there (none yet for the step the person is at).
    public struct Visit: Sendable, Hashable, Codable {
        public var step: String
        public var answer: AnswerValue?

        public init(step: String, answer: AnswerValue? = nil) {
            self.step = step
            self.answer = answer
        }
    }

    public var procedureID: String
    public var procedureVersion: String
    public var context: SessionContext
    public var state: State
    /// From the start step to the current one.
    public var visits: [Visit]
    /// No-input re-prompts at the current step so far.
    public var reprompts: Int
    /// Presses of "écouter" at the current step so far.
    public var listens: Int

    public init(
        procedureID: String, procedureVersion: String, context: SessionContext, state: State,
        visits: [Visit], reprompts: Int = 0, listens: Int = 0
    ) {
        self.procedureID = procedureID
        self.procedureVersion = procedureVersion
        self.context = context
        self.state = state
        self.visits = visits
        self.reprompts = reprompts
        self.listens = listens
    }

    /// Step ids from the start to the current step.
    public var path: [String] { visits.map(\.step) }

    /// The answers as conditions see them: the latest answer for each step on the path.
    public var answers: Answers {
        var answers = Answers()
        for visit in visits {
            if let answer = visit.answer { answers[visit.step] = answer }
        }
        return answers
    }
}
