import ProcedureModel

/// Rules 3 and 4: steps no path reaches, and steps that are not outcomes yet lead nowhere.
enum Reachability: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Without a start every step would be "unreachable": the missing start is the one thing to say.
        let startExists = context.graph.start != nil
        for (position, step) in context.owningSteps {
            if startExists && !context.graph.isReachable(position) {
                diagnostics.append(
                    context.warning(
                        .unreachableStep, "step \(step.id.quoted) cannot be reached from the start", at: step.location))
            }
        }
        // A dead end is a fault of the step itself, reached or not. One whose targets do not exist is
        // not counted here: the missing targets are reported, and naming them is the better hint.
        for step in context.procedure.steps where step.kind != .outcome && step.successors.isEmpty {
            diagnostics.append(
                context.error(
                    .deadEnd, "step \(step.id.quoted) is a dead end: it is not an outcome, and no choice or <next> leads on",
                    at: step.location))
        }
        return diagnostics
    }
}
