/// Why an input was not accepted. The session is left exactly as it was.
public enum Rejection: Error, Sendable, Hashable, Codable {
    /// The answer is none of the question's choices; carries what was given, for the screen only.
    case notAChoice(String)
    case notANumber
    /// A fraction where the question counts something (people, children, years).
    case notAWholeNumber
    case outOfRange(minimum: Double?, maximum: Double?)
    case notADate
    /// Already at the first step, or a step count below 1.
    case cannotGoBack
    /// An answer given at a step that asks no question.
    case notAQuestion
    /// "Continuer" pressed at a question: it needs an answer.
    case needsAnAnswer
    /// The step has no audio script to play.
    case noAudio
    case notStarted
    case alreadyStarted
    /// The session finished or was abandoned; only ``Input/resume`` is accepted.
    case sessionEnded

    /// A fixed code for the `input-rejected` event: never the text the person typed.
    public var code: String {
        switch self {
        case .notAChoice: "not-a-choice"
        case .notANumber: "not-a-number"
        case .notAWholeNumber: "not-a-whole-number"
        case .outOfRange: "out-of-range"
        case .notADate: "not-a-date"
        case .cannotGoBack: "cannot-go-back"
        case .notAQuestion: "not-a-question"
        case .needsAnAnswer: "needs-an-answer"
        case .noAudio: "no-audio"
        case .notStarted: "not-started"
        case .alreadyStarted: "already-started"
        case .sessionEnded: "session-ended"
        }
    }
}
