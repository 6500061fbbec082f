import ProcedureModel

/// Rules 7 and 8: what conditions read must be a question's answer, and what they compare it with
/// must be an answer that question can give.
enum Conditions: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var answeredBefore = AnsweredBefore(graph: context.graph)
        var diagnostics: [Diagnostic] = []
        for (position, step) in context.procedure.steps.enumerated() {
            for condition in step.transitions.compactMap(\.condition) {
                for variable in condition.variables {
                    let reading = Reading(variable: variable, condition: condition, step: step, position: position)
                    if let problem = reading.problem(context, &answeredBefore) {
                        diagnostics.append(problem)
                    }
                }
                diagnostics += unexpectedLiterals(in: condition, context)
                diagnostics += textComparedWithNumbers(in: condition, context)
            }
        }
        return diagnostics
    }

    /// Comparisons of a choice question's answer with a value that is not one of its choices.
    private static func unexpectedLiterals(in condition: Condition, _ context: CheckContext) -> [Diagnostic] {
        condition.comparisons.compactMap { comparison in
            guard let question = context.procedure.step(comparison.variable),
                question.kind == .question, question.asksForChoice,
                question.choice(comparison.literal) == nil
            else { return nil }
            let values = question.choices.map(\.value).joined(separator: ", ")
            return context.warning(
                .valueNotAChoice,
                "'$\(comparison.variable)' is compared with \(comparison.literal.quoted), "
                    + "which is not one of its choices (\(values))",
                at: condition.location)
        }
    }
}

extension Conditions {
    /// Comparisons of a number or date answer with text that is not a number: XPath then compares them
    /// as numbers, the text is NaN, so `=` never holds and `!=` always does, whatever the person answers.
    fileprivate static func textComparedWithNumbers(in condition: Condition, _ context: CheckContext) -> [Diagnostic] {
        condition.comparisons.compactMap { comparison in
            guard let question = context.procedure.step(comparison.variable), let answer = question.answer,
                !readsAsXPathNumber(comparison.literal)
            else { return nil }
            let kind: String
            switch answer {
            case .number: kind = "a number"
            case .date: kind = "a date, seen as the number YYYYMMDD"
            case .choice, .yesNo: return nil
            }
            return context.warning(
                .numberComparedWithText,
                "'$\(comparison.variable)' is \(kind), compared with \(comparison.literal.quoted), "
                    + "which is not a number: `=` never holds and `!=` always does",
                at: condition.location)
        }
    }

    /// Whether XPath's `number()` gives a number for `text`: optional spaces, an optional minus, digits
    /// with at most one decimal point (no exponent, no plus sign).
    static func readsAsXPathNumber(_ text: String) -> Bool {
        let spaces: Set<Character> = [" ", "\t", "\n", "\r"]
        var characters = Substring(text)
        while let first = characters.first, spaces.contains(first) { characters.removeFirst() }
        while let last = characters.last, spaces.contains(last) { characters.removeLast() }
        if characters.first == "-" { characters.removeFirst() }
        let digits = characters.filter { $0 >= "0" && $0 <= "9" }.count
        let points = characters.filter { $0 == "." }.count
        return digits > 0 && points <= 1 && digits + points == characters.count
    }
}

/// One variable read by one condition, in the step whose `<next>` holds the condition.
private struct Reading {
    let variable: String
    let condition: Condition
    let step: Step
    let position: Int

    /// Why the variable is not a question's answer here, if it is not.
    func problem(_ context: CheckContext, _ answeredBefore: inout AnsweredBefore) -> Diagnostic? {
        let reads = "condition in step \(step.id.quoted) reads '$\(variable)'"
        guard let questionPosition = context.procedure.index(of: variable) else {
            return context.error(.unknownVariable, reads + ", but no step is called \(variable.quoted)", at: condition.location)
        }
        guard context.procedure.steps[questionPosition].kind == .question else {
            return context.error(
                .variableNotAQuestion, reads + ", but step \(variable.quoted) is not a question, so it has no answer", at: condition.location)
        }
        // Only said of reachable steps: an unreachable one has its own warning.
        guard context.graph.isReachable(position),
            !answeredBefore.question(questionPosition, isAnsweredBefore: position)
        else { return nil }
        return context.warning(
            .variableNeverAnswered,
            reads + ", but no path to \(step.id.quoted) goes through question \(variable.quoted), "
                + "so it is always empty there",
            at: condition.location)
    }
}

/// Whether a question lies on some path from the start to a step, remembering one forward search
/// per question asked about, since a procedure's conditions read few distinct questions.
private struct AnsweredBefore {
    let graph: StepGraph
    private var reachedFrom: [Int: [Bool]] = [:]

    init(graph: StepGraph) {
        self.graph = graph
    }

    /// Whether some path from the start reaches `step` through `question` (or reads it on leaving `question`).
    mutating func question(_ question: Int, isAnsweredBefore step: Int) -> Bool {
        guard graph.isReachable(question) else { return false }
        if let reached = reachedFrom[question] { return reached[step] }
        let reached = graph.reachable(from: question)
        reachedFrom[question] = reached
        return reached[step]
    }
}
