import ProcedureModel

/// An answer the question accepts: the value conditions see, and the choice touched, if any.
struct AcceptedAnswer {
    var value: AnswerValue
    /// Position in `Step.choices` for choice and yes/no questions.
    var choice: Int?
}

/// Turns what the person typed or touched into an answer, or says why it cannot be one.
enum AnswerParsing {
    /// Takes the question's parts rather than its `Step`, so the hot path copies no whole step.
    static func accept(_ given: String, kind: AnswerKind?, choices: [Choice]) -> Result<AcceptedAnswer, Rejection> {
        switch kind ?? .choice {
        case .choice, .yesNo:
            return choice(given, kind: kind, choices: choices)
        case .number(let minimum, let maximum, _, let whole, _):
            guard let number = number(westernDigits(given)) else { return .failure(.notANumber) }
            // Refused before the range, so that "2,5" people hears why, not "between 1 and 20".
            if whole, number != number.rounded(.towardZero) { return .failure(.notAWholeNumber) }
            if let minimum, number < minimum { return .failure(.outOfRange(minimum: minimum, maximum: maximum)) }
            if let maximum, number > maximum { return .failure(.outOfRange(minimum: minimum, maximum: maximum)) }
            return .success(AcceptedAnswer(value: .number(number), choice: nil))
        case .date:
            guard let date = date(westernDigits(given)) else { return .failure(.notADate) }
            return .success(AcceptedAnswer(value: .number(Double(date)), choice: nil))
        }
    }

    /// The choice whose value is `given`: exactly first (the buttons send it so), then ignoring case and
    /// surrounding spaces (people type "Oui ").
    static func choice(_ given: String, kind: AnswerKind?, choices: [Choice]) -> Result<AcceptedAnswer, Rejection> {
        if let index = choices.firstIndex(where: { $0.value == given }) {
            return .success(AcceptedAnswer(value: .text(choices[index].value), choice: index))
        }
        let typed = given.collapsingWhitespace().lowercased()
        if let index = choices.firstIndex(where: { $0.value.lowercased() == typed }) {
            return .success(AcceptedAnswer(value: .text(choices[index].value), choice: index))
        }
        // A yes/no question written without its two buttons still takes `oui` and `non`.
        if choices.isEmpty, kind == .yesNo, typed == "oui" || typed == "non" {
            return .success(AcceptedAnswer(value: .text(typed), choice: nil))
        }
        return .failure(.notAChoice(given))
    }
}
