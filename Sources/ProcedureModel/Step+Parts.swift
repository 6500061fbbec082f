extension Step {
    /// The step's kind, without its data; `step.kind == .question` reads better than a `switch`.
    public var kind: Kind { role.kind }

    /// The kind of answer a question expects; `nil` for other kinds.
    public var answer: AnswerKind? {
        if case .question(let answer, _) = role { answer } else { nil }
    }

    /// A question's buttons; none for other kinds.
    public var choices: [Choice] {
        if case .question(_, let choices) = role { choices } else { [] }
    }

    /// An outcome's result; `nil` for other kinds, and for an outcome whose author left it out.
    public var outcome: Outcome? {
        if case .outcome(let result) = role { result } else { nil }
    }
}
