public import ProcedureModel

/// An estimate question as the kiosk asks it, written and spoken, in one language: the interface words
/// `kiosk.estimateQuestion.<question>` and `kiosk.estimateChoice.<question>.<value>`, each with its `.audio`.
public struct EstimateQuestionWords: Sendable {
    public struct Choice: Sendable {
        public var value: String
        public var text: String
        public var audio: String
    }

    public var text: String
    public var audio: String
    /// Buttons for a question with choices; empty for a number typed on the keypad.
    public var choices: [Choice]

    /// The words for `question` in the language of `words`, French where one is not translated.
    public init(_ question: EstimateQuestion, words: InterfaceText) {
        let id = "kiosk.estimateQuestion.\(question.rawValue)"
        text = words(id)
        audio = words(id + ".audio")
        choices = Self.values(question).map { value in
            let choice = "kiosk.estimateChoice.\(question.rawValue).\(value)"
            return Choice(value: value, text: words(choice), audio: words(choice + ".audio"))
        }
    }

    private static func values(_ question: EstimateQuestion) -> [String] {
        switch question.answerKind {
        case .yesNo: ["oui", "non"]
        case .choice(let values): values
        case .number: []
        }
    }
}
