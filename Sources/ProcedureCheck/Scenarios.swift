import ProcedureModel

/// Rules 2 and 10 for scenarios: what they name must exist, and every outcome should have one.
enum Scenarios: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let procedure = context.procedure
        guard !procedure.scenarios.isEmpty else {
            return [
                context.warning(
                    .noScenario, "procedure \(procedure.id.quoted) has no scenario: add a <scenario> for each outcome",
                    at: procedure.location)
            ]
        }
        var diagnostics: [Diagnostic] = []
        for scenario in procedure.scenarios {
            let name = "scenario \(scenario.name.quoted)"
            for answer in scenario.answers {
                let problem = problem(with: answer.step, of: .question, in: procedure)
                if let problem {
                    diagnostics.append(
                        context.error(
                            .scenarioUnknownStep, "\(name) answers step \(answer.step.quoted), \(problem)", at: answer.location))
                }
            }
            let outcome = scenario.expectedOutcome
            if let problem = problem(with: outcome.id, of: .outcome, in: procedure) {
                diagnostics.append(
                    context.error(
                        .scenarioUnknownOutcome, "\(name) expects outcome \(outcome.id.quoted), \(problem)", at: outcome.location))
            }
            for document in scenario.expectedDocuments ?? [] where context.documents[document.id] == nil {
                diagnostics.append(
                    context.error(
                        .scenarioUnknownDocument, "\(name) expects document \(document.id.quoted), which is not in the documents directory",
                        at: document.location))
            }
        }
        let expected = Set(procedure.scenarios.map(\.expectedOutcome.id))
        for (_, step) in context.owningSteps where step.kind == .outcome && !expected.contains(step.id) {
            diagnostics.append(context.warning(.outcomeWithoutScenario, "no scenario reaches outcome \(step.id.quoted)", at: step.location))
        }
        return diagnostics
    }

    /// Why `id` cannot be a step of `kind`, or `nil` when it is one.
    private static func problem(with id: String, of kind: Step.Kind, in procedure: Procedure) -> String? {
        guard let step = procedure.step(id) else { return "which does not exist" }
        return step.kind == kind ? nil : "which is not \(kind == .outcome ? "an outcome" : "a question")"
    }
}
