public import ProcedureModel

/// Runs a procedure's `<scenario>` through a ``Session``: the engine of `ariane test`.
///
/// It answers each question with the scenario's answer for that step, presses "Continuer" everywhere
/// else, and stops at an outcome, at the first input refused, or after ``inputLimit`` inputs.
public struct ScenarioRunner {
    /// Enough for any real procedure; reached only when the answers make the path go round in a loop.
    public static let inputLimit = 10_000

    public static func run(_ scenario: Scenario, in procedure: Procedure, conditions: any ConditionEvaluator)
        -> ScenarioResult
    {
        var run = Run(procedure: procedure, conditions: conditions, scenario: scenario)
        let failure = run.walk() ?? run.compare(with: scenario)
        return ScenarioResult(
            path: run.session.path, reachedOutcome: run.reachedOutcome, checklist: run.session.checklist,
            failure: failure)
    }
}

/// One scenario run in progress.
private struct Run {
    var session: Session
    /// The scenario's answers by step, used in order when a loop comes back to a step; the last one sticks.
    var pending: [String: ArraySlice<String>]

    init(procedure: Procedure, conditions: any ConditionEvaluator, scenario: Scenario) {
        let context = SessionContext(sessionID: "scenario", channel: .terminal, locale: procedure.language)
        session = Session(procedure: procedure, context: context, conditions: conditions)
        pending = Dictionary(grouping: scenario.answers, by: \.step).mapValues { ArraySlice($0.map(\.value)) }
    }

    var reachedOutcome: String? {
        if case .finished = session.state { session.currentStep?.id } else { nil }
    }

    /// Feeds inputs until the session leaves its steps; returns the failure that stopped it, if any.
    mutating func walk() -> String? {
        if let failure = failure(in: session.handle(.start, at: 0), answering: nil) { return failure }
        var inputs = 1
        while case .atStep = session.state, let step = session.currentStep {
            let id = step.id
            guard inputs < ScenarioRunner.inputLimit else {
                return "gave up at '\(id)' after \(inputs) inputs: the answers go round in a loop"
            }
            var given: String?
            if step.kind == .question {
                guard let answer = nextAnswer(for: id) else { return "at step '\(id)' the scenario gives no answer" }
                given = answer
            }
            let effects = session.handle(given.map(Input.answer) ?? .proceed, at: Int64(inputs))
            inputs += 1
            if let failure = failure(in: effects, answering: given.map { ($0, step) }) { return failure }
        }
        return nil
    }

    /// The ending and the checklist against what the scenario expects.
    func compare(with scenario: Scenario) -> String? {
        let expected = scenario.expectedOutcome.id
        guard let reached = reachedOutcome else { return "ended before any outcome; expected '\(expected)'" }
        guard reached == expected else { return "ended at '\(reached)' but expected '\(expected)'" }
        let checklist = session.checklist
        let missing = (scenario.expectedDocuments ?? []).map(\.id).filter { !checklist.contains($0) }
        guard missing.isEmpty else {
            return "checklist lacks " + missing.map { "'\($0)'" }.joined(separator: ", ")
        }
        return nil
    }

    private mutating func nextAnswer(for step: String) -> String? {
        guard let answers = pending[step], let first = answers.first else { return nil }
        if answers.count > 1 { pending[step] = answers.dropFirst() }
        return first
    }

    private func failure(in effects: [Effect], answering answer: (given: String, step: Step)?) -> String? {
        for effect in effects {
            switch effect {
            case .cannotContinue(let reason): return "stuck: \(reason)"
            case .reject(let rejection): return Self.describe(rejection, answer: answer)
            default: continue
            }
        }
        return nil
    }

    /// A refused input in an author's words.
    private static func describe(_ rejection: Rejection, answer: (given: String, step: Step)?) -> String {
        guard let (given, step) = answer else { return "the session refused to go on: \(rejection.code)" }
        switch rejection {
        case .notAChoice:
            return "'\(given)' is not a choice of '\(step.id)'"
        case .notANumber:
            return "'\(given)' is not a number, which '\(step.id)' asks for"
        case .notAWholeNumber:
            return "'\(given)' is not a whole number, which '\(step.id)' counts in"
        case .outOfRange(let minimum, let maximum):
            let bounds = [minimum.map { "at least \(AnswerText.number($0))" }, maximum.map { "at most \(AnswerText.number($0))" }]
            return "'\(given)' is out of range for '\(step.id)' (\(bounds.compactMap { $0 }.joined(separator: ", ")))"
        case .notADate:
            return "'\(given)' is not a date, which '\(step.id)' asks for"
        default:
            return "'\(given)' was refused at '\(step.id)': \(rejection.code)"
        }
    }
}
