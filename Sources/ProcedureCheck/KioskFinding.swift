import ProcedureModel

/// A number question's example is shown to the person as a model answer: the question itself must
/// accept it. (A theme outside the six is refused earlier, by the schema.)
enum KioskFinding: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.procedure.steps.compactMap { step in
            guard case .number(let minimum, let maximum, _, let whole, let example?)? = step.answer,
                let problem = problem(with: example, minimum: minimum, maximum: maximum, whole: whole)
            else { return nil }
            return context.error(
                .exampleNotAnAnswer, "the example \(example.quoted) of number question \(step.id.quoted) \(problem)", at: step.location)
        }
    }

    /// Why the question would refuse its own example; `nil` when it takes it.
    private static func problem(with example: String, minimum: Double?, maximum: Double?, whole: Bool) -> String? {
        let written = String(example.compactMap { $0.isWhitespace ? nil : $0 == "," ? "." : $0 })
        guard let number = Double(written) else { return "is not a number written with the digits 0 to 9" }
        if whole, number != number.rounded(.towardZero) { return "is not a whole number, and the question counts in whole numbers" }
        if let minimum, number < minimum { return "is below the question's min" }
        if let maximum, number > maximum { return "is above the question's max" }
        return nil
    }
}
