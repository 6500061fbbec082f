import ProcedureModel

// Small builders for procedures written in Swift, with the places a loader would give.
// Every prompt is voiced unless a test says otherwise, so each test sees only the problem it makes.

func at(_ line: Int, _ column: Int = 3) -> SourceLocation {
    SourceLocation(line: line, column: column)
}

func voiced(_ text: String, at location: SourceLocation) -> Prompt {
    Prompt(text: text, audio: AudioScript(parts: [.text(text)]), location: location)
}

func choice(_ value: String, next: String? = nil, line: Int) -> Choice {
    Choice(value: value, next: next, prompt: voiced(value, at: at(line + 1, 7)), location: at(line, 5))
}

func next(_ target: String, when condition: Condition? = nil, line: Int) -> Transition {
    Transition(target: target, condition: condition, location: at(line, 5))
}

/// A condition as the loader reads it; its place is the `when` attribute of a `<next>` at column 5.
func when(_ expression: String, reads variables: [String], compares comparisons: [(String, String)] = [], line: Int)
    -> Condition
{
    Condition(
        expression: expression, variables: variables,
        comparisons: comparisons.map { Condition.Comparison(variable: $0.0, literal: $0.1, offset: 0) },
        location: at(line, 23))
}

func step(
    _ id: String, _ kind: Step.Kind = .information, line: Int, answer: AnswerKind? = nil,
    choices: [Choice] = [], next: [Transition] = [], documents: [Reference] = [], helpPoints: [Reference] = [],
    outcome: Outcome? = nil
) -> Step {
    Step(
        id: id, kind: kind, prompt: voiced(id, at: at(line + 1, 5)),
        answer: answer ?? (kind == .question ? .choice : nil), choices: choices, transitions: next,
        documents: documents, helpPoints: helpPoints, outcome: outcome, location: at(line))
}

func scenario(_ name: String, expects outcome: String, line: Int, answers: [Scenario.Answer] = []) -> Scenario {
    Scenario(
        name: name, answers: answers, expectedOutcome: Reference(id: outcome, location: at(line + 1, 13)),
        location: at(line))
}

func procedure(start: String, _ steps: [Step], scenarios: [Scenario]? = nil, file: String = "t.xml") -> Procedure {
    // By default one scenario per outcome, so that rule stays quiet unless a test is about it.
    let outcomes = steps.filter { $0.kind == .outcome }.map(\.id)
    let scenarios = scenarios ?? outcomes.enumerated().map { scenario($1, expects: $1, line: 100 + 3 * $0) }
    return Procedure(
        id: "t", version: "1", language: "fr", title: "Test", start: Reference(id: start, location: at(2, 10)),
        steps: steps, scenarios: scenarios, file: file, location: at(1, 1))
}

/// The procedure every test starts from: two questions and two outcomes, with nothing to report.
func clean() -> Procedure {
    procedure(start: "foyer", [
        step("foyer", .question, line: 3, choices: [
            choice("1", next: "revenus", line: 5), choice("2+", next: "revenus", line: 7),
        ]),
        step("revenus", .question, line: 10, answer: .number(minimum: 0, maximum: nil, unit: "€"), next: [
            next("fin", when: when("$foyer = '1' and $revenus <= 850", reads: ["foyer", "revenus"],
                                   compares: [("foyer", "1")], line: 12), line: 12),
            next("refus", line: 13),
        ]),
        step("fin", .outcome, line: 15, outcome: .eligible),
        step("refus", .outcome, line: 18, outcome: .notEligible),
    ])
}

/// A procedure with one step replaced, or added when its id is new.
func clean(with changed: Step) -> Procedure {
    var steps = clean().steps
    if let position = steps.firstIndex(where: { $0.id == changed.id }) {
        steps[position] = changed
    } else {
        steps.append(changed)
    }
    return procedure(start: "foyer", steps)
}

/// The clean procedure with its second choice ('2+', line 7) sent to `target`, and `extra` steps added.
func clean(sendingSecondChoiceTo target: String, plus extra: [Step]) -> Procedure {
    let foyer = step("foyer", .question, line: 3, choices: [
        choice("1", next: "revenus", line: 5), choice("2+", next: target, line: 7),
    ])
    return procedure(start: "foyer", clean(with: foyer).steps + extra)
}
