import ProcedureModel

/// An `<estimate>` computes with names OpenFisca knows, and with answers the person has already given.
///
/// A variable is checked against `procedures/openfisca-variables.txt` (refreshed by
/// `ariane estimate --refresh-variables`); a `<use answer="…">` must name a question of the right kind
/// that every path from the start asks before the estimate's step, or the estimate would read an
/// answer the person never gave.
enum EstimateMapping: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.owningSteps.flatMap { position, step -> [Diagnostic] in
            guard let estimate = step.estimate else { return [] }
            return estimate.benefits.compactMap { unknownVariable($0, context) }
                + estimate.uses.compactMap { use($0, at: position, in: step, context) }
        }
    }

    private static func unknownVariable(_ benefit: Estimate.Benefit, _ context: CheckContext) -> Diagnostic? {
        guard let known = context.openFiscaVariables, !known.contains(benefit.variable) else { return nil }
        return context.error(
            .unknownOpenFiscaVariable,
            "OpenFisca-France has no variable \(benefit.variable.quoted) (procedures/openfisca-variables.txt; "
                + "refresh it with `ariane estimate --refresh-variables --openfisca URL`)",
            at: benefit.location)
    }

    private static func use(_ use: Estimate.Use, at position: Int, in step: Step, _ context: CheckContext) -> Diagnostic? {
        let procedure = context.procedure
        guard let source = procedure.index(of: use.answer) else {
            return context.error(.estimateAnswerUnknown, "the estimate uses answer \(use.answer.quoted), but no step has that id", at: use.location)
        }
        let asked = procedure.steps[source]
        guard case .question(let kind, let choices) = asked.role else {
            return context.error(
                .estimateAnswerUnknown, "the estimate uses answer \(use.answer.quoted), but that step is not a question", at: use.location)
        }
        if let mismatch = mismatch(kind, choices.map(\.value), for: use.question) {
            return context.error(
                .estimateAnswerWrongKind,
                "question \(use.answer.quoted) cannot stand for the estimate's \(use.question.rawValue.quoted): \(mismatch)", at: use.location)
        }
        if let start = context.graph.start, start != source, reachable(position, from: start, avoiding: source, context.graph) {
            return context.error(
                .estimateAnswerNotAskedBefore,
                "step \(step.id.quoted) can be reached without question \(use.answer.quoted) being asked first", at: use.location)
        }
        return nil
    }

    /// Why an answer of this kind cannot be the estimate question's answer; `nil` when it can.
    private static func mismatch(_ kind: AnswerKind, _ values: [String], for question: EstimateQuestion) -> String? {
        switch (question.answerKind, kind) {
        case (.number, .number), (.yesNo, .yesNo): return nil
        case (.choice(let allowed), .choice):
            let extra = values.filter { !allowed.contains($0) }
            return extra.isEmpty ? nil : "choices \(quotedList(extra)) are not among \(quotedList(allowed))"
        case (.number, _): return "it needs a number question (answer=\"number\")"
        case (.yesNo, _): return "it needs a yes/no question (answer=\"yesno\")"
        case (.choice(let allowed), _): return "it needs a question with choices among \(quotedList(allowed))"
        }
    }

    /// Whether `target` can be reached from `start` along paths that never pass through `avoided`.
    private static func reachable(_ target: Int, from start: Int, avoiding avoided: Int, _ graph: StepGraph) -> Bool {
        var seen = Set([start, avoided])
        var frontier = [start]
        while let node = frontier.popLast() {
            if node == target { return true }
            for next in graph.successors[node] where seen.insert(next).inserted { frontier.append(next) }
        }
        return false
    }
}
