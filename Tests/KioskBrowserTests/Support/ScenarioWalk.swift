import GuideEngine
import ProcedureModel
import ProcedureXML

/// A path through a shipped procedure taken from one of its `<scenario>`s, so the ending is known:
/// the steps in order, the answer for each question, the outcome and the papers to bring.
struct ScenarioWalk: Sendable {
    let procedure: String
    let scenario: String
    let path: [String]
    let outcome: String
    let checklist: [String]
    private let answers: [String: [String]]

    /// The first scenario of `procedure` that passes through a number question and ends with papers
    /// to bring: it shows every kind of kiosk page.
    static func throughNumberQuestion(in procedure: Procedure) throws -> ScenarioWalk {
        let conditions = try XPathConditions(procedure: procedure)
        for scenario in procedure.scenarios {
            let result = ScenarioRunner.run(scenario, in: procedure, conditions: conditions)
            guard result.passed, let outcome = result.reachedOutcome, !result.checklist.isEmpty else { continue }
            let asksNumber = result.path.contains { id in
                if case .number? = procedure.step(id)?.answer { return procedure.step(id)?.kind == .question }
                return false
            }
            // The help tests need a step before the outcome that names where to get help.
            let namesHelp = result.path.dropLast().contains { procedure.step($0)?.helpPoints.isEmpty == false }
            guard asksNumber, namesHelp else { continue }
            return ScenarioWalk(
                procedure: procedure.id, scenario: scenario.name, path: result.path, outcome: outcome, checklist: result.checklist,
                answers: Dictionary(grouping: scenario.answers, by: \.step).mapValues { $0.map(\.value) }
            )
        }
        throw TestSetupError("\(procedure.file): no scenario passes through a number question and a step naming help points to papers to bring")
    }

    /// The answer to give at the `visit`-th time the path reaches `step` (the last one sticks, as in `ariane test`).
    func answer(at step: String, visit: Int) -> String? {
        guard let values = answers[step], !values.isEmpty else { return nil }
        return values[min(visit, values.count - 1)]
    }
}
