import ProcedureModel

/// Rule 6: every way out of a step must lead somewhere, whatever the answers.
///
/// Steps with no successor at all are dead ends (see ``Reachability``) and are not reported again here.
enum Routing: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for step in context.procedure.steps where step.kind != .outcome && !step.successors.isEmpty {
            // A `<next>` without `when` always holds, so it catches whatever else falls through.
            if step.transitions.contains(where: { $0.condition == nil }) { continue }
            if step.kind == .question && step.asksForChoice {
                for choice in step.choices where choice.next == nil {
                    diagnostics.append(
                        context.error(
                            .choiceLeadsNowhere,
                            "choice \(choice.value.quoted) of step \(step.id.quoted) leads nowhere: "
                                + "give it next=\"…\" or add a <next> without when",
                            at: choice.location))
                }
            } else if !step.transitions.isEmpty {
                diagnostics.append(
                    context.warning(
                        .noNextWithoutCondition,
                        "step \(step.id.quoted) may have no way forward: every <next> has a condition; "
                            + "add a last <next> without when",
                        at: step.location))
            }
        }
        return diagnostics
    }
}

extension Step {
    /// Whether the answer is one of the step's choices (`choice`, the default, or `yesno`).
    var asksForChoice: Bool {
        switch answer ?? .choice {
        case .choice, .yesNo: true
        case .number, .date: false
        }
    }
}
